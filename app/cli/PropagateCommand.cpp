// tracemark-cli propagate: gives every trace without a human label the label of the nearest
// human-labelled trace(s), with a confidence, and stores them (source "propagated"). Human
// labels are never touched.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "LabelingSupport.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/select/Propagation.h"

#include <iostream>
#include <tuple>

namespace tracemark::cli {

int runPropagateCommand(const Args& argv)
{
    ArgParser parser("propagate",
        "Labels every trace that has no human label with the label of its nearest human-labelled\n"
        "trace (cosine distance of the trace vectors), with a confidence from the margin between\n"
        "the nearest normal and the nearest abnormal labelled trace. Replaces earlier propagated\n"
        "labels; human labels stay as they are.");
    parser.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli propagate -w shop.tmk");
    addVectorsOption(parser, "trace vectors (default: those of the current selection, else gnn)");
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    Workspace workspace = Workspace::open(args.required("workspace"));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    const LabelingVectors vectors = loadSelectionVectors(workspace, args, progress);
    const std::string& kind = vectors.kind;
    const auto human = humanLabelRows(workspace, vectors);
    if (human.empty())
        throw Error("no trace has a human label yet; label the representatives first "
                    "(`tracemark-cli select`, then `tracemark-cli label`)");

    const std::int64_t startNs = steadyNowNs();
    Propagator propagator = propagatorFor(vectors, selectionClusterRows(workspace, vectors));
    propagator.setHumanLabels(human, progress);
    std::vector<std::tuple<std::int64_t, TraceLabel, double>> propagated;
    std::int64_t normal = 0, abnormal = 0;
    double confidenceSum = 0;
    for (std::int64_t row = 0; row < propagator.size(); ++row) {
        const PropagatedLabel& p = propagator.at(row);
        if (p.human || p.label == TraceLabel::Unlabeled)
            continue;
        propagated.emplace_back(vectors.matrix.traceKeys[static_cast<std::size_t>(row)], p.label, p.confidence);
        ++(p.label == TraceLabel::Normal ? normal : abnormal);
        confidenceSum += p.confidence;
    }
    const double seconds = secondsSince(startNs);
    workspace.replacePropagatedLabels(propagated, progress);
    progress.clear();

    const double meanConfidence = propagated.empty() ? 0.0 : confidenceSum / static_cast<double>(propagated.size());
    if (args.has("json")) {
        std::cout << JsonObject()
                         .add("human_labels", static_cast<std::int64_t>(human.size()))
                         .add("propagated", static_cast<std::int64_t>(propagated.size()))
                         .add("normal", normal)
                         .add("abnormal", abnormal)
                         .add("mean_confidence", meanConfidence, 4)
                         .add("vectors", kind)
                         .add("seconds", seconds, 3)
                         .str()
                  << "\n";
        return 0;
    }
    std::cout << "propagated " << groupedCount(human.size()) << " human labels to "
              << groupedCount(static_cast<std::int64_t>(propagated.size())) << " traces: " << groupedCount(normal)
              << " normal, " << groupedCount(abnormal) << " abnormal, mean confidence " << fixed(meanConfidence, 3)
              << " (" << kind << " vectors, " << fixed(seconds, 3) << " s)\n";
    return 0;
}

} // namespace tracemark::cli
