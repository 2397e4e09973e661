#pragma once
// The simulated system: services, their pod instances, the operations they serve, and the
// request types (call-tree templates) that users send to it.
#include <cstdint>
#include <string>
#include <vector>

namespace tracemark::sim {

enum class Protocol : std::uint8_t {
    Http, // the user-facing entry point (HTTP status codes)
    Grpc, // service-to-service RPC (gRPC status codes, retried on UNAVAILABLE)
    Redis, // a datastore command (client span only: the datastore itself is not instrumented)
};

struct ServiceSpec {
    std::string name;
    Protocol protocol = Protocol::Grpc;
    bool emitsSpans = true; // false for the uninstrumented datastore
    bool statefulSet = false; // pod names "<name>-0" instead of "<name>-<hash>-<suffix>"
    int minReplicas = 1;
    int maxReplicas = 1;
    double cpuBasePercent = 3.0; // idle CPU of one instance
    double cpuLoadPercent = 20.0; // extra CPU at the mean request rate
    double memoryBaseMiB = 64.0; // steady working set
    double memoryLimitMiB = 256.0; // container limit (where a memory leak ends)
    std::string logger; // logger name in log lines ("frontend", "cartservice" ...)
};

struct Instance {
    int service = 0;
    std::string name; // k8s pod name, fixed per seed
};

struct Operation {
    int service = 0;
    std::string name; // span name, e.g. "hipstershop.CartService/GetCart", "GET /cart"
    std::string httpMethod; // HTTP only
    std::string httpRoute; // HTTP only, e.g. "/product/{id}"
    double medianMs = 1.0; // own work (excluding downstream calls), lognormal median
    double sigma = 0.4; // lognormal shape
};

// One step of a handler: its calls run one after another, or all at once when parallel.
// The step runs `repeat` times (a loop, e.g. once per cart item), drawn per execution.
struct CallNode;
struct CallStep {
    bool parallel = false;
    int minRepeat = 1;
    int maxRepeat = 1;
    std::vector<CallNode> calls;
};

// A call to an operation and what that operation does in turn.
struct CallNode {
    int operation = 0;
    double probability = 1.0; // optional branch (ads are shown 70 % of the time)
    bool critical = true; // a failure fails the caller; non-critical failures are logged and ignored
    std::vector<CallStep> steps;
};

struct RequestType {
    std::string name; // "home", "checkout" ...
    double weight = 1.0;
    CallNode root;
};

class Topology {
public:
    int addService(ServiceSpec spec);
    int addOperation(Operation operation);
    void addRequestType(RequestType request);
    // Draws replica counts and pod names from the seed.
    void createInstances(std::uint64_t seed);

    const std::vector<ServiceSpec>& services() const { return services_; }
    const std::vector<Operation>& operations() const { return operations_; }
    const std::vector<Instance>& instances() const { return instances_; }
    const std::vector<RequestType>& requestTypes() const { return requests_; }
    const ServiceSpec& service(int index) const { return services_[static_cast<std::size_t>(index)]; }
    const Operation& operation(int index) const { return operations_[static_cast<std::size_t>(index)]; }
    const Instance& instance(int index) const { return instances_[static_cast<std::size_t>(index)]; }
    const std::vector<int>& instancesOf(int service) const
    {
        return instancesOf_[static_cast<std::size_t>(service)];
    }
    int serviceIndex(const std::string& name) const; // -1 when absent
    int operationIndex(const std::string& name) const;

    // Expected number of times each service is called (server executions) per trace, from the
    // request weights, branch probabilities and loop means; used to scale KPIs to the load.
    std::vector<double> expectedCallsPerTrace() const;
    // Every (caller service, callee operation) edge of the templates with its expected count per
    // trace: the candidates for a structural (missing call) fault.
    struct Edge {
        int callerService = 0;
        int calleeOperation = 0;
        double expectedPerTrace = 0.0;
    };
    std::vector<Edge> edges() const;

private:
    std::vector<ServiceSpec> services_;
    std::vector<Operation> operations_;
    std::vector<Instance> instances_;
    std::vector<std::vector<int>> instancesOf_;
    std::vector<RequestType> requests_;
};

} // namespace tracemark::sim
