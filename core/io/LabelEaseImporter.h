#pragma once
// LabelEase's span table (data.csv of ccc202107/LabelEase; the same columns as the AIOps
// challenge trace data): trace_id,span_id,parent_span_id,service_name,status,timestamp,cmdb_id,
// operation_name,duration. cmdb_id is the instance, and the service when service_name is empty.
//
// Units: LabelEase reads `timestamp` as microseconds (datetime.fromtimestamp(timestamp/1e6) in its
// preprocess.py) while the AIOps challenge files use milliseconds, so the unit is judged from
// the first row's magnitude (epochUnitFromMagnitude) and every row must agree; `duration` is
// taken in the same unit (both datasets write them alike). Roots have parent_span_id "0" (see
// isRootParentMarker). status is a code or a word (statusFromCsvValue; LabelEase shows "0" as 200).
#include "core/io/Importer.h"

namespace tracemark {

class LabelEaseImporter final : public Importer {
public:
    SourceFormat format() const override { return SourceFormat::LabelEase; }
    void import(const std::filesystem::path& path, ImportSink& sink, Progress& progress) override;
};

} // namespace tracemark
