#pragma once
// The ImportSink behind Workspace::import. Spans are buffered per trace until the importer ends
// the trace (or the import ends), then written by TraceWriter; logs, KPI samples, ground truth and
// fault injections go straight to their tables. Lives inside the import's transaction: the
// caller commits after finish() or rolls everything back when anything throws.
#include "core/common/Progress.h"
#include "core/model/ImportSink.h"
#include "core/store/BatchedInsert.h"
#include "core/store/Database.h"
#include "core/store/NameInterner.h"
#include "core/store/TraceWriter.h"
#include "core/store/Workspace.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tracemark {

class WorkspaceWriter final : public ImportSink {
public:
    WorkspaceWriter(Database& db, std::int64_t importId);

    void addSpan(Span&& span) override;
    void endTrace(std::string_view traceId) override;
    void addLog(LogRecord&& record) override;
    void addMetric(MetricSample&& sample) override;
    void addTraceGroundTruth(TraceGroundTruth&& truth) override;
    void addFaultInjection(FaultInjection&& fault) override;
    void warn(const std::string& message) override;

    // Writes the traces still buffered, refreshes call path statistics, the counters and the
    // imports row. Call once; returns what this import added (seconds left at 0).
    ImportSummary finish(Progress& progress);

private:
    struct PendingTrace {
        std::uint64_t arrival = 0; // keeps the end-of-import write order deterministic
        std::vector<Span> spans;
    };
    // Logs and KPI samples are written a few dozen rows per INSERT: one statement step per row
    // costs more than the row. Their service and series ids are resolved when they arrive, so
    // ids are handed out in the same order as when every row was written at once.
    struct PendingLog {
        std::int64_t serviceId = 0; // 0: no service (NULL)
        LogRecord record;
    };
    struct PendingSample {
        std::int64_t seriesId = 0;
        std::int64_t timeNs = 0;
        double value = 0.0;
    };
    void flushLogs();
    void flushSamples();
    void writeTrace(std::vector<Span>&& spans);
    std::int64_t metricSeries(const MetricSample& sample);
    void updateCounters();
    void recordImport();

    Database& db_;
    std::int64_t importId_;
    std::int64_t maxTraceKeyBefore_;
    NameInterner names_;
    TraceWriter traces_;

    std::unordered_map<std::string, PendingTrace> pending_;
    std::uint64_t arrivals_ = 0;
    std::vector<Span>* lastBuffer_ = nullptr; // spans of one trace usually arrive together
    std::string lastTraceId_;

    MultiRowStatements insertLogs_;
    std::vector<PendingLog> logs_;
    Statement insertSeries_;
    MultiRowStatements insertSamples_;
    std::vector<PendingSample> samples_;
    Statement upsertGroundTruth_;
    Statement insertFault_;
    bool seriesLoaded_ = false;
    std::unordered_map<std::string, std::int64_t> series_; // service \x1f instance \x1f name -> id
    std::string seriesKey_;

    ImportSummary summary_;
    std::int64_t tracesCreated_ = 0;
    std::int64_t tracesWritten_ = 0; // created or rewritten
    std::unordered_set<std::int64_t> tracesExtended_; // keys that existed before this import
    std::int64_t orphanDelta_ = 0;
    std::int64_t repeatedSpans_ = 0;
    std::int64_t duplicateSpanIds_ = 0;
    std::int64_t lastEndNs_ = 0;
    std::int64_t suppressedWarnings_ = 0;
};

} // namespace tracemark
