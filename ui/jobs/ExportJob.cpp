#include "ui/jobs/ExportJob.h"

#include "core/common/Error.h"
#include "core/io/LabelsCsv.h"
#include "core/io/RootCauseExport.h"
#include "core/store/Workspace.h"

#include <chrono>
#include <exception>
#include <new>

namespace tracemark {

const std::vector<ExportFormat>& exportFormats()
{
    static const std::vector<ExportFormat> all
        = { ExportFormat::Labels, ExportFormat::GroundTruth, ExportFormat::RootCauses, ExportFormat::Jaeger };
    return all;
}

std::string exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Labels:
        return "labels";
    case ExportFormat::GroundTruth:
        return "groundtruth";
    case ExportFormat::RootCauses:
        return "rootcauses";
    case ExportFormat::Jaeger:
        return "jaeger";
    }
    return {};
}

std::string defaultExportFileName(ExportFormat format, const std::string& workspaceStem)
{
    switch (format) {
    case ExportFormat::Labels:
        return "labels.csv";
    case ExportFormat::GroundTruth:
        return "groundtruth.json";
    case ExportFormat::RootCauses:
        return "rootcauses.json";
    case ExportFormat::Jaeger:
        return (workspaceStem.empty() ? std::string("traces") : workspaceStem + "-traces") + ".json";
    }
    return {};
}

bool exportCountsTraces(ExportFormat format)
{
    return format == ExportFormat::Labels || format == ExportFormat::Jaeger;
}

ExportOutcome runExport(const ExportRequest& request, Progress& progress) noexcept
{
    ExportOutcome outcome;
    const auto started = std::chrono::steady_clock::now();
    try {
        if (request.output.empty())
            throw UsageError("no output file was chosen");
        Workspace workspace = Workspace::open(request.workspace);
        progress.checkCancelled();
        switch (request.format) {
        case ExportFormat::Labels:
            writeLabelsCsv(workspace, request.output, progress);
            outcome.written = workspace.info().traces;
            break;
        case ExportFormat::Jaeger:
            exportJaegerJson(workspace, request.output, progress, request.jaeger);
            outcome.written = workspace.info().traces;
            break;
        // A handful of periods: written in one go, too quick to need progress or a cancel point.
        case ExportFormat::GroundTruth:
            outcome.written = writeGroundTruthJson(workspace, request.output);
            break;
        case ExportFormat::RootCauses:
            outcome.written = writeRootCauseJson(workspace, request.output);
            break;
        }
        std::error_code ec;
        const std::uintmax_t bytes = std::filesystem::file_size(request.output, ec);
        outcome.bytes = ec ? 0 : bytes;
        outcome.result = ExportOutcome::Result::Succeeded;
    } catch (const Cancelled&) {
        outcome.result = ExportOutcome::Result::Cancelled;
    } catch (const std::bad_alloc&) {
        outcome.error = "out of memory while exporting; the file was not written";
    } catch (const std::exception& error) {
        outcome.error = error.what();
    }
    outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return outcome;
}

} // namespace tracemark
