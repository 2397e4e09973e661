#include "ui/jobs/PreviewJob.h"

#include "core/common/Error.h"

#include <algorithm>
#include <exception>
#include <new>
#include <set>
#include <unordered_map>

namespace tracemark {

namespace {

// Thrown by the sink to stop the importer once the preview has what it needs.
struct PreviewComplete { };

class PreviewSink final : public ImportSink {
public:
    PreviewSink(ImportPreview& preview, const PreviewLimits& limits)
        : preview_(preview)
        , limits_(limits)
    {
    }

    void addSpan(Span&& span) override
    {
        ++preview_.spansRead;
        auto found = index_.find(span.traceId);
        if (found == index_.end()) {
            if (static_cast<int>(traces_.size()) >= limits_.traces) {
                preview_.moreTraces = true;
                stopIfFull();
                return;
            }
            found = index_.emplace(span.traceId, traces_.size()).first;
            traces_.push_back({});
            traces_.back().row.traceId = span.traceId;
            traces_.back().row.startNs = span.startNs;
            traces_.back().endNs = span.endNs();
        }
        Building& trace = traces_[found->second];
        ++trace.row.spans;
        trace.row.startNs = std::min(trace.row.startNs, span.startNs);
        trace.endNs = std::max(trace.endNs, span.endNs());
        trace.services.insert(span.service);
        if (preview_.spansRead >= limits_.spans)
            throw PreviewComplete {};
    }

    void endTrace(std::string_view traceId) override
    {
        const auto found = index_.find(std::string(traceId));
        if (found != index_.end() && !traces_[found->second].ended) {
            traces_[found->second].ended = true;
            ++ended_;
        }
        stopIfFull();
    }

    void addLog(LogRecord&&) override
    {
        ++preview_.logRecords;
        countOther();
    }
    void addMetric(MetricSample&&) override
    {
        ++preview_.metricSamples;
        countOther();
    }
    void addTraceGroundTruth(TraceGroundTruth&&) override { }
    void addFaultInjection(FaultInjection&&) override { }
    void warn(const std::string& message) override
    {
        if (preview_.warnings.size() < 20)
            preview_.warnings.push_back(message);
    }

    // Moves what was collected into the preview (also after an error: what came before it).
    void finish()
    {
        for (Building& trace : traces_) {
            trace.row.services = static_cast<std::int64_t>(trace.services.size());
            trace.row.durationNs = trace.endNs - trace.row.startNs;
            preview_.traces.push_back(std::move(trace.row));
        }
        traces_.clear();
    }

private:
    struct Building {
        TracePreviewRow row;
        std::int64_t endNs = 0;
        std::set<std::string> services;
        bool ended = false;
    };

    void stopIfFull() const
    {
        if (ended_ >= limits_.traces)
            throw PreviewComplete {};
    }
    void countOther() const
    {
        if (preview_.logRecords + preview_.metricSamples >= limits_.otherRecords)
            throw PreviewComplete {};
    }

    ImportPreview& preview_;
    const PreviewLimits& limits_;
    std::vector<Building> traces_;
    std::unordered_map<std::string, std::size_t> index_;
    int ended_ = 0;
};

} // namespace

ImportPreview previewImport(const std::filesystem::path& input, SourceFormat format, const ImportOptions& options,
    Progress& progress, const PreviewLimits& limits) noexcept
{
    ImportPreview preview;
    PreviewSink sink(preview, limits);
    try {
        if (format == SourceFormat::Auto)
            throw UsageError("the preview needs a format");
        makeImporter(format, options)->import(input, sink, progress);
        preview.wholeInputRead = true;
    } catch (const PreviewComplete&) {
    } catch (const Cancelled&) {
        preview.cancelled = true;
    } catch (const std::bad_alloc&) {
        preview.error = "out of memory while reading " + input.string();
    } catch (const std::exception& error) {
        preview.error = error.what();
    }
    try {
        sink.finish();
    } catch (const std::bad_alloc&) {
        preview.traces.clear();
    }
    return preview;
}

} // namespace tracemark
