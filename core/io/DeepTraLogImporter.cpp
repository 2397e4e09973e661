#include "core/io/DeepTraLogImporter.h"

#include "core/common/Error.h"
#include "core/io/CsvReader.h"
#include "core/io/DeepTraLogReaders.h"

#include <algorithm>
#include <unordered_set>

namespace tracemark {

namespace fs = std::filesystem;

namespace {
bool contains(const std::string& s, std::string_view part)
{
    return s.find(part) != std::string::npos;
}
bool endsWith(const std::string& s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isSpanFile(const std::string& name)
{
    return contains(name, "SpanData") && (endsWith(name, ".csv") || endsWith(name, ".csv.gz"));
}
// Raw logs only: the Drain outputs next to them (*_structured.csv, *_templates.csv) are derived
// from the same lines.
bool isRawLogFile(const std::string& name)
{
    return contains(name, "raw_log") && (endsWith(name, ".log") || endsWith(name, ".log.gz"));
}
bool isLabelFile(const std::string& name)
{
    return name == "TraceAnomaly.csv" || name == "TraceAnomaly.csv.gz";
}

struct DeepTraLogFiles {
    std::vector<fs::path> spans, logs;
    std::optional<fs::path> labels;
    bool labelsOnly = false; // the import path is the label file itself
};

DeepTraLogFiles findFiles(const fs::path& path)
{
    DeepTraLogFiles files;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw IoError(path.string() + ": no such file or folder");
    const bool folder = fs::is_directory(path, ec);
    if (!folder) {
        const std::string name = path.filename().string();
        if (isLabelFile(name)) {
            files.labels = path;
            files.labelsOnly = true;
            return files;
        }
        if (isRawLogFile(name))
            files.logs.push_back(path);
        else
            files.spans.push_back(path); // its header is checked when read
    } else {
        for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
            if (!it->is_regular_file(ec))
                continue;
            const std::string name = it->path().filename().string();
            if (isSpanFile(name))
                files.spans.push_back(it->path());
            else if (isRawLogFile(name))
                files.logs.push_back(it->path());
            else if (isLabelFile(name) && it->path().parent_path().filename() == "results")
                files.labels = it->path();
        }
        std::sort(files.spans.begin(), files.spans.end());
        std::sort(files.logs.begin(), files.logs.end());
    }
    // Importing a sub-folder (TraceLogData/F05/F05-01) or one file: the labels live in
    // <root>/results/, a few levels up.
    fs::path up = fs::absolute(folder ? path : path.parent_path()).lexically_normal();
    for (int level = 0; !files.labels && level < 5; ++level, up = up.parent_path()) {
        for (const char* name : { "TraceAnomaly.csv.gz", "TraceAnomaly.csv" })
            if (fs::is_regular_file(up / "results" / name, ec)) {
                files.labels = up / "results" / name;
                break;
            }
        if (up.parent_path() == up)
            break;
    }
    if (files.spans.empty() && files.logs.empty())
        throw Error(path.string()
            + ": no DeepTraLog data found (expected *SpanData*.csv(.gz) span files or *raw_log*.log(.gz) "
              "logs below it)");
    return files;
}

// Whether a span file comes from the fault-free runs: a "normal" folder right below
// TraceLogData/, or (when the path has no TraceLogData) any "normal" folder from the import root down.
bool isNormalRun(const fs::path& file, const fs::path& importRoot)
{
    const fs::path absolute = fs::absolute(file).lexically_normal();
    std::vector<std::string> parts;
    for (const auto& p : absolute.parent_path())
        parts.push_back(p.string());
    const auto traceLogData = std::find(parts.rbegin(), parts.rend(), "TraceLogData");
    if (traceLogData != parts.rend()) {
        const auto next = traceLogData.base(); // the component after TraceLogData
        return next != parts.end() && *next == "normal";
    }
    const fs::path root = fs::absolute(importRoot).lexically_normal();
    if (root.filename() == "normal")
        return true;
    for (const auto& p : absolute.parent_path().lexically_relative(root))
        if (p == "normal")
            return true;
    return false;
}

void readGroundTruth(const fs::path& file, bool allRows, DeepTraLogImportState& state)
{
    CsvReader csv(file);
    const std::size_t cLabel = csv.requireColumn("label");
    const std::size_t cTrace = csv.requireColumn("trace_id");
    const std::size_t cType = csv.requireColumn("error_type");
    std::unordered_set<std::string> labelled;
    state.progress.beginFile(file, "ground truth");
    while (csv.next()) {
        state.progress.tick([&] { return csv.fractionRead(); });
        const std::string& traceId = csv.field(cTrace);
        if (!allRows && state.traceIds.count(traceId) == 0)
            continue;
        const std::string& label = csv.field(cLabel);
        if (label != "0" && label != "1")
            throw ParseError(csv.location(), "label", label, "expected 0 (normal) or 1 (abnormal)");
        TraceGroundTruth truth;
        truth.traceId = traceId;
        truth.abnormal = label == "1";
        truth.faultType = csv.field(cType);
        truth.source = "deeptralog";
        labelled.insert(traceId);
        state.sink.addTraceGroundTruth(std::move(truth));
    }
    state.progress.endFile();
    std::vector<std::string> normal;
    for (const auto& id : state.normalRunTraces)
        if (labelled.count(id) == 0)
            normal.push_back(id);
    std::sort(normal.begin(), normal.end()); // deterministic order
    for (auto& id : normal)
        state.sink.addTraceGroundTruth({ std::move(id), false, "normal", "deeptralog" });
}
} // namespace

bool looksLikeDeepTraLogFolder(const fs::path& folder)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return false;
    if (fs::is_directory(folder / "TraceLogData", ec))
        return true;
    // Span files lie at most two levels below (F05/F05-01/ERROR_SpanData.csv.gz from TraceLogData/).
    for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        if (it.depth() >= 2)
            it.disable_recursion_pending();
        if (it->is_regular_file(ec) && isSpanFile(it->path().filename().string()))
            return true;
    }
    return false;
}

void DeepTraLogImporter::import(const fs::path& path, ImportSink& sink, Progress& progress)
{
    const DeepTraLogFiles files = findFiles(path);
    std::vector<fs::path> all = files.spans;
    all.insert(all.end(), files.logs.begin(), files.logs.end());
    if (files.labels)
        all.push_back(*files.labels);
    CsvSpanProgress fileProgress(progress, all);
    DeepTraLogImportState state(sink, fileProgress);

    for (const auto& f : files.spans)
        readDeepTraLogSpanFile(f, isNormalRun(f, path), state);
    for (const auto& f : files.logs)
        readDeepTraLogRawLog(f, state);
    if (files.labels)
        readGroundTruth(*files.labels, files.labelsOnly, state);

    if (state.repeatedSpans > 0)
        sink.warn(path.string() + ": " + std::to_string(state.repeatedSpans)
            + " span rows repeat an earlier row with the same TraceId and SpanId (a run's ERROR and "
              "SUCCESS files share traces); each span was imported once");
    progress.report(1.0, "DeepTraLog import done");
}

} // namespace tracemark
