#pragma once
// An unsupervised rule that flags abnormal traces when nobody has labelled them (how the Nezha
// evaluation gets trace labels): a trace is abnormal when
//   - one of its spans has an error status, or
//   - a log line joined to it (by trace id) has severity ERROR, FATAL or CRITICAL, or
//   - one of its spans lasts longer than mean + 3 std of its operation (service + operation) in
//     the baseline windows and at least 1.5x that mean (operations seen fewer than 5 times in the
//     baseline are not judged by latency);
// otherwise normal. Only traces that start in the judged windows get a label; others are
// unlabelled.
#include "core/model/Label.h"
#include "core/rca/TelemetryDeviation.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace tracemark {

class Workspace;

class BaselineAnomalyRule {
public:
    // UsageError when no baseline window holds a span.
    BaselineAnomalyRule(Workspace& workspace, const std::vector<TimeWindow>& baseline);

    // Labels every trace that starts in one of the windows.
    void judge(const std::vector<TimeWindow>& windows);
    TraceLabel labelOf(std::int64_t traceKey) const;
    std::int64_t abnormalCount() const { return abnormal_; }
    std::int64_t judgedCount() const { return static_cast<std::int64_t>(labels_.size()); }

private:
    struct OperationBaseline {
        double count = 0, sum = 0, squares = 0;
    };
    Workspace& workspace_;
    std::unordered_map<std::int64_t, OperationBaseline> baseline_; // by operation id
    std::unordered_map<std::int64_t, TraceLabel> labels_;          // by trace key
    std::int64_t abnormal_ = 0;
};

} // namespace tracemark
