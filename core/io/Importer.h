#pragma once
// One importer per source format, all behind this interface. An importer streams what it reads
// into an ImportSink, reports progress and stops on cancellation; on bad input it throws
// ParseError naming the file, the line (or byte offset), the field and the value.
#include "core/common/Progress.h"
#include "core/model/ImportSink.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tracemark {

enum class SourceFormat { Auto, Jaeger, Zipkin, Otlp, Nezha, DeepTraLog, LabelEase, Csv };
std::string_view toString(SourceFormat format);
std::optional<SourceFormat> sourceFormatFromString(std::string_view name);

// Column mapping for the generic span CSV (`--map field=column,...` on the command line).
// Fields: trace_id, span_id, parent_id, service, operation, instance, start, end, duration, status.
// One of end or duration is needed. Times are read in `timeUnit` (ns, us, ms, s).
struct CsvSpanMapping {
    std::map<std::string, std::string> columns; // field -> CSV column name
    std::string timeUnit = "us";
    std::string durationUnit; // defaults to timeUnit
    char delimiter = ',';
    // Parses "trace_id=TraceID,span_id=SpanID,...". Throws UsageError on unknown fields.
    static CsvSpanMapping parse(std::string_view spec);
};

struct ImportOptions {
    CsvSpanMapping csv;
};

class Importer {
public:
    virtual ~Importer() = default;
    virtual SourceFormat format() const = 0;
    // path is a file or, for dataset formats (Nezha, DeepTraLog), a dataset folder.
    virtual void import(const std::filesystem::path& path, ImportSink& sink, Progress& progress) = 0;
};

std::unique_ptr<Importer> makeImporter(SourceFormat format, const ImportOptions& options = {});

// Looks at a path (folder layout, file name, first bytes) and names its format. Throws Error
// with an explanation when nothing matches.
SourceFormat detectFormat(const std::filesystem::path& path);

} // namespace tracemark
