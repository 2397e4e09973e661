#pragma once
// Generic span CSV: any CSV with one span per row, its columns named by a CsvSpanMapping
// (`--map trace_id=TraceID,span_id=SpanID,...`). Required fields: trace_id, span_id, service,
// start, and end or duration; optional: parent_id, operation, instance, status.
// start/end are numbers in mapping.timeUnit or "YYYY-MM-DD HH:MM:SS[.fff]" times (UTC);
// duration is a number in mapping.durationUnit (default: timeUnit).
#include "core/io/Importer.h"
#include "core/model/Status.h"

#include <optional>
#include <string_view>

namespace tracemark {

class CsvSpanImporter final : public Importer {
public:
    explicit CsvSpanImporter(CsvSpanMapping mapping); // throws UsageError on an incomplete mapping
    SourceFormat format() const override { return SourceFormat::Csv; }
    void import(const std::filesystem::path& path, ImportSink& sink, Progress& progress) override;

private:
    CsvSpanMapping mapping_;
};

// Checks that the mapping names only known fields, all required ones, and valid time units.
// Throws UsageError saying what is wrong.
void validateCsvSpanMapping(const CsvSpanMapping& mapping);

// Parent ids that mark a root span in span CSVs. Explicit list: "" (none), "root" (Nezha),
// "-1" (SkyWalking/DeepTraLog), "0" (LabelEase, AIOps challenge data), "null", "None", "nan"
// (as written by pandas and JSON exports).
bool isRootParentMarker(std::string_view parentId);

// A status column's value as a class: "" -> Ok; integers: 0 -> Ok, 1..16 gRPC codes,
// 100..599 HTTP codes (also "404 Not Found"), others -> Error; words (any case): ok, success,
// unset, normal, STATUS_CODE_OK/UNSET -> Ok; error, fail(ed/ure), exception, timeout,
// STATUS_CODE_ERROR -> Error. nullopt for anything else (e.g. "true", whose meaning depends on
// the column).
std::optional<StatusClass> statusFromCsvValue(std::string_view value);

} // namespace tracemark
