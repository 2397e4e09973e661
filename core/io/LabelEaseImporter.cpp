#include "core/io/LabelEaseImporter.h"

#include "core/common/Error.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvSpanImporter.h"
#include "core/io/CsvSpanProgress.h"
#include "core/io/CsvSpanTime.h"

#include <optional>

namespace tracemark {

void LabelEaseImporter::import(const std::filesystem::path& path, ImportSink& sink, Progress& progress)
{
    std::error_code ec;
    const std::filesystem::path file
        = std::filesystem::is_directory(path, ec) ? path / "data.csv" : path; // the folder LabelEase reads
    CsvReader csv(file);
    const std::size_t cTrace = csv.requireColumn("trace_id");
    const std::size_t cSpan = csv.requireColumn("span_id");
    const std::size_t cParent = csv.requireColumn("parent_span_id");
    const std::size_t cTime = csv.requireColumn("timestamp");
    const std::size_t cDuration = csv.requireColumn("duration");
    const std::size_t cOperation = csv.requireColumn("operation_name");
    const auto cService = csv.column("service_name");
    const auto cInstance = csv.column("cmdb_id");
    const auto cStatus = csv.column("status");
    if (!cService && !cInstance)
        csv.requireColumn("service_name"); // throws: no column says which service ran the span

    std::optional<TimeUnit> unit;
    CsvSpanProgress fileProgress(progress, { file });
    fileProgress.beginFile(file, "spans");
    while (csv.next()) {
        fileProgress.tick([&] { return csv.fractionRead(); });
        const std::string& stamp = csv.field(cTime);
        const auto value = parseDouble(stamp);
        if (!value)
            throw ParseError(csv.location(), "timestamp", stamp, "not a number");
        const TimeUnit rowUnit = epochUnitFromMagnitude(*value);
        if (!unit)
            unit = rowUnit;
        else if (rowUnit != *unit)
            throw ParseError(csv.location(), "timestamp", stamp,
                "looks like " + std::string(toString(rowUnit)) + " while the first row was in "
                    + std::string(toString(*unit)));
        Span span;
        span.traceId = csv.field(cTrace);
        span.spanId = csv.field(cSpan);
        if (span.traceId.empty())
            throw ParseError(csv.location(), "trace_id", "", "empty trace id");
        if (span.spanId.empty())
            throw ParseError(csv.location(), "span_id", "", "empty span id");
        if (!isRootParentMarker(csv.field(cParent)))
            span.parentId = csv.field(cParent);
        if (cInstance)
            span.instance = csv.field(*cInstance);
        span.service = cService && !csv.field(*cService).empty() ? csv.field(*cService) : span.instance;
        if (span.service.empty())
            throw ParseError(csv.location(), cService ? "service_name" : "cmdb_id", "",
                "no service name (service_name and cmdb_id are both empty)");
        span.operation = csv.field(cOperation);
        const auto startNs = toNanoseconds(stamp, *unit);
        if (!startNs)
            throw ParseError(csv.location(), "timestamp", stamp, "out of range");
        span.startNs = *startNs;
        const auto duration = toNanoseconds(csv.field(cDuration), *unit);
        if (!duration || *duration < 0)
            throw ParseError(csv.location(), "duration", csv.field(cDuration),
                duration ? "negative duration" : "not a number");
        span.durationNs = *duration;
        if (cStatus) {
            const std::string& status = csv.field(*cStatus);
            const auto cls = statusFromCsvValue(status);
            if (!cls)
                throw ParseError(csv.location(), "status", status,
                    "unknown status: expected a numeric code (0, gRPC, HTTP) or ok/error");
            span.status = *cls;
            span.statusCode = status;
        }
        sink.addSpan(std::move(span));
    }
    fileProgress.endFile();
    progress.report(1.0, "LabelEase import done");
}

} // namespace tracemark
