#pragma once
// One import as the GUI runs it on a worker thread: opens its own Workspace on the file (SQLite
// connections must not cross threads), imports every input inside a single Workspace::import
// (so several files are all-or-nothing together) and reports how it ended instead of throwing.
#include "core/common/Progress.h"
#include "core/io/Importer.h"
#include "core/store/Workspace.h"

#include <filesystem>
#include <string>
#include <vector>

namespace tracemark {

struct ImportRequest {
    std::filesystem::path workspace;
    std::vector<std::filesystem::path> inputs;
    SourceFormat format = SourceFormat::Auto; // Auto: detectFormat() per input
    // Per input (same order as `inputs`); a missing or Auto entry falls back to `format`.
    std::vector<SourceFormat> formats;
    ImportOptions options;
};

struct ImportOutcome {
    enum class Result { Succeeded, Failed, Cancelled };
    Result result = Result::Failed;
    ImportSummary summary; // valid when Succeeded
    std::string error; // the engine's message (file:line ...) when Failed
};

// The format input `index` is imported as (detectFormat() when neither names one; may throw).
SourceFormat formatOfInput(const ImportRequest& request, std::size_t index);

// Runs on the calling thread. Never throws.
ImportOutcome runImport(const ImportRequest& request, Progress& progress) noexcept;

} // namespace tracemark
