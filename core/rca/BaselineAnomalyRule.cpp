#include "core/rca/BaselineAnomalyRule.h"

#include "core/common/Error.h"
#include "core/model/Status.h"
#include "core/store/Workspace.h"

#include <cmath>
#include <string>
#include <unordered_set>

namespace tracemark {
namespace {

constexpr double kSigmas = 3.0;
constexpr double kLeastRatio = 1.5;
constexpr double kLeastSamples = 5;

constexpr const char* kWindowSpans =
    "SELECT t.id, t.trace_id, s.operation_id, s.duration_ns, s.status FROM traces t "
    "JOIN spans s ON s.id >= (t.id << 24) AND s.id < ((t.id + 1) << 24) "
    "WHERE t.start_ns >= ? AND t.start_ns < ? ORDER BY t.id";

} // namespace

BaselineAnomalyRule::BaselineAnomalyRule(Workspace& workspace, const std::vector<TimeWindow>& baseline)
    : workspace_(workspace)
{
    Database& db = workspace_.database();
    for (const TimeWindow& window : baseline) {
        Statement select = db.prepare(kWindowSpans);
        select.bind(1, window.startNs).bind(2, window.endNs);
        while (select.step()) {
            OperationBaseline& b = baseline_[select.int64(2)];
            const double duration = static_cast<double>(select.int64(3));
            b.count += 1;
            b.sum += duration;
            b.squares += duration * duration;
        }
    }
    if (baseline_.empty())
        throw UsageError("the baseline windows hold no span: give windows of fault-free traffic");
}

void BaselineAnomalyRule::judge(const std::vector<TimeWindow>& windows)
{
    Database& db = workspace_.database();
    std::unordered_set<std::string> erroneousLogs;
    {
        Statement logs = db.prepare("SELECT DISTINCT trace_id FROM log_records WHERE trace_id IS NOT NULL AND "
                                    "severity IN ('ERROR', 'FATAL', 'CRITICAL')");
        while (logs.step())
            erroneousLogs.insert(logs.text(0));
    }
    for (const TimeWindow& window : windows) {
        Statement select = db.prepare(kWindowSpans);
        select.bind(1, window.startNs).bind(2, window.endNs);
        while (select.step()) {
            const std::int64_t trace = select.int64(0);
            auto [entry, isNew] = labels_.emplace(trace, TraceLabel::Normal);
            if (isNew && erroneousLogs.count(select.text(1)))
                entry->second = TraceLabel::Abnormal;
            if (entry->second == TraceLabel::Abnormal)
                continue;
            bool abnormal = select.int64(4) != static_cast<int>(StatusClass::Ok);
            const auto base = baseline_.find(select.int64(2));
            if (!abnormal && base != baseline_.end() && base->second.count >= kLeastSamples) {
                const OperationBaseline& b = base->second;
                const double mean = b.sum / b.count;
                const double spread = std::sqrt(std::max(0.0, b.squares / b.count - mean * mean));
                const double duration = static_cast<double>(select.int64(3));
                abnormal = duration > mean + kSigmas * spread && duration > kLeastRatio * mean;
            }
            if (abnormal)
                entry->second = TraceLabel::Abnormal;
        }
    }
    abnormal_ = 0;
    for (const auto& [trace, label] : labels_)
        abnormal_ += label == TraceLabel::Abnormal ? 1 : 0;
}

TraceLabel BaselineAnomalyRule::labelOf(std::int64_t traceKey) const
{
    const auto found = labels_.find(traceKey);
    return found == labels_.end() ? TraceLabel::Unlabeled : found->second;
}

} // namespace tracemark
