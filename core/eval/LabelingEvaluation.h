#pragma once
// The unattended evaluation of the anomaly-labeling loop (issue 4): select k representatives,
// let an oracle label them from the ground truth, propagate, then optionally run rounds of
// "suggest next N" + oracle labels + re-propagation; score every step against the ground truth.
// Ground truth is read only by the oracle (for the traces it is asked about) and by the scorer.
#include "core/common/Progress.h"
#include "core/eval/BinaryScores.h"
#include "core/select/Suggestion.h"

#include <cstdint>
#include <vector>

namespace tracemark {

enum class SelectorKind { KMeans, Random };

// Answers label questions from the ground truth and counts them: the "human" of the evaluation.
class GroundTruthOracle {
public:
    explicit GroundTruthOracle(const std::vector<int>& truth) : truth_(truth) {}
    TraceLabel ask(std::int64_t row);
    std::int64_t questions() const { return questions_; }

private:
    const std::vector<int>& truth_;
    std::int64_t questions_ = 0;
};

struct LabelingEvalOptions {
    int k = 0;           // representatives; 0 = the default (0.1 % of the traces, at least 10)
    int rounds = 0;      // suggest + label rounds after the first propagation
    int perRound = 10;   // suggestions labelled per round
    SelectorKind selector = SelectorKind::KMeans;
    std::uint64_t seed = 1;
    double sampleShare = 0.1;
    int threads = 0;
};

struct LabelingEvalStep {
    std::int64_t humanLabels = 0; // oracle answers so far
    BinaryScores scores;
    double engineSeconds = 0; // selection + propagation + suggestion time so far (scoring excluded)
};

struct LabelingEvalResult {
    int k = 0; // clusters actually formed
    std::int64_t traces = 0;
    std::vector<LabelingEvalStep> steps; // after the first propagation, then after each round
    double selectionSeconds = 0;
    double firstPropagationSeconds = 0;
    const LabelingEvalStep& last() const { return steps.back(); }
};

// rows: n x dim trace vectors (L2-normalised for GNN embeddings, see RepresentativeSelection.h);
// strata: per-row path IDs for the distribution-keeping sample (may be empty); signals: per-row
// facts for suggestions (may be empty); truth: 0/1 per row. Deterministic for the seed.
LabelingEvalResult evaluateLabeling(const float* rows, std::int64_t n, int dim, const std::vector<std::uint64_t>& strata,
                                    const std::vector<TraceSignals>& signals, const std::vector<int>& truth,
                                    const LabelingEvalOptions& options, Progress& progress);

} // namespace tracemark
