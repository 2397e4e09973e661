#pragma once
// Helpers shared by the tests: a sink that collects what importers emit, temporary folders,
// and the location of the real datasets.
#include "core/common/Error.h"
#include "core/common/Progress.h"
#include "core/model/ImportSink.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace tracemark::test {

// Collects everything an importer or the simulator emits, in order.
class CollectingSink : public ImportSink {
public:
    void addSpan(Span&& span) override { spans.push_back(std::move(span)); }
    void endTrace(std::string_view traceId) override { endedTraces.emplace_back(traceId); }
    void addLog(LogRecord&& record) override { logs.push_back(std::move(record)); }
    void addMetric(MetricSample&& sample) override { metrics.push_back(std::move(sample)); }
    void addTraceGroundTruth(TraceGroundTruth&& truth) override { truths.push_back(std::move(truth)); }
    void addFaultInjection(FaultInjection&& fault) override { faults.push_back(std::move(fault)); }
    void warn(const std::string& message) override { warnings.push_back(message); }

    const Span* findSpan(const std::string& spanId) const;
    std::vector<const Span*> spansOfTrace(const std::string& traceId) const;

    std::vector<Span> spans;
    std::vector<std::string> endedTraces;
    std::vector<LogRecord> logs;
    std::vector<MetricSample> metrics;
    std::vector<TraceGroundTruth> truths;
    std::vector<FaultInjection> faults;
    std::vector<std::string> warnings;
};

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    // Writes text to a file in the folder (gzip-compressed when the name ends in .gz).
    std::filesystem::path write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path path_;
};

// ../shared/datasets (or $TRACEMARK_DATASETS) when it exists, else nullopt.
std::optional<std::filesystem::path> datasetsDir();
std::string datasetsSearchPath();

// Writes `text` to dir/name (gzipped for *.gz) and imports it with a fresh ImporterT.
template <class ImporterT>
CollectingSink importText(const TempDir& dir, const std::string& name, const std::string& text)
{
    CollectingSink sink;
    NullProgress progress;
    ImporterT().import(dir.write(name, text), sink, progress);
    return sink;
}

// The message of the ParseError that importing `text` raises, or "no ParseError".
template <class ImporterT>
std::string parseErrorOf(const TempDir& dir, const std::string& name, const std::string& text)
{
    try {
        importText<ImporterT>(dir, name, text);
    } catch (const ParseError& e) {
        return e.what();
    }
    return "no ParseError";
}

bool hasAttribute(const Span& span, const std::string& key, const std::string& value);
bool hasAttributeKey(const Span& span, const std::string& key);

// Runs a command line and returns its exit status; stdout+stderr go to *output when given.
int runCommand(const std::string& commandLine, std::string* output = nullptr);
// Path of the built tracemark-cli.
std::string cliPath();

} // namespace tracemark::test
