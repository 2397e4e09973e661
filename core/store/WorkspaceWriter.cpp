#include "core/store/WorkspaceWriter.h"

#include "core/common/WallClock.h"
#include "core/store/CallPathRefresh.h"

#include <algorithm>

namespace tracemark {

namespace {

constexpr std::size_t kMaxKeptWarnings = 200;
constexpr int kLogRowsPerInsert = 64;     // 7 columns: 448 parameters
constexpr int kSampleRowsPerInsert = 128; // 3 columns: 384 parameters
constexpr std::size_t kSamplesPerFlush = 8192;

std::string plural(std::int64_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

WorkspaceWriter::WorkspaceWriter(Database& db, std::int64_t importId)
    : db_(db),
      importId_(importId),
      maxTraceKeyBefore_(db.queryInt64("SELECT MAX(id) FROM traces")),
      names_(db),
      traces_(db, names_, importId, maxTraceKeyBefore_, db.queryInt64("SELECT MAX(id) FROM spans") > 0),
      insertLogs_(db, "INSERT INTO log_records(time_ns, service_id, instance, trace_id, span_id, severity, message)",
                  7, kLogRowsPerInsert),
      insertSeries_(db.prepare("INSERT INTO metric_series(service_id, instance, name) VALUES (?, ?, ?)")),
      insertSamples_(db, "INSERT INTO metric_samples(series_id, time_ns, value)", 3, kSampleRowsPerInsert),
      upsertGroundTruth_(db.prepare(
          "INSERT INTO trace_ground_truth(trace_id, abnormal, fault_type, source) VALUES (?, ?, ?, ?) "
          "ON CONFLICT(trace_id) DO UPDATE SET abnormal = excluded.abnormal, fault_type = excluded.fault_type, "
          "source = excluded.source")),
      insertFault_(db.prepare("INSERT INTO fault_injections(start_ns, end_ns, service, instance, fault_type, "
                              "source, detail, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
{
}

void WorkspaceWriter::addSpan(Span&& span)
{
    if (!lastBuffer_ || span.traceId != lastTraceId_) {
        auto [it, inserted] = pending_.try_emplace(span.traceId);
        if (inserted) {
            it->second.arrival = arrivals_++;
            it->second.spans.reserve(16);
        }
        lastBuffer_ = &it->second.spans; // element references survive rehashing
        lastTraceId_ = span.traceId;
    }
    lastBuffer_->push_back(std::move(span));
}

void WorkspaceWriter::endTrace(std::string_view traceId)
{
    const auto it = pending_.find(std::string(traceId));
    if (it == pending_.end())
        return;
    std::vector<Span> spans = std::move(it->second.spans);
    pending_.erase(it);
    lastBuffer_ = nullptr;
    writeTrace(std::move(spans));
}

void WorkspaceWriter::writeTrace(std::vector<Span>&& spans)
{
    const TraceWriteResult result = traces_.write(std::move(spans));
    if (result.created)
        ++tracesCreated_;
    else if (!result.unchanged && result.key <= maxTraceKeyBefore_)
        tracesExtended_.insert(result.key);
    if (!result.unchanged)
        ++tracesWritten_;
    summary_.spans += result.spansAdded;
    orphanDelta_ += result.orphanDelta;
    repeatedSpans_ += result.repeatedSpans;
    duplicateSpanIds_ += result.duplicateSpanIds;
    lastEndNs_ = std::max(lastEndNs_, result.endNs);
}

void WorkspaceWriter::addLog(LogRecord&& record)
{
    const std::int64_t serviceId = record.service.empty() ? 0 : names_.service(record.service);
    logs_.push_back(PendingLog{serviceId, std::move(record)});
    ++summary_.logRecords;
    if (logs_.size() >= static_cast<std::size_t>(kLogRowsPerInsert))
        flushLogs();
}

void WorkspaceWriter::flushLogs()
{
    if (logs_.empty())
        return;
    Statement& insert = insertLogs_.forRows(static_cast<int>(logs_.size()));
    int p = 0;
    for (const PendingLog& pending : logs_) {
        const LogRecord& record = pending.record;
        insert.bind(p + 1, record.timeNs);
        if (pending.serviceId == 0)
            insert.bindNull(p + 2);
        else
            insert.bind(p + 2, pending.serviceId);
        insert.bindTextOrNull(p + 3, record.instance)
            .bindTextOrNull(p + 4, record.traceId)
            .bindTextOrNull(p + 5, record.spanId)
            .bindTextOrNull(p + 6, record.severity)
            .bindStatic(p + 7, record.message);
        p += 7;
    }
    insert.run();
    logs_.clear();
}

std::int64_t WorkspaceWriter::metricSeries(const MetricSample& sample)
{
    if (!seriesLoaded_) {
        Statement existing = db_.prepare(
            "SELECT m.id, s.name, m.instance, m.name FROM metric_series m LEFT JOIN services s ON s.id = m.service_id");
        while (existing.step()) {
            seriesKey_.assign(existing.textView(1)).append(1, '\x1f').append(existing.textView(2)).append(1, '\x1f')
                .append(existing.textView(3));
            series_.emplace(seriesKey_, existing.int64(0));
        }
        seriesLoaded_ = true;
    }
    seriesKey_.assign(sample.service).append(1, '\x1f').append(sample.instance).append(1, '\x1f').append(sample.name);
    const auto found = series_.find(seriesKey_);
    if (found != series_.end())
        return found->second;
    if (sample.service.empty())
        insertSeries_.bindNull(1);
    else
        insertSeries_.bind(1, names_.service(sample.service));
    insertSeries_.bindStatic(2, sample.instance).bindStatic(3, sample.name).run();
    const std::int64_t id = db_.lastInsertRowId();
    series_.emplace(seriesKey_, id);
    return id;
}

void WorkspaceWriter::addMetric(MetricSample&& sample)
{
    samples_.push_back(PendingSample{metricSeries(sample), sample.timeNs, sample.value});
    ++summary_.metricSamples;
    if (samples_.size() >= kSamplesPerFlush)
        flushSamples();
}

void WorkspaceWriter::flushSamples()
{
    // In index order, consecutive rows land next to each other in metric_samples_by_series_time
    // instead of jumping between the series of a pod for every row.
    std::stable_sort(samples_.begin(), samples_.end(), [](const PendingSample& a, const PendingSample& b) {
        return a.seriesId != b.seriesId ? a.seriesId < b.seriesId : a.timeNs < b.timeNs;
    });
    for (std::size_t begin = 0; begin < samples_.size(); begin += kSampleRowsPerInsert) {
        const int rows = static_cast<int>(std::min<std::size_t>(kSampleRowsPerInsert, samples_.size() - begin));
        Statement& insert = insertSamples_.forRows(rows);
        int p = 0;
        for (int r = 0; r < rows; ++r) {
            const PendingSample& sample = samples_[begin + static_cast<std::size_t>(r)];
            insert.bind(p + 1, sample.seriesId).bind(p + 2, sample.timeNs).bind(p + 3, sample.value);
            p += 3;
        }
        insert.run();
    }
    samples_.clear();
}

void WorkspaceWriter::addTraceGroundTruth(TraceGroundTruth&& truth)
{
    upsertGroundTruth_.bindStatic(1, truth.traceId)
        .bind(2, truth.abnormal ? 1 : 0)
        .bindStatic(3, truth.faultType)
        .bindStatic(4, truth.source)
        .run();
    ++summary_.groundTruthTraces;
}

void WorkspaceWriter::addFaultInjection(FaultInjection&& fault)
{
    insertFault_.bind(1, fault.startNs)
        .bind(2, fault.endNs)
        .bindStatic(3, fault.service)
        .bindStatic(4, fault.instance)
        .bindStatic(5, fault.faultType)
        .bindStatic(6, fault.source)
        .bindStatic(7, fault.detail)
        .bind(8, importId_)
        .run();
    ++summary_.faultInjections;
}

void WorkspaceWriter::warn(const std::string& message)
{
    if (summary_.warnings.size() < kMaxKeptWarnings)
        summary_.warnings.push_back(message);
    else
        ++suppressedWarnings_;
}

ImportSummary WorkspaceWriter::finish(Progress& progress)
{
    flushLogs();
    flushSamples();
    // Traces the importer never ended, in the order their first span arrived.
    std::vector<std::pair<std::uint64_t, std::vector<Span>>> remaining;
    remaining.reserve(pending_.size());
    for (auto& [id, trace] : pending_)
        remaining.emplace_back(trace.arrival, std::move(trace.spans));
    pending_.clear();
    lastBuffer_ = nullptr;
    std::sort(remaining.begin(), remaining.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < remaining.size(); ++i) {
        if ((i & 0x3ff) == 0) {
            progress.checkCancelled();
            progress.report(0.6 * static_cast<double>(i) / static_cast<double>(remaining.size()), "writing traces");
        }
        writeTrace(std::move(remaining[i].second));
    }
    remaining.clear();
    traces_.flush();

    if (tracesWritten_ > 0) {
        SubProgress statistics(progress, 0.6, 0.95);
        refreshCallPathStatistics(db_, traces_.completeCallPathSample(), statistics);
    }
    progress.checkCancelled();

    summary_.traces = tracesCreated_ + static_cast<std::int64_t>(tracesExtended_.size());
    summary_.orphanSpans = std::max<std::int64_t>(orphanDelta_, 0);
    if (suppressedWarnings_ > 0)
        summary_.warnings.push_back(plural(suppressedWarnings_, "more warning", "more warnings") + " not shown");
    if (orphanDelta_ > 0)
        summary_.warnings.push_back(plural(orphanDelta_, "span whose parent is missing was kept as an orphan",
                                           "spans whose parent is missing were kept as orphans"));
    else if (orphanDelta_ < 0)
        summary_.warnings.push_back(plural(-orphanDelta_, "orphan span from an earlier import found its parent",
                                           "orphan spans from earlier imports found their parents"));
    if (repeatedSpans_ > 0)
        summary_.warnings.push_back(plural(repeatedSpans_, "span was already in the workspace and was skipped",
                                           "spans were already in the workspace and were skipped"));
    if (duplicateSpanIds_ > 0)
        summary_.warnings.push_back(plural(duplicateSpanIds_, "span repeats the id of another span of its trace",
                                           "spans repeat the id of another span of their trace"));

    updateCounters();
    recordImport();
    progress.report(1.0, "import written");
    return summary_;
}

void WorkspaceWriter::updateCounters()
{
    Statement add = db_.prepare("UPDATE counters SET value = value + ?2 WHERE name = ?1");
    add.bind(1, "traces").bind(2, tracesCreated_).run();
    add.bind(1, "spans").bind(2, summary_.spans).run();
    add.bind(1, "orphan_spans").bind(2, orphanDelta_).run();
    add.bind(1, "log_records").bind(2, summary_.logRecords).run();
    add.bind(1, "metric_samples").bind(2, summary_.metricSamples).run();
    db_.prepare("UPDATE counters SET value = MAX(value, ?) WHERE name = 'last_end_ns'").bind(1, lastEndNs_).run();
    if (summary_.groundTruthTraces > 0) // upserts: only a count says how many rows there are now
        db_.exec("UPDATE counters SET value = (SELECT COUNT(*) FROM trace_ground_truth) WHERE name = 'ground_truth'");
}

void WorkspaceWriter::recordImport()
{
    std::string warnings;
    for (const std::string& warning : summary_.warnings)
        warnings += warning + "\n";
    Statement update = db_.prepare(
        "UPDATE imports SET finished_ns = ?2, traces = ?3, spans = ?4, log_records = ?5, metric_samples = ?6, "
        "ground_truth = ?7, fault_injections = ?8, orphan_spans = ?9, warnings = ?10 WHERE id = ?1");
    update.bind(1, importId_)
        .bind(2, nowNs())
        .bind(3, summary_.traces)
        .bind(4, summary_.spans)
        .bind(5, summary_.logRecords)
        .bind(6, summary_.metricSamples)
        .bind(7, summary_.groundTruthTraces)
        .bind(8, summary_.faultInjections)
        .bind(9, summary_.orphanSpans)
        .bindTextOrNull(10, warnings)
        .run();
}

} // namespace tracemark
