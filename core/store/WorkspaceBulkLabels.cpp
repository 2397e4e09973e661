// Labels in bulk: every label in one read, many human labels in one transaction (one audit row
// per changed trace, as setLabel writes), and the propagated labels replaced as a whole with one
// summary audit row. Human labels always win: propagation never writes over one.
#include "core/common/Error.h"
#include "core/common/WallClock.h"
#include "core/io/JsonSupport.h"
#include "core/store/WorkspaceState.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace tracemark {

namespace {

struct CurrentLabel {
    TraceLabel label = TraceLabel::Unlabeled;
    LabelSource source = LabelSource::Human;
    double confidence = 0;
    std::string author;
    bool operator==(const CurrentLabel& o) const
    {
        return label == o.label && source == o.source && confidence == o.confidence && author == o.author;
    }
};

// The same audit value as setLabel writes, e.g.
// {"label":"abnormal","source":"human","confidence":1,"author":"ana"}.
std::string labelAuditValue(const CurrentLabel& label)
{
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, "%.6g", label.confidence);
    std::string out = "{\"label\":";
    json::appendJsonString(out, toString(label.label));
    out += ",\"source\":";
    json::appendJsonString(out, toString(label.source));
    out += std::string(",\"confidence\":") + confidence + ",\"author\":";
    json::appendJsonString(out, label.author);
    out += "}";
    return out;
}

// Positions 0..n-1 ordered by key (stable, so the first of equal keys comes first).
template <class KeyOf>
std::vector<std::size_t> orderByKey(std::size_t n, const KeyOf& keyOf)
{
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keyOf(a) < keyOf(b); });
    return order;
}

[[noreturn]] void throwNoTrace(Database& db, const std::string& what, std::int64_t traceKey)
{
    throw WorkspaceError("cannot " + what + ": no trace with key " + std::to_string(traceKey) + " in "
                         + db.path().string());
}

bool traceExists(Database& db, std::int64_t traceKey)
{
    Statement trace = db.prepare("SELECT COUNT(*) FROM traces WHERE id = ?");
    trace.bind(1, traceKey);
    return trace.step() && trace.int64(0) > 0;
}

} // namespace

std::vector<StoredTraceLabel> Workspace::allLabels()
{
    Statement statement =
        state_->db.prepare("SELECT trace_key, label, source, confidence FROM labels ORDER BY trace_key");
    std::vector<StoredTraceLabel> labels;
    while (statement.step())
        labels.push_back({statement.int64(0), static_cast<TraceLabel>(statement.int64(1)),
                          static_cast<LabelSource>(statement.int64(2)), statement.real(3)});
    return labels;
}

std::vector<LabelTally> Workspace::labelTallies()
{
    Statement statement =
        state_->db.prepare("SELECT source, label, COUNT(*) FROM labels GROUP BY source, label ORDER BY source, label");
    std::vector<LabelTally> tallies;
    while (statement.step())
        tallies.push_back({static_cast<LabelSource>(statement.int64(0)), static_cast<TraceLabel>(statement.int64(1)),
                           statement.int64(2)});
    return tallies;
}

void Workspace::setHumanLabels(const std::vector<std::pair<std::int64_t, TraceLabel>>& labels,
                               const std::string& author)
{
    // A key given twice: the same label is one change, different labels are a contradiction.
    std::vector<bool> repeated(labels.size(), false);
    const std::vector<std::size_t> order = orderByKey(labels.size(), [&](std::size_t i) { return labels[i].first; });
    for (std::size_t i = 1; i < order.size(); ++i) {
        const auto& previous = labels[order[i - 1]];
        const auto& current = labels[order[i]];
        if (current.first != previous.first)
            continue;
        if (current.second != previous.second)
            throw WorkspaceError("cannot label traces: trace key " + std::to_string(current.first) + " was given as "
                                 + std::string(toString(previous.second)) + " and as "
                                 + std::string(toString(current.second)));
        repeated[order[i]] = true;
    }

    Database& db = state_->db;
    Transaction transaction(db); // ROLLBACK on any exception: no label of the batch is kept
    Statement trace = db.prepare("SELECT trace_id FROM traces WHERE id = ?");
    Statement current = db.prepare("SELECT label, source, confidence, author FROM labels WHERE trace_key = ?");
    Statement upsert = db.prepare(
        "INSERT INTO labels(trace_key, label, source, confidence, updated_ns, author) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(trace_key) DO UPDATE SET label = ?2, source = ?3, "
        "confidence = ?4, updated_ns = ?5, author = ?6");
    Statement remove = db.prepare("DELETE FROM labels WHERE trace_key = ?");
    Statement audit = db.prepare("INSERT INTO audit_log(time_ns, actor, action, entity, entity_key, old_value, "
                                 "new_value) VALUES (?, ?, 'set_label', 'trace', ?, ?, ?)");
    const std::int64_t now = nowNs();
    std::int64_t labeledChange = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (repeated[i])
            continue;
        const auto& [traceKey, label] = labels[i];
        trace.bind(1, traceKey);
        if (!trace.step())
            throwNoTrace(db, "label traces", traceKey);
        const std::string traceId = trace.text(0);
        trace.reset();

        CurrentLabel before;
        current.bind(1, traceKey);
        if (current.step())
            before = {static_cast<TraceLabel>(current.int64(0)), static_cast<LabelSource>(current.int64(1)),
                      current.real(2), current.text(3)};
        current.reset();
        CurrentLabel after;
        if (label != TraceLabel::Unlabeled)
            after = {label, LabelSource::Human, 1.0, author};
        if (after == before)
            continue; // nothing changes, so nothing is logged

        if (label == TraceLabel::Unlabeled) {
            remove.bind(1, traceKey).run();
        } else {
            upsert.bind(1, traceKey)
                .bind(2, static_cast<int>(label))
                .bind(3, static_cast<int>(LabelSource::Human))
                .bind(4, 1.0)
                .bind(5, now)
                .bind(6, author)
                .run();
        }
        audit.bind(1, now).bind(2, author).bind(3, traceId);
        if (before.label == TraceLabel::Unlabeled)
            audit.bindNull(4);
        else
            audit.bind(4, labelAuditValue(before));
        if (after.label == TraceLabel::Unlabeled)
            audit.bindNull(5);
        else
            audit.bind(5, labelAuditValue(after));
        audit.run();
        labeledChange += (after.label != TraceLabel::Unlabeled) - (before.label != TraceLabel::Unlabeled);
    }
    if (labeledChange != 0)
        db.prepare("UPDATE counters SET value = value + ? WHERE name = 'labeled_traces'").bind(1, labeledChange).run();
    transaction.commit();
}

std::int64_t Workspace::replacePropagatedLabels(
    const std::vector<std::tuple<std::int64_t, TraceLabel, double>>& labels, Progress& progress,
    const std::string& actor)
{
    for (const auto& [traceKey, label, confidence] : labels) {
        if (label != TraceLabel::Normal && label != TraceLabel::Abnormal)
            throw UsageError("a propagated label must be normal or abnormal, not "
                             + std::string(toString(label)) + " (trace key " + std::to_string(traceKey) + ")");
        if (!(confidence >= 0.0 && confidence <= 1.0))
            throw UsageError("label confidence must be between 0 and 1, not " + std::to_string(confidence)
                             + " (trace key " + std::to_string(traceKey) + ")");
    }
    // Key order: finds keys given twice, merges with the stored labels and keeps B-tree writes local.
    const std::vector<std::size_t> order =
        orderByKey(labels.size(), [&](std::size_t i) { return std::get<0>(labels[i]); });
    for (std::size_t i = 1; i < order.size(); ++i)
        if (std::get<0>(labels[order[i]]) == std::get<0>(labels[order[i - 1]]))
            throw WorkspaceError("cannot store propagated labels: trace key "
                                 + std::to_string(std::get<0>(labels[order[i]])) + " was given twice");
    progress.checkCancelled();

    Database& db = state_->db;
    Transaction transaction(db); // ROLLBACK on any exception: the old propagated labels stay
    std::int64_t oldNormal = 0, oldAbnormal = 0;
    {
        Statement previous = db.prepare("SELECT label, COUNT(*) FROM labels WHERE source = ? GROUP BY label");
        previous.bind(1, static_cast<int>(LabelSource::Propagated));
        while (previous.step())
            (previous.int64(0) == static_cast<int>(TraceLabel::Normal) ? oldNormal : oldAbnormal) += previous.int64(1);
    }
    db.prepare("DELETE FROM labels WHERE source = ?").bind(1, static_cast<int>(LabelSource::Propagated)).run();
    const std::int64_t removed = db.changes();

    // What is left is human or model labels, usually few: read them once instead of probing per row.
    std::vector<std::pair<std::int64_t, LabelSource>> kept;
    {
        Statement rest = db.prepare("SELECT trace_key, source FROM labels ORDER BY trace_key");
        while (rest.step())
            kept.emplace_back(rest.int64(0), static_cast<LabelSource>(rest.int64(1)));
    }

    Statement write = db.prepare(
        "INSERT INTO labels(trace_key, label, source, confidence, updated_ns, author) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(trace_key) DO UPDATE SET label = ?2, source = ?3, "
        "confidence = ?4, updated_ns = ?5, author = ?6");
    const std::int64_t now = nowNs();
    write.bind(3, static_cast<int>(LabelSource::Propagated)).bind(5, now).bind(6, actor); // run() keeps bindings
    std::int64_t inserted = 0, replacedModel = 0, skippedHuman = 0, normal = 0, abnormal = 0;
    std::size_t next = 0; // merge cursor into kept
    const std::size_t n = order.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto& [traceKey, label, confidence] = labels[order[i]];
        while (next < kept.size() && kept[next].first < traceKey)
            ++next;
        const bool hasLabel = next < kept.size() && kept[next].first == traceKey;
        if (hasLabel && kept[next].second == LabelSource::Human) {
            ++skippedHuman;
            continue;
        }
        write.bind(1, traceKey).bind(2, static_cast<int>(label)).bind(4, confidence);
        try {
            write.run();
        } catch (const WorkspaceError&) {
            if (!traceExists(db, traceKey))
                throwNoTrace(db, "store propagated labels", traceKey);
            throw;
        }
        ++(hasLabel ? replacedModel : inserted);
        ++(label == TraceLabel::Normal ? normal : abnormal);
        if ((i & 0x3fff) == 0x3fff) {
            progress.checkCancelled();
            progress.report(static_cast<double>(i + 1) / static_cast<double>(n), "storing propagated labels");
        }
    }
    progress.checkCancelled();

    const std::int64_t labeledChange = inserted - removed;
    if (labeledChange != 0)
        db.prepare("UPDATE counters SET value = value + ? WHERE name = 'labeled_traces'").bind(1, labeledChange).run();
    db.prepare("INSERT INTO audit_log(time_ns, actor, action, entity, entity_key, old_value, new_value) "
               "VALUES (?, ?, 'propagate', 'labels', 'propagated', ?, ?)")
        .bind(1, now)
        .bind(2, actor)
        .bind(3, "{\"normal\":" + std::to_string(oldNormal) + ",\"abnormal\":" + std::to_string(oldAbnormal) + "}")
        .bind(4, "{\"normal\":" + std::to_string(normal) + ",\"abnormal\":" + std::to_string(abnormal)
                     + ",\"skipped_human\":" + std::to_string(skippedHuman)
                     + ",\"replaced_model\":" + std::to_string(replacedModel) + "}")
        .run();
    transaction.commit();
    progress.report(1.0, "propagated labels stored");
    return inserted + replacedModel;
}

} // namespace tracemark
