#pragma once
// The log lines the simulated services write while handling a trace: an access line per
// request at the frontend, now and then an INFO line from a handler, and WARN/ERROR lines on
// failures and retries. Messages follow what the real Online Boutique services print, with
// variable parts (ids, amounts, durations) so a template miner has something to find.
#include "core/model/Telemetry.h"
#include "core/sim/Random.h"
#include "core/sim/Topology.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark::sim {

// Who writes a line and when.
struct LogOrigin {
    int instance = 0;
    const std::string* traceId = nullptr;
    const std::string* spanId = nullptr;
    std::int64_t timeNs = 0;
};

class LogGenerator {
public:
    LogGenerator(const Topology& topology, double infoProbability);

    // Maybe (with the configured probability) an INFO line from a handler that succeeded.
    void handled(std::vector<LogRecord>& out, Rng& rng, const LogOrigin& origin, int operation) const;
    // The frontend's line for every request it answers.
    void requestCompleted(std::vector<LogRecord>& out, Rng& rng, const LogOrigin& origin, int operation,
        int httpStatus, std::int64_t durationNs) const;
    // A handler that fails on its own (an injected error or a transient fault).
    void handlerFailed(
        std::vector<LogRecord>& out, const LogOrigin& origin, int operation, int grpcCode) const;
    // The caller's view of a failed attempt that it is going to retry.
    void retrying(std::vector<LogRecord>& out, const LogOrigin& origin, int operation, int targetInstance,
        int attempt, int maxAttempts, bool connectionRefused) const;
    // The caller's view of a call that failed for good (ERROR when it fails the caller, else WARN).
    void callFailed(std::vector<LogRecord>& out, const LogOrigin& origin, int operation,
        bool connectionRefused, bool critical) const;
    // A stop-the-world pause on an instance under memory pressure.
    void gcPause(std::vector<LogRecord>& out, const LogOrigin& origin, double pauseMs, double heapMiB,
        double limitMiB) const;

    // A line not tied to a trace (fault background: throttling, GC, failed probes).
    LogRecord background(int instance, std::int64_t timeNs, const char* severity, std::string message) const;

    static std::string formatMs(double ms); // "12.3"

private:
    enum class InfoKind : std::uint8_t {
        None,
        Currencies,
        Convert,
        ListProducts,
        GetProduct,
        GetCart,
        AddItem,
        EmptyCart,
        Recommend,
        Ads,
        Quote,
        Ship,
        Charge,
        Email,
        PlaceOrder
    };
    LogRecord record(const LogOrigin& origin, const char* severity, std::string message) const;
    std::string shortName(int operation) const; // "GetCart" from "hipstershop.CartService/GetCart"

    const Topology& topology_;
    double infoProbability_;
    std::vector<InfoKind> infoKinds_; // per operation
};

} // namespace tracemark::sim
