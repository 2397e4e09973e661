#pragma once
// Recomputes the exact per-call-path duration statistics (count, mean, std, median, p95) stored
// in call_paths at the end of an import.
#include "core/common/Progress.h"
#include "core/graph/DurationStatistics.h"
#include "core/store/Database.h"

namespace tracemark {

// `completeSample`: every span duration of the workspace by call path, when the caller has it
// (first import into an empty workspace); otherwise nullptr and the spans table is scanned once.
// Rows of call paths no span uses any more are removed.
void refreshCallPathStatistics(Database& db, CallPathStatistics* completeSample, Progress& progress);

} // namespace tracemark
