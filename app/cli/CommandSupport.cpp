#include "CommandSupport.h"

#include "ArgParser.h"
#include "OutputFormat.h"

#include "core/common/Error.h"
#include "core/io/JsonSupport.h"

#include <algorithm>
#include <chrono>
#include <ostream>

namespace tracemark::cli {

namespace fs = std::filesystem;

const std::vector<std::string>& importFormatNames()
{
    static const std::vector<std::string> names
        = { "auto", "jaeger", "zipkin", "otlp", "nezha", "deeptralog", "labelease", "csv" };
    return names;
}

SourceFormat parseSourceFormat(const std::string& name)
{
    if (auto format = sourceFormatFromString(name))
        return *format;
    throw UsageError("unknown format '" + name + "'");
}

std::vector<ImportSource> resolveSources(const std::vector<std::string>& paths, SourceFormat requested)
{
    std::vector<ImportSource> sources;
    for (const auto& p : paths) {
        std::error_code ec;
        if (!fs::exists(p, ec))
            throw IoError(p + ": no such file or folder");
    }
    sources.reserve(paths.size());
    for (const auto& p : paths)
        sources.push_back({ p, requested == SourceFormat::Auto ? detectFormat(p) : requested });
    return sources;
}

ImportSummary importSources(Workspace& workspace, const std::vector<ImportSource>& sources,
    const ImportOptions& options, TerminalProgress& progress)
{
    std::string description = "import";
    for (const auto& s : sources)
        description += " " + std::string(toString(s.format)) + ":" + s.path.string();

    const std::int64_t startNs = steadyNowNs();
    ImportSummary summary = workspace.import(
        description,
        [&](ImportSink& sink, Progress& importProgress) {
            CountingSink counting(sink);
            progress.showCount(&counting.spans, "spans");
            // The count lives in this scope; stop showing it however the scope is left.
            struct StopCounting {
                TerminalProgress& p;
                ~StopCounting() { p.showCount(nullptr, {}); }
            } stopCounting { progress };
            const double n = static_cast<double>(sources.size());
            for (std::size_t i = 0; i < sources.size(); ++i) {
                SubProgress part(importProgress, i / n, (i + 1) / n);
                makeImporter(sources[i].format, options)->import(sources[i].path, counting, part);
            }
        },
        progress);
    if (summary.seconds <= 0)
        summary.seconds = secondsSince(startNs);
    return summary;
}

void printImportSummary(std::ostream& out, const ImportSummary& s, const std::string& headline)
{
    const double spansPerSecond = s.seconds > 0 ? static_cast<double>(s.spans) / s.seconds : 0;
    out << headline << "\n";
    auto row = [&](const char* name, const std::string& value) {
        out << "  " << name << std::string(18 - std::string(name).size(), ' ') << value << "\n";
    };
    row("traces", groupedCount(s.traces));
    row("spans", groupedCount(s.spans));
    row("log records", groupedCount(s.logRecords));
    row("metric samples", groupedCount(s.metricSamples));
    row("ground truth", groupedCount(s.groundTruthTraces) + " traces");
    row("fault injections", groupedCount(s.faultInjections));
    row("orphan spans", groupedCount(s.orphanSpans));
    row("warnings", groupedCount(static_cast<std::int64_t>(s.warnings.size())));
    row("time",
        fixed(s.seconds, 3) + " s (" + groupedCount(static_cast<std::int64_t>(spansPerSecond)) + " spans/s)");
    constexpr std::size_t kShownWarnings = 10;
    for (std::size_t i = 0; i < s.warnings.size() && i < kShownWarnings; ++i)
        out << "  warning: " << s.warnings[i] << "\n";
    if (s.warnings.size() > kShownWarnings)
        out << "  ... and " << groupedCount(static_cast<std::int64_t>(s.warnings.size() - kShownWarnings))
            << " more warnings\n";
}

JsonObject importSummaryJson(const ImportSummary& s, const fs::path& workspace)
{
    std::vector<std::string> warnings;
    for (const auto& w : s.warnings)
        warnings.push_back(jsonQuote(w));
    return JsonObject()
        .add("workspace", workspace.string())
        .add("traces", s.traces)
        .add("spans", s.spans)
        .add("log_records", s.logRecords)
        .add("metric_samples", s.metricSamples)
        .add("ground_truth_traces", s.groundTruthTraces)
        .add("fault_injections", s.faultInjections)
        .add("orphan_spans", s.orphanSpans)
        .add("warnings", static_cast<std::int64_t>(s.warnings.size()))
        .addRaw("warning_messages", jsonArray(warnings))
        .add("seconds", s.seconds, 3)
        .add("spans_per_second", s.seconds > 0 ? static_cast<double>(s.spans) / s.seconds : 0.0, 0);
}

void removeWorkspaceFiles(const fs::path& workspace)
{
    std::error_code ec;
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        fs::remove(fs::path(workspace.string() + suffix), ec);
}

void moveWorkspaceInto(const fs::path& from, const fs::path& to)
{
    // A closed SQLite database in WAL mode has no -wal file left; one that remains would hold
    // pages the renamed file lacks, so refuse rather than lose them.
    std::error_code ec;
    const fs::path wal = from.string() + "-wal";
    if (fs::exists(wal, ec) && fs::file_size(wal, ec) > 0)
        throw WorkspaceError(
            from.string() + ": the workspace was not closed cleanly (its -wal file remains)");
    for (const char* suffix : { "-wal", "-shm", "-journal" })
        fs::remove(fs::path(to.string() + suffix), ec);
    fs::rename(from, to, ec);
    if (ec)
        throw IoError("cannot rename " + from.string() + " to " + to.string() + ": " + ec.message());
    for (const char* suffix : { "-wal", "-shm" })
        fs::remove(fs::path(from.string() + suffix), ec);
}

fs::path partialPath(const fs::path& target)
{
    return fs::path(target.string() + ".partial");
}

std::int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double secondsSince(std::int64_t steadyStartNs)
{
    return static_cast<double>(steadyNowNs() - steadyStartNs) / 1e9;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0.0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::pair<std::int64_t, std::int64_t> parseTimeRange(
    const std::string& command, const std::string& option, const std::string& text)
{
    auto time = [&](const std::string& part) {
        if (const auto ns = json::parseRfc3339Ns(part))
            return *ns;
        if (const auto seconds = json::parseInt64(part))
            return *seconds * 1'000'000'000;
        throw CliUsageError(command, "--" + option + ": " + quoteForMessage(part)
                                         + " is neither an RFC 3339 time (2023-01-29T08:43:04Z) nor Unix seconds");
    };
    const auto comma = text.find(',');
    if (comma == std::string::npos)
        throw CliUsageError(command, "--" + option + " wants START,END, not " + quoteForMessage(text));
    return {time(text.substr(0, comma)), time(text.substr(comma + 1))};
}

} // namespace tracemark::cli
