#include "core/store/TraceWriter.h"

#include "core/common/Error.h"
#include "core/graph/TraceGraph.h"
#include "core/store/AttributeCodec.h"
#include "core/store/RowReaders.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace tracemark {

namespace {

bool sameSpan(const Span& a, const Span& b)
{
    return a.spanId == b.spanId && a.startNs == b.startNs && a.durationNs == b.durationNs && a.service == b.service
        && a.operation == b.operation && a.parentId == b.parentId;
}

constexpr int kSpanInsertColumns = 19;
constexpr int kSpanRowsPerInsert = 32;

void sortUnique(std::vector<std::int64_t>& ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

TraceWriter::TraceWriter(Database& db, NameInterner& names, std::int64_t importId,
                         std::int64_t maxTraceKeyBefore, bool workspaceHasSpans)
    : db_(db),
      names_(names),
      importId_(importId),
      maxTraceKeyBefore_(maxTraceKeyBefore),
      sampleIsComplete_(!workspaceHasSpans),
      findTrace_(db.prepare("SELECT id, start_ns, orphan_spans FROM traces WHERE trace_id = ?")),
      loadSpans_(db.prepare("SELECT " + std::string(kSpanColumns) + " FROM spans s " + std::string(kSpanJoins)
                            + " WHERE " + spansOfTraceCondition("s", "?1") + " ORDER BY s.id")),
      deleteTraceServices_(db.prepare(
          "DELETE FROM trace_services WHERE trace_key = ?1 AND start_ns = ?2 AND service_id IN "
          "(SELECT DISTINCT service_id FROM spans s WHERE " + spansOfTraceCondition("s", "?1") + ")")),
      deleteTraceOperations_(db.prepare(
          "DELETE FROM trace_operations WHERE trace_key = ?1 AND start_ns = ?2 AND operation_id IN "
          "(SELECT DISTINCT operation_id FROM spans s WHERE " + spansOfTraceCondition("s", "?1") + ")")),
      deleteSpans_(db.prepare("DELETE FROM spans WHERE " + spansOfTraceCondition("spans", "?1"))),
      insertTrace_(db.prepare(
          "INSERT INTO traces(trace_id, start_ns, duration_ns, span_count, error_spans, orphan_spans, "
          "root_service_id, root_operation_id, path_id, import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")),
      updateTrace_(db.prepare(
          "UPDATE traces SET start_ns = ?2, duration_ns = ?3, span_count = ?4, error_spans = ?5, orphan_spans = ?6, "
          "root_service_id = ?7, root_operation_id = ?8, path_id = ?9 WHERE id = ?1")),
      insertSpans_(db,
                   "INSERT INTO spans(id, trace_key, span_id, parent_id, service_id, operation_id, instance_id, start_ns, "
                   "duration_ns, status, status_code, kind, depth, is_orphan, call_path_id, waiting_ns, local_ns, "
                   "relative_start_ns, attributes)",
                   kSpanInsertColumns, kSpanRowsPerInsert),
      insertTraceServices_(db, "INSERT INTO trace_services(service_id, start_ns, trace_key)"),
      insertTraceOperations_(db, "INSERT INTO trace_operations(operation_id, start_ns, trace_key)"),
      insertCallPath_(
          db.prepare("INSERT INTO call_paths(id, service_id, operation_id, depth, text) VALUES (?, ?, ?, ?, ?)"))
{
    attributesJson_.resize(kSpanRowsPerInsert);
    Statement callPaths = db.prepare("SELECT id FROM call_paths");
    while (callPaths.step())
        knownCallPaths_.insert(fromStoredId(callPaths.int64(0)));
}

void TraceWriter::flush()
{
    insertTraceServices_.flush();
    insertTraceOperations_.flush();
}

CallPathStatistics* TraceWriter::completeCallPathSample()
{
    return sampleIsComplete_ ? &sample_ : nullptr;
}

TraceWriteResult TraceWriter::write(std::vector<Span>&& spans)
{
    TraceWriteResult result;
    if (spans.empty())
        return result;
    const std::string traceId = spans.front().traceId;
    if (traceId.empty())
        throw TraceStructureError("span '" + spans.front().spanId + "' of service '" + spans.front().service
                                  + "' has an empty trace id");

    const std::uint64_t idHash = fnv1a64(traceId);
    std::optional<StoredTrace> stored;
    if (maxTraceKeyBefore_ > 0 || writtenTraceIdHashes_.count(idHash))
        stored = findStored(traceId);

    const int incoming = static_cast<int>(spans.size());
    if (stored) {
        spans = mergeWithStored(*stored, std::move(spans), result.repeatedSpans);
        if (result.repeatedSpans == incoming) { // e.g. the same file imported twice
            result.key = stored->key;
            result.unchanged = true;
            return result;
        }
    }
    if (static_cast<std::int64_t>(spans.size()) > kMaxSpansPerTrace)
        throw TraceStructureError("trace " + traceId + " has " + std::to_string(spans.size())
                                  + " spans; a workspace holds at most " + std::to_string(kMaxSpansPerTrace)
                                  + " spans per trace");
    // Built before anything is deleted or written: a cycle leaves the stored trace as it was.
    const TraceGraph graph = TraceGraph::build(std::move(spans));
    if (stored) {
        deleteStoredRows(*stored);
        // The rewritten spans were already sampled (or predate this import): only a rescan is exact.
        sampleIsComplete_ = false;
        sample_ = CallPathStatistics();
    }

    result.key = writeTraceRow(graph, stored);
    result.created = !stored;
    writeSpanRows(graph, result.key);
    writeIndexRows(graph, result.key);

    result.spansAdded = incoming - result.repeatedSpans;
    result.duplicateSpanIds = graph.duplicateCount();
    result.orphanDelta = graph.orphanCount() - (stored ? stored->orphanSpans : 0);
    result.endNs = graph.endNs();
    writtenTraceIdHashes_.insert(idHash);
    return result;
}

std::optional<TraceWriter::StoredTrace> TraceWriter::findStored(const std::string& traceId)
{
    findTrace_.bindStatic(1, traceId);
    std::optional<StoredTrace> stored;
    if (findTrace_.step())
        stored = StoredTrace{findTrace_.int64(0), findTrace_.int64(1), static_cast<int>(findTrace_.int64(2))};
    findTrace_.reset();
    return stored;
}

std::vector<Span> TraceWriter::mergeWithStored(const StoredTrace& stored, std::vector<Span>&& incoming, int& repeated)
{
    std::vector<Span> all;
    loadSpans_.bind(1, stored.key);
    while (loadSpans_.step())
        all.push_back(readSpan(loadSpans_, 0, incoming.front().traceId));
    loadSpans_.reset();

    const std::size_t storedCount = all.size();
    all.reserve(storedCount + incoming.size()); // no reallocation below: the views stay valid
    std::unordered_multimap<std::string_view, std::size_t> storedById;
    for (std::size_t i = 0; i < storedCount; ++i)
        storedById.emplace(all[i].spanId, i);
    repeated = 0;
    for (Span& span : incoming) {
        bool isRepeat = false;
        const auto range = storedById.equal_range(span.spanId);
        for (auto it = range.first; it != range.second && !isRepeat; ++it)
            isRepeat = sameSpan(all[it->second], span);
        if (isRepeat)
            ++repeated;
        else
            all.push_back(std::move(span));
    }
    return all;
}

void TraceWriter::deleteStoredRows(const StoredTrace& stored)
{
    if (stored.key > maxTraceKeyBefore_)
        flush(); // the trace was created by this import: its index rows may still be buffered
    deleteTraceServices_.bind(1, stored.key).bind(2, stored.startNs).run();
    deleteTraceOperations_.bind(1, stored.key).bind(2, stored.startNs).run();
    deleteSpans_.bind(1, stored.key).run();
}

std::int64_t TraceWriter::writeTraceRow(const TraceGraph& graph, const std::optional<StoredTrace>& stored)
{
    const std::size_t n = graph.size();
    serviceIds_.resize(n);
    operationIds_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Span& span = graph.span(i);
        serviceIds_[i] = names_.service(span.service);
        operationIds_[i] = names_.operation(serviceIds_[i], span.operation);
    }
    const int root = graph.preorder().front();

    Statement& statement = stored ? updateTrace_ : insertTrace_;
    if (stored)
        statement.bind(1, stored->key);
    else
        statement.bindStatic(1, graph.traceId());
    statement.bind(2, graph.startNs())
        .bind(3, graph.durationNs())
        .bind(4, static_cast<std::int64_t>(n))
        .bind(5, graph.errorSpanCount())
        .bind(6, graph.orphanCount())
        .bind(7, serviceIds_[root])
        .bind(8, operationIds_[root])
        .bind(9, toStoredId(graph.pathId()));
    if (!stored)
        statement.bind(10, importId_);
    statement.run();
    return stored ? stored->key : db_.lastInsertRowId();
}

void TraceWriter::writeSpanRows(const TraceGraph& graph, std::int64_t key)
{
    const std::vector<int>& order = graph.preorder();
    for (std::size_t begin = 0; begin < order.size(); begin += kSpanRowsPerInsert) {
        const int rows = static_cast<int>(std::min<std::size_t>(kSpanRowsPerInsert, order.size() - begin));
        Statement& insert = insertSpans_.forRows(rows);
        for (int r = 0; r < rows; ++r) {
            const int i = order[begin + static_cast<std::size_t>(r)];
            const int p = r * kSpanInsertColumns + 1; // parameter before this row's second column
            const Span& span = graph.span(i);
            const SpanTiming& timing = graph.timing(i);
            const std::int64_t serviceId = serviceIds_[i];
            const std::uint64_t callPathId = graph.callPathId(i);
            if (knownCallPaths_.insert(callPathId).second) {
                insertCallPath_.bind(1, toStoredId(callPathId))
                    .bind(2, serviceId)
                    .bind(3, operationIds_[i])
                    .bind(4, graph.depth(i))
                    .bind(5, graph.callPathText(i))
                    .run();
            }
            insert.bind(p, firstSpanRowId(key) + static_cast<std::int64_t>(begin) + r)
                .bind(p + 1, key)
                .bindStatic(p + 2, span.spanId)
                .bindTextOrNull(p + 3, span.parentId)
                .bind(p + 4, serviceId)
                .bind(p + 5, operationIds_[i]);
            if (span.instance.empty())
                insert.bindNull(p + 6);
            else
                insert.bind(p + 6, names_.instance(serviceId, span.instance));
            insert.bind(p + 7, span.startNs)
                .bind(p + 8, span.durationNs)
                .bind(p + 9, static_cast<int>(span.status))
                .bindTextOrNull(p + 10, span.statusCode)
                .bind(p + 11, static_cast<int>(span.kind))
                .bind(p + 12, graph.depth(i))
                .bind(p + 13, graph.isOrphan(i) ? 1 : 0)
                .bind(p + 14, toStoredId(callPathId))
                .bind(p + 15, timing.waitingNs)
                .bind(p + 16, timing.localNs)
                .bind(p + 17, timing.relativeStartNs);
            if (span.attributes.empty()) {
                insert.bindNull(p + 18);
            } else {
                std::string& json = attributesJson_[static_cast<std::size_t>(r)];
                encodeAttributes(span.attributes, json);
                insert.bindStatic(p + 18, json);
            }
            if (sampleIsComplete_)
                sample_.add(callPathId, span.durationNs);
        }
        insert.run();
    }
}

void TraceWriter::writeIndexRows(const TraceGraph& graph, std::int64_t key)
{
    SortedKeyRows::Row row = {0, graph.startNs(), key};
    distinctIds_ = serviceIds_;
    sortUnique(distinctIds_);
    for (const std::int64_t id : distinctIds_) {
        row[0] = id;
        insertTraceServices_.add(row);
    }
    distinctIds_ = operationIds_;
    sortUnique(distinctIds_);
    for (const std::int64_t id : distinctIds_) {
        row[0] = id;
        insertTraceOperations_.add(row);
    }
}

} // namespace tracemark
