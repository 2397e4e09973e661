#pragma once
// What the labeling commands (select, propagate, suggest, evaluate) share: the workspace's trace
// vectors with each row's facts, and the human labels as rows of that matrix.
#include "core/common/Progress.h"
#include "core/model/Label.h"
#include "core/select/Propagation.h"
#include "core/store/Workspace.h"
#include "ml/baselines/TraceVectorSource.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tracemark::cli {

class ArgParser;
class ParsedArgs;

struct LabelingVectors {
    std::string kind;              // gnn, stv or bag
    EmbeddingMatrix matrix;        // as stored or computed
    std::vector<float> normalised; // L2-normalised rows, what the engines run on
    TraceFacts facts;              // per row
    std::unordered_map<std::int64_t, std::int64_t> rowOfKey;
    std::int64_t rows() const { return static_cast<std::int64_t>(matrix.rows()); }
};

LabelingVectors loadLabelingVectors(Workspace& workspace, const std::string& kind, Progress& progress);

// --vectors gnn|stv|bag with a default.
void addVectorsOption(ArgParser& parser, const std::string& help);
std::string vectorsFrom(const ParsedArgs& args, const std::string& fallback);

// The vectors of --vectors, else of the workspace's current selection, else 'gnn' (what
// propagate and suggest run on).
LabelingVectors loadSelectionVectors(Workspace& workspace, const ParsedArgs& args, Progress& progress);

// The workspace's human labels as (row, label) pairs of `vectors`.
std::vector<std::pair<std::int64_t, TraceLabel>> humanLabelRows(Workspace& workspace, const LabelingVectors& vectors);

// Per row of `vectors`, its cluster in the workspace's current selection (-1: not a member);
// empty when there is no selection.
std::vector<int> selectionClusterRows(Workspace& workspace, const LabelingVectors& vectors);

// A Propagator over `vectors`, with the selection's clusters (selectionClusterRows) as row groups
// to speed its searches up (they never change its results).
Propagator propagatorFor(const LabelingVectors& vectors, const std::vector<int>& clusterOf);

// Who a human label is attributed to: --author, else $USER, else "operator".
std::string authorFrom(const ParsedArgs& args);

} // namespace tracemark::cli
