#include "ui/jobs/ImportJob.h"

#include "core/common/Error.h"

#include <exception>
#include <new>

namespace tracemark {

namespace {

std::string describe(const ImportRequest& request)
{
    std::string text = "GUI import (" + std::string(toString(request.format)) + "):";
    for (const auto& input : request.inputs)
        text += " " + input.string();
    return text;
}

} // namespace

ImportOutcome runImport(const ImportRequest& request, Progress& progress) noexcept
{
    ImportOutcome outcome;
    try {
        if (request.inputs.empty())
            throw UsageError("nothing to import: no file or folder was chosen");
        Workspace workspace = Workspace::open(request.workspace);
        const auto count = static_cast<double>(request.inputs.size());
        outcome.summary = workspace.import(
            describe(request),
            [&](ImportSink& sink, Progress& importProgress) {
                for (std::size_t i = 0; i < request.inputs.size(); ++i) {
                    const std::filesystem::path& input = request.inputs[i];
                    importProgress.checkCancelled();
                    const SourceFormat format
                        = request.format == SourceFormat::Auto ? detectFormat(input) : request.format;
                    SubProgress part(
                        importProgress, static_cast<double>(i) / count, static_cast<double>(i + 1) / count);
                    makeImporter(format, request.options)->import(input, sink, part);
                }
            },
            progress);
        outcome.result = ImportOutcome::Result::Succeeded;
    } catch (const Cancelled&) {
        outcome.result = ImportOutcome::Result::Cancelled;
    } catch (const std::bad_alloc&) {
        outcome.error = "out of memory while importing; nothing was added to the workspace";
    } catch (const std::exception& error) {
        outcome.error = error.what();
    }
    return outcome;
}

} // namespace tracemark
