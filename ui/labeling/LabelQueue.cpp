#include "ui/labeling/LabelQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>
#include <stdexcept>
#include <unordered_set>

namespace tracemark {

namespace {

QueueEntry entryOf(Workspace& workspace, const TraceSummary& trace, QueueEntry::Role role, int cluster)
{
    QueueEntry entry;
    entry.key = trace.key;
    entry.traceId = QString::fromStdString(trace.traceId);
    entry.role = role;
    entry.cluster = cluster;
    entry.startNs = trace.startNs;
    entry.durationNs = trace.durationNs;
    entry.spanCount = trace.spanCount;
    entry.errorSpans = trace.errorSpans;
    entry.rootService = QString::fromStdString(trace.rootService);
    entry.rootOperation = QString::fromStdString(trace.rootOperation);
    if (trace.label != TraceLabel::Unlabeled)
        entry.label = {trace.label, trace.labelSource, trace.labelConfidence};
    std::set<std::string> services;
    std::set<std::string> operations;
    for (const Span& span : workspace.spansOfTrace(trace.key)) {
        services.insert(span.service);
        operations.insert(span.service + ":" + span.operation);
    }
    for (const std::string& service : services)
        entry.services << QString::fromStdString(service);
    for (const std::string& operation : operations)
        entry.operations << QString::fromStdString(operation);
    return entry;
}

LabelCounts countLabels(Workspace& workspace)
{
    LabelCounts counts;
    counts.traces = workspace.info().traces;
    for (const LabelTally& tally : workspace.labelTallies()) {
        const std::int64_t abnormal = tally.label == TraceLabel::Abnormal ? tally.traces : 0;
        switch (tally.source) {
        case LabelSource::Human:
            counts.human += tally.traces;
            counts.humanAbnormal += abnormal;
            break;
        case LabelSource::Propagated:
            counts.propagated += tally.traces;
            counts.propagatedAbnormal += abnormal;
            break;
        case LabelSource::Model:
            counts.model += tally.traces;
            break;
        }
    }
    return counts;
}

} // namespace

LabelTotals loadLabelTotals(Workspace& workspace)
{
    return {countLabels(workspace), workspace.clusters()};
}

LabelingSnapshot loadLabelingSnapshot(Workspace& workspace, const QVector<SuggestedTrace>& suggestions)
{
    LabelingSnapshot snapshot;
    snapshot.selection = workspace.selection();
    snapshot.clusters = workspace.clusters();
    std::unordered_set<std::int64_t> queued;
    for (const ClusterInfo& cluster : snapshot.clusters) {
        if (const auto trace = workspace.traceByKey(cluster.representativeKey)) {
            snapshot.queue.push_back(entryOf(workspace, *trace, QueueEntry::Role::Representative, cluster.cluster));
            queued.insert(trace->key);
        }
    }
    for (const SuggestedTrace& suggestion : suggestions) {
        const auto trace = workspace.traceById(suggestion.traceId.toStdString());
        if (!trace || !queued.insert(trace->key).second)
            continue;
        QueueEntry entry = entryOf(workspace, *trace, QueueEntry::Role::Suggestion, suggestion.cluster);
        entry.reason = suggestion.reason;
        snapshot.queue.push_back(std::move(entry));
    }

    snapshot.counts = countLabels(workspace);
    for (const std::string& service : workspace.services())
        snapshot.services << QString::fromStdString(service);
    for (const EmbeddingSetInfo& set : workspace.embeddingSets())
        snapshot.vectorKinds << QString::fromStdString(set.kind);
    return snapshot;
}

QVector<SuggestedTrace> parseSuggestions(const QString& json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (document.isNull())
        throw std::runtime_error("suggest --json printed no JSON: " + error.errorString().toStdString());
    const QJsonValue items = document.object().value(QStringLiteral("suggestions"));
    if (!items.isArray())
        throw std::runtime_error("suggest --json: no \"suggestions\" array");
    QVector<SuggestedTrace> suggestions;
    for (const QJsonValue& item : items.toArray()) {
        const QJsonObject object = item.toObject();
        SuggestedTrace suggestion;
        suggestion.traceId = object.value(QStringLiteral("trace_id")).toString();
        if (suggestion.traceId.isEmpty())
            throw std::runtime_error("suggest --json: a suggestion without \"trace_id\"");
        suggestion.cluster = object.value(QStringLiteral("cluster")).toInt(-1);
        suggestion.score = object.value(QStringLiteral("score")).toDouble();
        suggestion.reason = object.value(QStringLiteral("reason")).toString();
        suggestions.push_back(suggestion);
    }
    return suggestions;
}

} // namespace tracemark
