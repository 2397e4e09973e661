#include "core/io/LabelsCsv.h"

#include "core/common/Error.h"
#include "core/io/CsvReader.h"
#include "core/store/Workspace.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <unordered_map>

namespace tracemark {

namespace {

std::string lowercase(std::string_view text)
{
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// A header column by name, ignoring case, surrounding blanks and a byte order mark.
std::optional<std::size_t> findColumn(const CsvReader& csv, std::string_view name)
{
    const std::vector<std::string>& header = csv.header();
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string_view cell = header[i];
        if (i == 0 && cell.substr(0, 3) == "\xEF\xBB\xBF")
            cell.remove_prefix(3);
        if (lowercase(trimmed(cell)) == name)
            return i;
    }
    return std::nullopt;
}

TraceLabel labelFromLabelColumn(const CsvReader& csv, std::size_t column)
{
    const std::string value = lowercase(trimmed(csv.field(column)));
    const std::optional<TraceLabel> label = traceLabelFromString(value);
    if (!label)
        throw ParseError(csv.location(), csv.header()[column], csv.field(column),
                         "not a label (expected normal, abnormal or unlabeled)");
    return *label;
}

// LabelEase: 1 = abnormal, 0 = normal; empty only where a label column says unlabeled.
std::optional<TraceLabel> labelFromAnomalyColumn(const CsvReader& csv, std::size_t column)
{
    const std::string_view value = trimmed(csv.field(column));
    if (value == "1")
        return TraceLabel::Abnormal;
    if (value == "0")
        return TraceLabel::Normal;
    if (value.empty())
        return std::nullopt;
    throw ParseError(csv.location(), csv.header()[column], csv.field(column), "not an anomaly flag (expected 0 or 1)");
}

struct FirstSeen {
    TraceLabel label;
    std::int64_t line;
};

void writeOrThrow(std::ofstream& file, const std::filesystem::path& tmp)
{
    if (!file)
        throw IoError(tmp.string() + ": write failed: " + std::strerror(errno));
}

std::string confidenceText(double confidence)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", confidence);
    return text;
}

// Streams the rows in trace start order; one statement, so one consistent snapshot.
void writeRows(Workspace& workspace, std::ofstream& file, const std::filesystem::path& tmp, Progress& progress)
{
    const std::int64_t traces = workspace.info().traces;
    Statement rows = workspace.database().prepare(
        "SELECT t.trace_id, l.label, l.source, l.confidence, m.cluster, c.representative_key = t.id "
        "FROM traces t INDEXED BY traces_by_start "
        "LEFT JOIN labels l ON l.trace_key = t.id "
        "LEFT JOIN trace_clusters m ON m.trace_key = t.id "
        "LEFT JOIN clusters c ON c.cluster = m.cluster "
        "ORDER BY t.start_ns, t.id");
    std::string line;
    std::int64_t written = 0;
    progress.checkCancelled();
    while (rows.step()) {
        line = csvField(rows.text(0));
        if (rows.isNull(1)) {
            line += ",,unlabeled,,";
        } else {
            const auto label = static_cast<TraceLabel>(rows.int64(1));
            line += label == TraceLabel::Abnormal ? ",1," : ",0,";
            line += toString(label);
            line += ',';
            line += toString(static_cast<LabelSource>(rows.int64(2)));
            line += ',';
            line += confidenceText(rows.real(3));
        }
        line += ',';
        if (!rows.isNull(4))
            line += std::to_string(rows.int64(4));
        line += !rows.isNull(5) && rows.int64(5) != 0 ? ",1\n" : ",0\n";
        file.write(line.data(), static_cast<std::streamsize>(line.size()));
        if ((++written & 0xfff) == 0) {
            writeOrThrow(file, tmp);
            progress.checkCancelled();
            progress.report(traces > 0 ? static_cast<double>(written) / static_cast<double>(traces) : -1.0,
                            "writing labels");
        }
    }
}

} // namespace

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::vector<LabelRow> readLabelsCsv(const std::filesystem::path& path)
{
    CsvReader csv(path);
    const std::optional<std::size_t> traceIdColumn = findColumn(csv, "trace_id");
    if (!traceIdColumn)
        throw ParseError({path.string(), 1, -1}, "trace_id", "", "missing column in the header of a label file");
    const std::optional<std::size_t> labelColumn = findColumn(csv, "label");
    const std::optional<std::size_t> anomalyColumn = findColumn(csv, "anomaly");
    if (!labelColumn && !anomalyColumn)
        throw ParseError({path.string(), 1, -1}, "", "",
                         "a label file needs a 'trace_id' column and a 'label' (normal|abnormal) or LabelEase "
                         "'anomaly' (0|1) column");

    std::vector<LabelRow> rows;
    std::unordered_map<std::string, FirstSeen> seen;
    while (csv.next()) {
        const std::string& traceId = csv.field(*traceIdColumn);
        if (traceId.empty())
            throw ParseError(csv.location(), csv.header()[*traceIdColumn], "", "empty trace id");
        TraceLabel label = TraceLabel::Unlabeled;
        if (labelColumn) {
            label = labelFromLabelColumn(csv, *labelColumn);
            if (anomalyColumn) {
                const std::optional<TraceLabel> flag = labelFromAnomalyColumn(csv, *anomalyColumn);
                if (flag.value_or(TraceLabel::Unlabeled) != label)
                    throw ParseError(csv.location(), csv.header()[*anomalyColumn], csv.field(*anomalyColumn),
                                     "disagrees with label '" + csv.field(*labelColumn) + "'");
            }
        } else {
            const std::optional<TraceLabel> flag = labelFromAnomalyColumn(csv, *anomalyColumn);
            if (!flag)
                throw ParseError(csv.location(), csv.header()[*anomalyColumn], "",
                                 "empty anomaly flag (expected 0 or 1)");
            label = *flag;
        }

        const auto [first, inserted] = seen.emplace(traceId, FirstSeen{label, csv.recordLine()});
        if (!inserted) {
            if (first->second.label != label)
                throw ParseError(csv.location(), csv.header()[*traceIdColumn], traceId,
                                 "labelled " + std::string(toString(label)) + " here but "
                                     + std::string(toString(first->second.label)) + " on line "
                                     + std::to_string(first->second.line));
            continue; // the same judgement twice
        }
        if (label != TraceLabel::Unlabeled)
            rows.push_back({traceId, label, csv.recordLine()});
    }
    return rows;
}

void writeLabelsCsv(Workspace& workspace, const std::filesystem::path& path, Progress& progress)
{
    std::filesystem::path tmp = path;
    tmp += ".tmp";
    std::error_code ec;
    try {
        std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
        if (!file)
            throw IoError(tmp.string() + ": cannot open for writing: " + std::strerror(errno));
        file << "trace_id,anomaly,label,source,confidence,cluster,representative\n";
        writeRows(workspace, file, tmp, progress);
        progress.checkCancelled();
        file.flush();
        file.close();
        writeOrThrow(file, tmp);
    } catch (...) {
        std::filesystem::remove(tmp, ec);
        throw;
    }
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        throw IoError("cannot rename " + tmp.string() + " to " + path.string() + ": " + ec.message());
    }
    progress.report(1.0, "labels written to " + path.string());
}

} // namespace tracemark
