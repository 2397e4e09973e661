#pragma once
// Label files: trace labels as CSV, read for `label --file` and written for `export --format labels`.
//
// Reading accepts a header with `trace_id` and either
//   - `label`: normal | abnormal | unlabeled (any case), or
//   - LabelEase's `anomaly`: 1 (abnormal) | 0 (normal).
// With both columns (as the writer produces) `label` decides and `anomaly` must agree with it
// (empty for unlabeled). Other columns are ignored; a UTF-8 byte order mark is allowed. Rows that
// say unlabeled carry no judgement and are not returned. A trace listed twice with the same label
// is returned once (its first line); with different labels it is a ParseError naming both lines.
// Any bad row is a ParseError with file, line, field and value.
//
// Writing produces one row per trace of the workspace, in trace start order, with the header
//   trace_id,anomaly,label,source,confidence,cluster,representative
// The first two columns are LabelEase's: anomaly 1 / 0, and empty for a trace that has no label
// (LabelEase expects every trace; an empty anomaly marks the ones nobody judged). label is
// normal, abnormal or unlabeled; source human, propagated or model (empty when unlabeled);
// confidence in [0, 1] with up to 6 significant digits (empty when unlabeled); cluster is the
// trace's cluster in the current selection (empty when it has none); representative is 1 for a
// cluster's representative, else 0. Fields holding a comma, quote or line break are quoted as
// RFC 4180 says; lines end with LF. The file is written to "<file>.tmp" and renamed at the end,
// so an error or a cancel leaves no half-written file (and an existing file as it was).
#include "core/common/Progress.h"
#include "core/model/Label.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tracemark {

class Workspace;

struct LabelRow {
    std::string traceId;
    TraceLabel label = TraceLabel::Unlabeled; // Normal or Abnormal
    std::int64_t line = 0;                    // where the row starts in the file (the header is line 1)
};

// The labeled rows of a label file, in file order. Throws ParseError (bad header or row,
// conflicting duplicate) or IoError (unreadable file).
std::vector<LabelRow> readLabelsCsv(const std::filesystem::path& path);

// Writes every trace's label (see above). Throws IoError when the file cannot be written and
// Cancelled when progress is cancelled; in both cases nothing is left at `path` or `path`.tmp.
void writeLabelsCsv(Workspace& workspace, const std::filesystem::path& path, Progress& progress);

// A CSV field as RFC 4180 writes it: quoted (with quotes doubled) when it holds , " CR or LF.
std::string csvField(const std::string& text);

} // namespace tracemark
