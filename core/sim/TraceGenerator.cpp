#include "core/sim/TraceGenerator.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cmath>

namespace tracemark::sim {

namespace {

constexpr int kGrpcOk = 0;
constexpr int kGrpcInternal = 13;
constexpr int kGrpcUnavailable = 14;

const char* grpcCodeText(int code)
{
    switch (code) {
    case kGrpcOk:
        return "0";
    case kGrpcInternal:
        return "13";
    case kGrpcUnavailable:
        return "14";
    }
    return "2"; // UNKNOWN
}

std::int64_t toNs(double ms)
{
    return std::max<std::int64_t>(1000, std::llround(ms * 1e6));
}

int maxAttempts(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Grpc:
        return 3; // gRPC retry policy: 2 retries on UNAVAILABLE
    case Protocol::Redis:
        return 2; // the Redis client reconnects once
    case Protocol::Http:
        return 1;
    }
    return 1;
}

} // namespace

TraceGenerator::TraceGenerator(const Topology& topology, const FaultPlan& faults, DiurnalLoad load,
    KpiGenerator* kpis, const LogGenerator* logs)
    : topology_(topology)
    , faults_(faults)
    , load_(load)
    , kpis_(kpis)
    , logs_(logs)
{
    double total = 0.0;
    for (const auto& request : topology.requestTypes()) {
        total += request.weight;
        cumulativeWeights_.push_back(total);
    }
    if (cumulativeWeights_.empty() || total <= 0.0)
        throw UsageError("simulator: the topology has no request types with a positive weight");
    spans_.reserve(128);
}

int TraceGenerator::pickRequestType()
{
    const double x = rng_.uniform() * cumulativeWeights_.back();
    const auto it = std::upper_bound(cumulativeWeights_.begin(), cumulativeWeights_.end(), x);
    return static_cast<int>(std::min<std::size_t>(
        static_cast<std::size_t>(it - cumulativeWeights_.begin()), cumulativeWeights_.size() - 1));
}

int TraceGenerator::pickInstance(int service, int avoid)
{
    const auto& list = topology_.instancesOf(service);
    const auto n = static_cast<std::uint32_t>(list.size());
    if (n == 1)
        return list[0];
    if (avoid < 0)
        return list[rng_.below(n)];
    // A retry goes to another replica, chosen uniformly among the others.
    const int pick = list[rng_.below(n - 1)];
    return pick == avoid ? list[n - 1] : pick;
}

std::int64_t TraceGenerator::networkDelayNs()
{
    return std::llround(rng_.lognormal(0.15, 0.5) * 1e6);
}

int TraceGenerator::openSpan(int parentSpan, int instance, int operation, SpanKind kind, std::int64_t startNs)
{
    const int index = static_cast<int>(spans_.size());
    spans_.emplace_back();
    Span& s = spans_.back();
    s.traceId = traceId_;
    s.spanId = randomSpanId(rng_);
    if (parentSpan >= 0)
        s.parentId = spans_[static_cast<std::size_t>(parentSpan)].spanId;
    const auto& inst = topology_.instance(instance);
    s.service = topology_.service(inst.service).name;
    s.operation = topology_.operation(operation).name;
    s.instance = inst.name;
    s.startNs = startNs;
    s.kind = kind;
    return index;
}

void TraceGenerator::finishServerSpan(
    int span, const Operation& op, std::int64_t endNs, const Outcome& outcome)
{
    Span& s = spans_[static_cast<std::size_t>(span)];
    s.durationNs = endNs - s.startNs;
    if (topology_.service(op.service).protocol == Protocol::Http) {
        const int httpCode = outcome.failed ? 500 : 200;
        s.statusCode = outcome.failed ? "500" : "200";
        s.status = statusFromHttpCode(httpCode);
        s.attributes.reserve(outcome.failed ? 4 : 3);
        s.attributes.push_back({ "http.method", op.httpMethod });
        s.attributes.push_back({ "http.route", op.httpRoute });
        s.attributes.push_back({ "http.status_code", s.statusCode });
    } else {
        s.statusCode = grpcCodeText(outcome.code);
        s.status = statusFromGrpcCode(outcome.code);
        s.attributes.reserve(outcome.failed ? 3 : 2);
        s.attributes.push_back({ "rpc.system", "grpc" });
        s.attributes.push_back({ "rpc.grpc.status_code", s.statusCode });
    }
    if (outcome.failed)
        s.attributes.push_back({ "error", "true" });
}

void TraceGenerator::finishClientSpan(
    int span, int targetInstance, std::int64_t endNs, const Outcome& outcome)
{
    Span& s = spans_[static_cast<std::size_t>(span)];
    s.durationNs = endNs - s.startNs;
    const auto& target = topology_.instance(targetInstance);
    s.attributes.reserve(outcome.failed ? 3 : 2);
    if (topology_.service(target.service).protocol == Protocol::Redis) {
        s.attributes.push_back({ "db.system", "redis" });
        if (outcome.failed) {
            s.statusCode = "STATUS_CODE_ERROR";
            s.status = StatusClass::Error;
        }
    } else {
        s.statusCode = grpcCodeText(outcome.code);
        s.status = statusFromGrpcCode(outcome.code);
        s.attributes.push_back({ "rpc.grpc.status_code", s.statusCode });
    }
    s.attributes.push_back({ "net.peer.name", target.name });
    if (outcome.failed)
        s.attributes.push_back({ "error", "true" });
}

GeneratedTrace TraceGenerator::generate(std::uint64_t traceSeed, std::int64_t startNs, ImportSink& sink)
{
    rng_ = Rng(traceSeed);
    logRng_ = Rng(deriveSeed(traceSeed, 1));
    spans_.clear();
    logLines_.clear();
    affected_ = nullptr;
    traceId_ = randomTraceId(rng_);

    const RequestType& request = topology_.requestTypes()[static_cast<std::size_t>(pickRequestType())];
    const int entryService = topology_.operation(request.root.operation).service;
    const Outcome outcome = serve(request.root, pickInstance(entryService, -1), startNs, -1);

    GeneratedTrace result;
    result.endNs = outcome.endNs;
    result.spanCount = spans_.size();
    result.abnormal = affected_ != nullptr;
    if (affected_)
        result.faultType = affected_->type;

    for (auto& span : spans_)
        sink.addSpan(std::move(span));
    sink.endTrace(traceId_);
    for (auto& line : logLines_)
        sink.addLog(std::move(line));
    TraceGroundTruth truth;
    truth.traceId = traceId_;
    truth.abnormal = result.abnormal;
    truth.faultType = result.abnormal ? std::string(faultTypeName(result.faultType)) : "normal";
    truth.source = "simulator";
    sink.addTraceGroundTruth(std::move(truth));
    return result;
}

TraceGenerator::Outcome TraceGenerator::serve(
    const CallNode& node, int instance, std::int64_t startNs, int parentSpan)
{
    const Operation& op = topology_.operation(node.operation);
    const ServiceSpec& service = topology_.service(op.service);
    const int span
        = service.emitsSpans ? openSpan(parentSpan, instance, node.operation, SpanKind::Server, startNs) : -1;
    const int childParent = span >= 0 ? span : parentSpan;
    const PlannedFault* fault = faults_.activeOn(instance, startNs);

    double workMs = rng_.lognormal(op.medianMs, op.sigma) * load_.latencyFactor(startNs);
    if (rng_.chance(kSlowOutlierRate))
        workMs += rng_.lognormal(40.0, 0.7); // a stall (cold cache, GC, lost packet), most 15-120 ms
    double gcPauseMs = 0.0;
    if (fault) {
        switch (fault->type) {
        case FaultType::Delay:
            workMs += fault->delayMs * rng_.uniform(0.9, 1.1);
            affectedBy(fault);
            break;
        case FaultType::Cpu:
            workMs *= fault->cpuSlowdown;
            affectedBy(fault);
            break;
        case FaultType::Memory:
            if (fault->memoryPressure(startNs)) {
                workMs *= fault->memorySlowdown;
                if (rng_.chance(PlannedFault::kGcPauseProbability)) {
                    gcPauseMs = rng_.lognormal(60.0, 0.5);
                    workMs += gcPauseMs;
                }
                affectedBy(fault);
            }
            break;
        default:
            break;
        }
    }
    const std::int64_t workNs = toNs(workMs);
    const auto preNs = static_cast<std::int64_t>(static_cast<double>(workNs) * rng_.uniform(0.15, 0.5));
    std::int64_t t = startNs + preNs;
    if (gcPauseMs > 0.0 && logs_)
        logs_->gcPause(logLines_, origin(instance, span, t), gcPauseMs,
            service.memoryBaseMiB
                + (0.97 * service.memoryLimitMiB - service.memoryBaseMiB) * fault->memoryFill(t),
            service.memoryLimitMiB);

    bool downstreamFailed = false;
    for (const CallStep& step : node.steps) {
        const int repeat = step.minRepeat == step.maxRepeat ? step.minRepeat
                                                            : rng_.between(step.minRepeat, step.maxRepeat);
        std::int64_t stepEnd = t;
        for (int r = 0; r < repeat; ++r) {
            for (const CallNode& callee : step.calls) {
                if (callee.probability < 1.0 && !rng_.chance(callee.probability))
                    continue;
                if (fault && fault->type == FaultType::Structural
                    && fault->skippedOperation == callee.operation && rng_.chance(fault->skipRate)) {
                    affectedBy(fault);
                    continue;
                }
                if (step.parallel) {
                    // All calls of a parallel step are in flight at once; the step waits for the slowest.
                    const auto launchNs = static_cast<std::int64_t>(rng_.uniform(10000.0, 150000.0));
                    const Outcome o = call(callee, instance, childParent, t + launchNs);
                    stepEnd = std::max(stepEnd, o.endNs);
                    downstreamFailed = downstreamFailed || (o.failed && callee.critical);
                } else {
                    const Outcome o = call(callee, instance, childParent, t);
                    t = o.endNs + networkDelayNs() / 4;
                    if (o.failed && callee.critical) {
                        downstreamFailed = true; // the handler gives up on its first failed dependency
                        break;
                    }
                }
            }
            if (downstreamFailed && !step.parallel)
                break;
        }
        if (step.parallel)
            t = stepEnd + networkDelayNs() / 4;
        if (downstreamFailed)
            break;
    }

    const std::int64_t postNs = workNs - preNs;
    const std::int64_t endNs = t + (downstreamFailed ? postNs / 4 : postNs);
    Outcome outcome;
    outcome.endNs = endNs;
    if (downstreamFailed) {
        outcome.failed = true;
        outcome.code = kGrpcInternal;
    } else if (fault && fault->type == FaultType::Error && rng_.chance(fault->errorRate)) {
        outcome.failed = true;
        outcome.code = kGrpcInternal;
        affectedBy(fault);
    } else if (service.protocol == Protocol::Grpc && rng_.chance(kTransientErrorRate)) {
        outcome.failed = true;
        outcome.code = kGrpcUnavailable;
    }

    if (kpis_)
        kpis_->recordRequest(instance, startNs, endNs - startNs, outcome.failed);
    if (span >= 0)
        finishServerSpan(span, op, endNs, outcome);
    if (logs_) {
        const LogOrigin at = origin(instance, span, endNs);
        if (parentSpan < 0 && service.protocol == Protocol::Http)
            logs_->requestCompleted(
                logLines_, logRng_, at, node.operation, outcome.failed ? 500 : 200, endNs - startNs);
        else if (outcome.failed && !downstreamFailed)
            logs_->handlerFailed(logLines_, at, node.operation, outcome.code);
        else if (!outcome.failed)
            logs_->handled(logLines_, logRng_, at, node.operation);
    }
    return outcome;
}

TraceGenerator::Outcome TraceGenerator::call(
    const CallNode& node, int callerInstance, int callerSpan, std::int64_t startNs)
{
    const Operation& op = topology_.operation(node.operation);
    const int attempts = maxAttempts(topology_.service(op.service).protocol);
    int avoid = -1;
    std::int64_t t = startNs;
    for (int attempt = 1;; ++attempt) {
        const int target = pickInstance(op.service, avoid);
        const int client = openSpan(callerSpan, callerInstance, node.operation, SpanKind::Client, t);
        Outcome outcome;
        const PlannedFault* fault = faults_.activeOn(target, t);
        const bool refused = fault && fault->type == FaultType::PodFailure;
        if (refused) {
            // Nothing listens on the dead pod: the connection is refused at once.
            affectedBy(fault);
            outcome.endNs = t + std::max<std::int64_t>(50000, std::llround(rng_.lognormal(1.0, 0.4) * 1e6));
            outcome.failed = true;
            outcome.code = kGrpcUnavailable;
        } else {
            const std::int64_t outboundNs = networkDelayNs();
            outcome = serve(node, target, t + outboundNs, client);
            outcome.endNs += networkDelayNs();
        }
        finishClientSpan(client, target, outcome.endNs, outcome);

        if (outcome.failed && outcome.code == kGrpcUnavailable && attempt < attempts) {
            if (logs_)
                logs_->retrying(logLines_, origin(callerInstance, callerSpan, outcome.endNs), node.operation,
                    target, attempt, attempts, refused);
            avoid = target;
            t = outcome.endNs + std::llround(rng_.lognormal(25.0, 0.3) * 1e6); // retry backoff
            continue;
        }
        if (outcome.failed && logs_)
            logs_->callFailed(logLines_, origin(callerInstance, callerSpan, outcome.endNs), node.operation,
                refused, node.critical);
        return outcome;
    }
}

} // namespace tracemark::sim
