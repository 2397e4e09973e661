#pragma once
// Writes one complete trace into the workspace during an import: builds its graph, stores its
// spans in preorder with their derived columns, its traces row and its service/operation index
// rows. A trace id already in the workspace is merged: its stored spans are loaded, combined
// with the new ones, and the trace is rewritten under the same key (so labels stay attached).
#include "core/graph/DurationStatistics.h"
#include "core/model/Span.h"
#include "core/store/BatchedInsert.h"
#include "core/store/Database.h"
#include "core/store/NameInterner.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace tracemark {

class TraceGraph;

struct TraceWriteResult {
    std::int64_t key = 0;
    bool created = false;      // a new traces row
    bool unchanged = false;    // every incoming span was already stored: nothing was rewritten
    int spansAdded = 0;        // new spans stored (repeats of stored spans are not counted)
    int repeatedSpans = 0;     // incoming spans identical to a span already stored, skipped
    int duplicateSpanIds = 0;  // spans whose id repeats another span of the trace (kept)
    int orphanDelta = 0;       // change of the trace's orphan count
    std::int64_t endNs = 0;
};

class TraceWriter {
public:
    // maxTraceKeyBefore: the largest trace key when the import began (0: no traces, so new trace
    // ids skip the lookup for a stored trace). workspaceHasSpans: see completeCallPathSample().
    TraceWriter(Database& db, NameInterner& names, std::int64_t importId, std::int64_t maxTraceKeyBefore,
                bool workspaceHasSpans);

    // Throws TraceStructureError (cycle, empty trace id); nothing of that trace is written then.
    TraceWriteResult write(std::vector<Span>&& spans);

    // Durations of every span written, by call path. They are the workspace-wide sample only
    // when the workspace held no spans before and no trace was rewritten; else nullptr.
    CallPathStatistics* completeCallPathSample();

    // Writes the buffered trace_services/trace_operations rows; call before the transaction commits.
    void flush();

private:
    struct StoredTrace {
        std::int64_t key = 0;
        std::int64_t startNs = 0;
        int orphanSpans = 0;
    };
    std::optional<StoredTrace> findStored(const std::string& traceId);
    // The stored spans followed by the incoming spans that are not identical to a stored one.
    std::vector<Span> mergeWithStored(const StoredTrace& stored, std::vector<Span>&& incoming, int& repeated);
    void deleteStoredRows(const StoredTrace& stored);
    std::int64_t writeTraceRow(const TraceGraph& graph, const std::optional<StoredTrace>& stored);
    void writeSpanRows(const TraceGraph& graph, std::int64_t key);
    void writeIndexRows(const TraceGraph& graph, std::int64_t key);

    Database& db_;
    NameInterner& names_;
    std::int64_t importId_;
    std::int64_t maxTraceKeyBefore_;
    bool sampleIsComplete_;

    Statement findTrace_;
    Statement loadSpans_;
    Statement deleteTraceServices_;
    Statement deleteTraceOperations_;
    Statement deleteSpans_;
    Statement insertTrace_;
    Statement updateTrace_;
    MultiRowStatements insertSpans_;
    SortedKeyRows insertTraceServices_;
    SortedKeyRows insertTraceOperations_;
    Statement insertCallPath_;

    std::unordered_set<std::uint64_t> writtenTraceIdHashes_;
    std::unordered_set<std::uint64_t> knownCallPaths_;
    CallPathStatistics sample_;

    // Per-trace scratch, reused to avoid allocations.
    std::vector<std::int64_t> serviceIds_;
    std::vector<std::int64_t> operationIds_;
    std::vector<std::int64_t> distinctIds_;
    std::vector<std::string> attributesJson_; // one per row of a multi-row span insert
};

} // namespace tracemark
