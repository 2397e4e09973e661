#include "ui/jobs/ImportJob.h"

#include "core/common/Error.h"

#include <exception>
#include <new>

namespace tracemark {

namespace {

std::string describe(const ImportRequest& request)
{
    // The formats as chosen ("auto" where detection decides), for the audit log.
    std::string text = "GUI import:";
    for (std::size_t i = 0; i < request.inputs.size(); ++i) {
        const SourceFormat chosen = i < request.formats.size() && request.formats[i] != SourceFormat::Auto
            ? request.formats[i]
            : request.format;
        text += " " + std::string(toString(chosen)) + " " + request.inputs[i].string();
    }
    return text;
}

} // namespace

SourceFormat formatOfInput(const ImportRequest& request, std::size_t index)
{
    SourceFormat format = request.format;
    if (index < request.formats.size() && request.formats[index] != SourceFormat::Auto)
        format = request.formats[index];
    return format == SourceFormat::Auto ? detectFormat(request.inputs.at(index)) : format;
}

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
                    const SourceFormat format = formatOfInput(request, i);
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
