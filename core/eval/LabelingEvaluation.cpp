#include "core/eval/LabelingEvaluation.h"

#include "core/common/Error.h"
#include "core/select/Propagation.h"
#include "core/select/RepresentativeSelection.h"

#include <chrono>
#include <string>

namespace tracemark {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<TraceLabel> currentLabels(const Propagator& propagator)
{
    std::vector<TraceLabel> labels(static_cast<std::size_t>(propagator.size()));
    for (std::int64_t i = 0; i < propagator.size(); ++i)
        labels[static_cast<std::size_t>(i)] = propagator.at(i).label;
    return labels;
}

} // namespace

TraceLabel GroundTruthOracle::ask(std::int64_t row)
{
    if (row < 0 || row >= static_cast<std::int64_t>(truth_.size()))
        throw UsageError("oracle: no trace at row " + std::to_string(row));
    ++questions_;
    return truth_[static_cast<std::size_t>(row)] == 1 ? TraceLabel::Abnormal : TraceLabel::Normal;
}

LabelingEvalResult evaluateLabeling(const float* rows, std::int64_t n, int dim, const std::vector<std::uint64_t>& strata,
                                    const std::vector<TraceSignals>& signals, const std::vector<int>& truth,
                                    const LabelingEvalOptions& options, Progress& progress)
{
    if (static_cast<std::int64_t>(truth.size()) != n)
        throw UsageError("evaluation: " + std::to_string(truth.size()) + " ground-truth labels for " +
                         std::to_string(n) + " traces");
    if (options.rounds < 0 || options.perRound < 1)
        throw UsageError("evaluation: rounds must be >= 0 and labels per round >= 1");

    LabelingEvalResult result;
    result.traces = n;
    GroundTruthOracle oracle(truth);

    SelectionOptions selectionOptions;
    selectionOptions.k = options.k;
    selectionOptions.seed = options.seed;
    selectionOptions.sampleShare = options.sampleShare;
    selectionOptions.threads = options.threads;
    const auto selectionStart = Clock::now();
    const Selection selection = options.selector == SelectorKind::KMeans
                                    ? selectRepresentatives(rows, n, dim, strata, selectionOptions, progress)
                                    : selectRandomRepresentatives(rows, n, dim, selectionOptions, progress);
    result.selectionSeconds = since(selectionStart);
    result.k = selection.k;

    // The oracle's answers are not engine time: ask first, then time the propagation alone.
    std::vector<std::pair<std::int64_t, TraceLabel>> answers;
    for (std::int64_t row : selection.representatives)
        answers.emplace_back(row, oracle.ask(row));
    const auto propagationStart = Clock::now();
    Propagator propagator(rows, n, dim, DistanceMetric::Cosine, options.threads);
    propagator.setRowGroups(selection.clusterOf);
    propagator.setHumanLabels(answers, progress);
    result.firstPropagationSeconds = since(propagationStart);
    double engineSeconds = result.selectionSeconds + result.firstPropagationSeconds;
    result.steps.push_back({oracle.questions(), scoreLabels(truth, currentLabels(propagator)), engineSeconds});

    SuggestOptions suggestOptions;
    suggestOptions.count = options.perRound;
    for (int round = 0; round < options.rounds; ++round) {
        progress.checkCancelled();
        const auto roundStart = Clock::now();
        const std::vector<Suggestion> suggestions = suggestNext(propagator, signals, selection.clusterOf, suggestOptions);
        engineSeconds += since(roundStart);
        if (suggestions.empty())
            break; // every trace already has a human label
        answers.clear();
        for (const Suggestion& s : suggestions)
            answers.emplace_back(s.row, oracle.ask(s.row));
        const auto updateStart = Clock::now();
        propagator.setHumanLabels(answers, progress);
        engineSeconds += since(updateStart);
        result.steps.push_back({oracle.questions(), scoreLabels(truth, currentLabels(propagator)), engineSeconds});
        progress.report(static_cast<double>(round + 1) / options.rounds,
                        "round " + std::to_string(round + 1) + " / " + std::to_string(options.rounds));
    }
    return result;
}

} // namespace tracemark
