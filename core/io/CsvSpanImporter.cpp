#include "core/io/CsvSpanImporter.h"

#include "core/common/Error.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvSpanProgress.h"
#include "core/io/CsvSpanTime.h"

#include <algorithm>
#include <cctype>

namespace tracemark {

namespace {
const char* const kKnownFields[] = { "trace_id", "span_id", "parent_id", "service", "operation", "instance",
    "start", "end", "duration", "status" };
const char* const kRequiredFields[] = { "trace_id", "span_id", "service", "start" };

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

TimeUnit unitOrThrow(const std::string& name, const char* what)
{
    if (auto unit = timeUnitFromString(name))
        return *unit;
    throw UsageError(std::string(what) + " '" + name + "' is not one of ns, us, ms, s");
}

std::optional<std::size_t> optionalColumn(
    const CsvReader& csv, const CsvSpanMapping& mapping, const char* field)
{
    auto it = mapping.columns.find(field);
    if (it == mapping.columns.end())
        return std::nullopt;
    return csv.requireColumn(it->second);
}
} // namespace

void validateCsvSpanMapping(const CsvSpanMapping& mapping)
{
    std::string known;
    for (const char* f : kKnownFields)
        known += (known.empty() ? "" : ", ") + std::string(f);
    for (const auto& [field, column] : mapping.columns) {
        if (std::find_if(
                std::begin(kKnownFields), std::end(kKnownFields), [&](const char* k) { return field == k; })
            == std::end(kKnownFields))
            throw UsageError("unknown CSV mapping field '" + field + "' (fields: " + known + ")");
        if (column.empty())
            throw UsageError("CSV mapping field '" + field + "' names no column");
    }
    std::string missing;
    for (const char* f : kRequiredFields)
        if (mapping.columns.count(f) == 0)
            missing += (missing.empty() ? "" : ", ") + std::string(f);
    if (mapping.columns.count("end") == 0 && mapping.columns.count("duration") == 0)
        missing += (missing.empty() ? "" : ", ") + std::string("end or duration");
    if (!missing.empty())
        throw UsageError("the CSV mapping lacks " + missing
            + " (e.g. --map trace_id=TraceID,span_id=SpanID,"
              "parent_id=ParentID,service=Service,operation=Op,start=Start,duration=Dur)");
    unitOrThrow(mapping.timeUnit, "time unit");
    if (!mapping.durationUnit.empty())
        unitOrThrow(mapping.durationUnit, "duration unit");
}

bool isRootParentMarker(std::string_view parentId)
{
    return parentId.empty() || parentId == "root" || parentId == "-1" || parentId == "0" || parentId == "null"
        || parentId == "None" || parentId == "nan";
}

std::optional<StatusClass> statusFromCsvValue(std::string_view value)
{
    if (value.empty())
        return StatusClass::Ok;
    std::size_t digits = 0;
    while (digits < value.size() && std::isdigit(static_cast<unsigned char>(value[digits])))
        ++digits;
    if (digits > 0 && digits <= 6 && (digits == value.size() || value[digits] == ' ')) {
        const int code = std::stoi(std::string(value.substr(0, digits)));
        if (code == 0)
            return StatusClass::Ok;
        if (code <= 16)
            return statusFromGrpcCode(code);
        if (code >= 100 && code <= 599)
            return statusFromHttpCode(code);
        return StatusClass::Error;
    }
    const std::string word = lower(value);
    if (word == "ok" || word == "success" || word == "unset" || word == "normal" || word == "status_code_ok"
        || word == "status_code_unset")
        return StatusClass::Ok;
    if (word == "error" || word == "fail" || word == "failed" || word == "failure" || word == "exception"
        || word == "timeout" || word == "status_code_error")
        return StatusClass::Error;
    return std::nullopt;
}

CsvSpanImporter::CsvSpanImporter(CsvSpanMapping mapping)
    : mapping_(std::move(mapping))
{
    validateCsvSpanMapping(mapping_);
}

void CsvSpanImporter::import(const std::filesystem::path& path, ImportSink& sink, Progress& progress)
{
    const TimeUnit timeUnit = unitOrThrow(mapping_.timeUnit, "time unit");
    const TimeUnit durationUnit
        = mapping_.durationUnit.empty() ? timeUnit : unitOrThrow(mapping_.durationUnit, "duration unit");
    CsvReader csv(path, mapping_.delimiter);
    const std::size_t cTrace = *optionalColumn(csv, mapping_, "trace_id");
    const std::size_t cSpan = *optionalColumn(csv, mapping_, "span_id");
    const std::size_t cService = *optionalColumn(csv, mapping_, "service");
    const std::size_t cStart = *optionalColumn(csv, mapping_, "start");
    const auto cParent = optionalColumn(csv, mapping_, "parent_id");
    const auto cOperation = optionalColumn(csv, mapping_, "operation");
    const auto cInstance = optionalColumn(csv, mapping_, "instance");
    const auto cEnd = optionalColumn(csv, mapping_, "end");
    const auto cDuration = optionalColumn(csv, mapping_, "duration");
    const auto cStatus = optionalColumn(csv, mapping_, "status");

    auto timeAt = [&](std::size_t column) {
        const std::string& text = csv.field(column);
        if (auto ns = toNanoseconds(text, timeUnit))
            return *ns;
        if (auto ns = parseUtcDateTimeNs(text))
            return *ns;
        throw ParseError(csv.location(), csv.header()[column], text,
            "expected a number in " + std::string(toString(timeUnit)) + " or a YYYY-MM-DD HH:MM:SS time");
    };

    CsvSpanProgress fileProgress(progress, { path });
    fileProgress.beginFile(path, "spans");
    while (csv.next()) {
        fileProgress.tick([&] { return csv.fractionRead(); });
        Span span;
        span.traceId = csv.field(cTrace);
        span.spanId = csv.field(cSpan);
        if (span.traceId.empty())
            throw ParseError(csv.location(), csv.header()[cTrace], "", "empty trace id");
        if (span.spanId.empty())
            throw ParseError(csv.location(), csv.header()[cSpan], "", "empty span id");
        if (cParent && !isRootParentMarker(csv.field(*cParent)))
            span.parentId = csv.field(*cParent);
        span.service = csv.field(cService);
        if (cOperation)
            span.operation = csv.field(*cOperation);
        if (cInstance)
            span.instance = csv.field(*cInstance);
        span.startNs = timeAt(cStart);
        if (cDuration) {
            const auto duration = toNanoseconds(csv.field(*cDuration), durationUnit);
            if (!duration)
                throw ParseError(csv.location(), csv.header()[*cDuration], csv.field(*cDuration),
                    "expected a number in " + std::string(toString(durationUnit)));
            span.durationNs = *duration;
        } else {
            span.durationNs = timeAt(*cEnd) - span.startNs;
        }
        if (span.durationNs < 0)
            throw ParseError(csv.location(), csv.header()[cDuration ? *cDuration : *cEnd],
                csv.field(cDuration ? *cDuration : *cEnd), "negative duration");
        if (cStatus) {
            const std::string& status = csv.field(*cStatus);
            const auto cls = statusFromCsvValue(status);
            if (!cls)
                throw ParseError(csv.location(), csv.header()[*cStatus], status,
                    "unknown status: expected a numeric code (0, gRPC, HTTP) or ok/error");
            span.status = *cls;
            span.statusCode = status;
        }
        sink.addSpan(std::move(span));
    }
    fileProgress.endFile();
    progress.report(1.0, "CSV import done");
}

} // namespace tracemark
