// The importer registry: format names, the generic CSV mapping, makeImporter and detectFormat.
#include "core/io/Importer.h"

#include "core/common/Error.h"
#include "core/io/CsvSpanImporter.h"
#include "core/io/DeepTraLogImporter.h"
#include "core/io/DeepTraLogReaders.h"
#include "core/io/JaegerImporter.h"
#include "core/io/LabelEaseImporter.h"
#include "core/io/NezhaImporter.h"
#include "core/io/NezhaLayout.h"
#include "core/io/OtlpImporter.h"
#include "core/io/ZipkinImporter.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <zlib.h>

namespace tracemark {

namespace fs = std::filesystem;

namespace {
struct FormatName {
    SourceFormat format;
    std::string_view name;
};
constexpr FormatName kFormatNames[] = {
    { SourceFormat::Auto, "auto" },
    { SourceFormat::Jaeger, "jaeger" },
    { SourceFormat::Zipkin, "zipkin" },
    { SourceFormat::Otlp, "otlp" },
    { SourceFormat::Nezha, "nezha" },
    { SourceFormat::DeepTraLog, "deeptralog" },
    { SourceFormat::LabelEase, "labelease" },
    { SourceFormat::Csv, "csv" },
};

std::string trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

// Detects each path's format when it is imported (makeImporter(Auto)).
class AutoDetectingImporter final : public Importer {
public:
    explicit AutoDetectingImporter(ImportOptions options)
        : options_(std::move(options))
    {
    }
    SourceFormat format() const override { return SourceFormat::Auto; }
    void import(const fs::path& path, ImportSink& sink, Progress& progress) override
    {
        makeImporter(detectFormat(path), options_)->import(path, sink, progress);
    }

private:
    ImportOptions options_;
};

// --- detection helpers

constexpr std::size_t kSniffBytes = 64 * 1024;

// The first bytes of a file, gunzipped when compressed.
std::string firstBytes(const fs::path& path)
{
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f)
        throw IoError(path.string() + ": cannot open");
    std::string out(kSniffBytes, '\0');
    const int n = gzread(f, out.data(), static_cast<unsigned>(out.size()));
    gzclose(f);
    if (n < 0)
        throw IoError(path.string() + ": read error (a damaged .gz file?)");
    out.resize(static_cast<std::size_t>(n));
    if (out.rfind("\xEF\xBB\xBF", 0) == 0)
        out.erase(0, 3);
    return out;
}

std::set<std::string> csvHeaderColumns(std::string_view text)
{
    const std::string_view line = text.substr(0, text.find('\n'));
    std::set<std::string> columns;
    std::size_t start = 0;
    for (;;) {
        const auto comma = line.find(',', start);
        std::string column
            = trim(line.substr(start, comma == std::string_view::npos ? line.npos : comma - start));
        if (column.size() >= 2 && column.front() == '"' && column.back() == '"')
            column = column.substr(1, column.size() - 2);
        columns.insert(column);
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return columns;
}

bool hasAll(const std::set<std::string>& columns, std::initializer_list<const char*> names)
{
    return std::all_of(names.begin(), names.end(), [&](const char* n) { return columns.count(n) > 0; });
}

std::optional<SourceFormat> formatOfCsvHeader(const std::set<std::string>& c)
{
    if (hasAll(c, { "trace_id", "span_id", "parent_span_id", "timestamp", "duration", "operation_name" })
        && (c.count("cmdb_id") || c.count("service_name")))
        return SourceFormat::LabelEase;
    if (hasAll(c,
            { "TraceID", "SpanID", "ParentID", "PodName", "OperationName", "StartTimeUnixNano", "Duration" })
        || hasAll(c, { "TimeUnixNano", "PodName", "TraceID", "SpanID", "Log" })
        || (hasAll(c, { "TimeStamp" }) && (c.count("PodName") || c.count("ServiceName"))))
        return SourceFormat::Nezha;
    if (hasAll(c,
            { "StartTime", "EndTime", "URL", "SpanType", "Service", "SpanId", "TraceId", "ParentSpan",
                "IsError" })
        || hasAll(c, { "label", "trace_id", "error_type" }))
        return SourceFormat::DeepTraLog;
    return std::nullopt;
}

SourceFormat detectFolderFormat(const fs::path& path)
{
    if (looksLikeNezhaFolder(path))
        return SourceFormat::Nezha;
    if (looksLikeDeepTraLogFolder(path))
        return SourceFormat::DeepTraLog;
    std::error_code ec;
    if (fs::is_regular_file(path / "data.csv", ec)
        && formatOfCsvHeader(csvHeaderColumns(firstBytes(path / "data.csv"))) == SourceFormat::LabelEase)
        return SourceFormat::LabelEase;
    throw Error(path.string()
        + ": folder not recognised: expected a Nezha dataset (rca_data/, construct_data/ or a day folder "
          "with trace/ and log/ or metric/), a DeepTraLog dataset (TraceLogData/ or *SpanData*.csv files) "
          "or a LabelEase folder with data.csv; to import single files, name them, and use --format to "
          "say what they are");
}

SourceFormat detectFileFormat(const fs::path& path)
{
    const std::string head = firstBytes(path);
    const auto firstChar = head.find_first_not_of(" \t\r\n");
    if (firstChar == std::string::npos)
        throw Error(path.string() + ": the file is empty; nothing to detect a format from");

    if (head[firstChar] == '{' || head[firstChar] == '[') {
        const std::string_view json(head);
        if (looksLikeOtlpJson(json))
            return SourceFormat::Otlp;
        if (looksLikeJaegerJson(json))
            return SourceFormat::Jaeger;
        if (looksLikeZipkinJson(json))
            return SourceFormat::Zipkin;
        if (json.find("\"inject_pod\"") != std::string_view::npos
            && json.find("\"inject_time\"") != std::string_view::npos)
            return SourceFormat::Nezha; // a Nezha fault list
        throw Error(path.string()
            + ": JSON, but neither Jaeger (operationName/traceID), Zipkin v2 (traceId/id/name/"
              "localEndpoint) nor OTLP (resourceSpans) as far as its first 64 KB show; use --format");
    }

    const std::string firstLine = head.substr(0, head.find('\n'));
    if (auto line = parseDeepTraLogLine(firstLine); line && !line->service.empty())
        return SourceFormat::DeepTraLog; // a raw log with SkyWalking context

    const auto columns = csvHeaderColumns(head);
    if (auto format = formatOfCsvHeader(columns))
        return *format;
    std::string listed;
    for (const auto& c : columns)
        listed += (listed.empty() ? "" : ", ") + c;
    if (columns.size() > 1)
        throw Error(path.string() + ": a CSV file whose columns (" + quoteForMessage(listed, 200)
            + ") match no known dataset (LabelEase, Nezha, DeepTraLog); import it with --format csv "
              "--map trace_id=...,span_id=...,service=...,start=...,duration=...");
    throw Error(path.string()
        + ": format not recognised (neither JSON nor a CSV header nor a DeepTraLog log "
          "line at the start: "
        + quoteForMessage(firstLine, 80) + "); use --format");
}
} // namespace

std::string_view toString(SourceFormat format)
{
    for (const auto& f : kFormatNames)
        if (f.format == format)
            return f.name;
    return "auto";
}

std::optional<SourceFormat> sourceFormatFromString(std::string_view name)
{
    std::string lower(name);
    std::transform(
        lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const auto& f : kFormatNames)
        if (f.name == lower)
            return f.format;
    return std::nullopt;
}

CsvSpanMapping CsvSpanMapping::parse(std::string_view spec)
{
    CsvSpanMapping mapping;
    std::size_t start = 0;
    while (start <= spec.size()) {
        const auto comma = spec.find(',', start);
        const std::string item
            = trim(spec.substr(start, comma == std::string_view::npos ? spec.npos : comma - start));
        start = comma == std::string_view::npos ? spec.size() + 1 : comma + 1;
        if (item.empty())
            continue;
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            throw UsageError("CSV mapping item '" + item + "' is not FIELD=COLUMN");
        const std::string field = trim(item.substr(0, eq));
        const std::string column = trim(item.substr(eq + 1));
        if (field.empty() || column.empty())
            throw UsageError("CSV mapping item '" + item + "' needs both a field and a column name");
        if (!mapping.columns.emplace(field, column).second)
            throw UsageError("CSV mapping names field '" + field + "' twice");
    }
    validateCsvSpanMapping(mapping);
    return mapping;
}

std::unique_ptr<Importer> makeImporter(SourceFormat format, const ImportOptions& options)
{
    switch (format) {
    case SourceFormat::Auto:
        return std::make_unique<AutoDetectingImporter>(options);
    case SourceFormat::Jaeger:
        return std::make_unique<JaegerImporter>();
    case SourceFormat::Zipkin:
        return std::make_unique<ZipkinImporter>();
    case SourceFormat::Otlp:
        return std::make_unique<OtlpImporter>();
    case SourceFormat::Nezha:
        return std::make_unique<NezhaImporter>();
    case SourceFormat::DeepTraLog:
        return std::make_unique<DeepTraLogImporter>();
    case SourceFormat::LabelEase:
        return std::make_unique<LabelEaseImporter>();
    case SourceFormat::Csv:
        return std::make_unique<CsvSpanImporter>(options.csv);
    }
    throw UsageError("unknown source format");
}

SourceFormat detectFormat(const fs::path& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw IoError(path.string() + ": no such file or folder");
    return fs::is_directory(path, ec) ? detectFolderFormat(path) : detectFileFormat(path);
}

} // namespace tracemark
