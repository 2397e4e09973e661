#include "core/sim/Topology.h"

#include "core/common/Error.h"
#include "core/sim/Random.h"

#include <map>
#include <set>
#include <utility>

namespace tracemark::sim {

namespace {

constexpr std::uint64_t kInstanceStream = 0x706f64; // "pod"

// Kubernetes' rand.SafeEncodeString alphabet (no vowels, no confusable digits).
constexpr char kPodAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";
constexpr std::uint32_t kPodAlphabetSize = sizeof(kPodAlphabet) - 1;

std::string podToken(Rng& rng, int length)
{
    std::string token;
    token.reserve(static_cast<std::size_t>(length));
    for (int i = 0; i < length; ++i)
        token.push_back(kPodAlphabet[rng.below(kPodAlphabetSize)]);
    return token;
}

double meanRepeat(const CallStep& step)
{
    return 0.5 * (step.minRepeat + step.maxRepeat);
}

// Walks the call tree; `visit(caller node, callee node, expected calls of the callee)`.
template <typename Visit>
void walk(const Topology& topology, const CallNode& node, double expected, Visit& visit)
{
    for (const auto& step : node.steps) {
        for (const auto& call : step.calls) {
            const double calls = expected * call.probability * meanRepeat(step);
            visit(node, call, calls);
            walk(topology, call, calls, visit);
        }
    }
}

} // namespace

int Topology::addService(ServiceSpec spec)
{
    if (serviceIndex(spec.name) >= 0)
        throw UsageError("simulator topology: service '" + spec.name + "' defined twice");
    services_.push_back(std::move(spec));
    instancesOf_.emplace_back();
    return static_cast<int>(services_.size()) - 1;
}

int Topology::addOperation(Operation operation)
{
    if (operation.service < 0 || operation.service >= static_cast<int>(services_.size()))
        throw UsageError("simulator topology: operation '" + operation.name + "' names no service");
    operations_.push_back(std::move(operation));
    return static_cast<int>(operations_.size()) - 1;
}

void Topology::addRequestType(RequestType request)
{
    requests_.push_back(std::move(request));
}

void Topology::createInstances(std::uint64_t seed)
{
    Rng rng(deriveSeed(seed, kInstanceStream));
    instances_.clear();
    for (auto& list : instancesOf_)
        list.clear();
    for (std::size_t s = 0; s < services_.size(); ++s) {
        const auto& spec = services_[s];
        const int replicas = rng.between(spec.minReplicas, spec.maxReplicas);
        // All replicas of a Deployment share the pod-template hash; only the suffix differs.
        const std::string templateHash = podToken(rng, rng.chance(0.5) ? 9 : 10);
        std::set<std::string> used;
        for (int r = 0; r < replicas; ++r) {
            std::string name;
            if (spec.statefulSet) {
                name = spec.name + "-" + std::to_string(r);
            } else {
                do
                    name = spec.name + "-" + templateHash + "-" + podToken(rng, 5);
                while (!used.insert(name).second);
            }
            instancesOf_[s].push_back(static_cast<int>(instances_.size()));
            instances_.push_back(Instance { static_cast<int>(s), std::move(name) });
        }
    }
}

int Topology::serviceIndex(const std::string& name) const
{
    for (std::size_t i = 0; i < services_.size(); ++i)
        if (services_[i].name == name)
            return static_cast<int>(i);
    return -1;
}

int Topology::operationIndex(const std::string& name) const
{
    for (std::size_t i = 0; i < operations_.size(); ++i)
        if (operations_[i].name == name)
            return static_cast<int>(i);
    return -1;
}

std::vector<double> Topology::expectedCallsPerTrace() const
{
    std::vector<double> calls(services_.size(), 0.0);
    double totalWeight = 0.0;
    for (const auto& request : requests_)
        totalWeight += request.weight;
    if (totalWeight <= 0.0)
        return calls;
    auto visit = [&](const CallNode&, const CallNode& callee, double expected) {
        calls[static_cast<std::size_t>(operation(callee.operation).service)] += expected;
    };
    for (const auto& request : requests_) {
        const double share = request.weight / totalWeight;
        calls[static_cast<std::size_t>(operation(request.root.operation).service)] += share;
        walk(*this, request.root, share, visit);
    }
    return calls;
}

std::vector<Topology::Edge> Topology::edges() const
{
    std::map<std::pair<int, int>, double> expectedByEdge;
    double totalWeight = 0.0;
    for (const auto& request : requests_)
        totalWeight += request.weight;
    auto visit = [&](const CallNode& caller, const CallNode& callee, double expected) {
        expectedByEdge[{ operation(caller.operation).service, callee.operation }] += expected;
    };
    for (const auto& request : requests_)
        walk(*this, request.root, totalWeight > 0 ? request.weight / totalWeight : 0.0, visit);
    std::vector<Edge> out;
    for (const auto& [key, expected] : expectedByEdge)
        out.push_back(Edge { key.first, key.second, expected });
    return out;
}

} // namespace tracemark::sim
