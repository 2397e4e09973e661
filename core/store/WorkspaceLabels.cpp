// Trace labels with provenance. Every change is one transaction: the labels row and the audit row
// that records the old and new value (for undo and for review) are written together or not at all.
#include "core/common/Error.h"
#include "core/io/JsonSupport.h"
#include "core/store/WorkspaceState.h"

#include <chrono>
#include <cstdio>

namespace tracemark {

namespace {

struct StoredLabel {
    TraceLabel label = TraceLabel::Unlabeled;
    LabelSource source = LabelSource::Human;
    double confidence = 0;
    std::string author;
    bool operator==(const StoredLabel& o) const
    {
        return label == o.label && source == o.source && confidence == o.confidence && author == o.author;
    }
};

// The audit value, e.g. {"label":"abnormal","source":"human","confidence":1,"author":"ana"}.
std::string auditValue(const StoredLabel& label)
{
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, "%.6g", label.confidence);
    return "{\"label\":" + json::quotedJsonString(std::string(toString(label.label))) + ",\"source\":"
        + json::quotedJsonString(std::string(toString(label.source))) + ",\"confidence\":" + confidence
        + ",\"author\":" + json::quotedJsonString(label.author) + "}";
}

} // namespace

void Workspace::setLabel(std::int64_t traceKey, TraceLabel label, LabelSource source, double confidence,
                         const std::string& author)
{
    if (!(confidence >= 0.0 && confidence <= 1.0))
        throw UsageError("label confidence must be between 0 and 1, not " + std::to_string(confidence));
    Database& db = state_->db;
    Transaction transaction(db);

    Statement trace = db.prepare("SELECT trace_id FROM traces WHERE id = ?");
    trace.bind(1, traceKey);
    if (!trace.step())
        throw WorkspaceError("cannot label trace: no trace with key " + std::to_string(traceKey) + " in "
                             + path().string());
    const std::string traceId = trace.text(0);
    trace.reset();

    StoredLabel before;
    Statement current = db.prepare("SELECT label, source, confidence, author FROM labels WHERE trace_key = ?");
    current.bind(1, traceKey);
    if (current.step())
        before = {static_cast<TraceLabel>(current.int64(0)), static_cast<LabelSource>(current.int64(1)),
                  current.real(2), current.text(3)};
    current.reset();

    StoredLabel after;
    if (label != TraceLabel::Unlabeled)
        after = {label, source, confidence, author};
    if (after == before)
        return; // nothing changes, so nothing is logged

    const std::int64_t now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    if (label == TraceLabel::Unlabeled) {
        db.prepare("DELETE FROM labels WHERE trace_key = ?").bind(1, traceKey).run();
    } else {
        db.prepare("INSERT INTO labels(trace_key, label, source, confidence, updated_ns, author) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(trace_key) DO UPDATE SET label = ?2, source = ?3, "
                   "confidence = ?4, updated_ns = ?5, author = ?6")
            .bind(1, traceKey)
            .bind(2, static_cast<int>(label))
            .bind(3, static_cast<int>(source))
            .bind(4, confidence)
            .bind(5, now)
            .bind(6, author)
            .run();
    }

    Statement audit = db.prepare(
        "INSERT INTO audit_log(time_ns, actor, action, entity, entity_key, old_value, new_value) "
        "VALUES (?, ?, 'set_label', 'trace', ?, ?, ?)");
    audit.bind(1, now).bind(2, author).bind(3, traceId);
    if (before.label == TraceLabel::Unlabeled)
        audit.bindNull(4);
    else
        audit.bind(4, auditValue(before));
    if (after.label == TraceLabel::Unlabeled)
        audit.bindNull(5);
    else
        audit.bind(5, auditValue(after));
    audit.run();

    const int labeledChange = (after.label != TraceLabel::Unlabeled) - (before.label != TraceLabel::Unlabeled);
    if (labeledChange != 0)
        db.prepare("UPDATE counters SET value = value + ? WHERE name = 'labeled_traces'").bind(1, labeledChange).run();
    transaction.commit();
}

} // namespace tracemark
