// tracemark-cli suggest: the next traces worth a human look (active learning): those whose
// propagated label is least certain or contradicted by simple signals, spread over clusters.
#include "ArgParser.h"
#include "Commands.h"
#include "LabelingSupport.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"
#include "TextTable.h"

#include "core/select/Propagation.h"
#include "core/select/Suggestion.h"

#include <iostream>

namespace tracemark::cli {

int runSuggestCommand(const Args& argv)
{
    ArgParser parser("suggest",
        "Suggests the next N traces to label: propagates the current human labels, then ranks the\n"
        "other traces by how doubtful their label is (a small margin between the nearest labelled\n"
        "normal and abnormal trace; error spans or a latency far above the path's mean on a trace\n"
        "labelled normal), taking one trace per cluster before a second from any cluster.");
    parser.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("n", 'n', "N", "how many traces", "10")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli suggest -w shop.tmk --n 10");
    addVectorsOption(parser, "trace vectors (default: those of the current selection, else gnn)");
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    SuggestOptions options;
    options.count = static_cast<int>(args.integer("n", 10, 1, 100'000));
    Workspace workspace = Workspace::open(args.required("workspace"));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    const LabelingVectors vectors = loadSelectionVectors(workspace, args, progress);
    const std::vector<int> clusterOf = selectionClusterRows(workspace, vectors);
    Propagator propagator = propagatorFor(vectors, clusterOf);
    propagator.setHumanLabels(humanLabelRows(workspace, vectors), progress);
    const std::vector<TraceSignals> signals =
        computeTraceSignals(vectors.facts.pathIds, vectors.facts.latencyNs, vectors.facts.errorSpans);
    const std::vector<Suggestion> suggestions = suggestNext(propagator, signals, clusterOf, options);
    progress.clear();

    if (args.has("json")) {
        std::vector<std::string> items;
        for (const Suggestion& s : suggestions) {
            const auto row = static_cast<std::size_t>(s.row);
            const PropagatedLabel& p = propagator.at(s.row);
            items.push_back(JsonObject()
                                .add("trace_id", vectors.facts.traceIds[row])
                                .add("label", std::string(toString(p.label)))
                                .add("confidence", p.confidence, 4)
                                .add("score", s.score, 4)
                                .add("cluster", clusterOf.empty() ? -1 : clusterOf[row])
                                .add("reason", s.reason)
                                .str());
        }
        std::cout << JsonObject()
                         .add("human_labels", propagator.humanCount())
                         .addRaw("suggestions", jsonArray(items))
                         .str()
                  << "\n";
        return 0;
    }
    if (suggestions.empty()) {
        std::cout << "nothing to suggest: every trace has a human label\n";
        return 0;
    }
    TextTable table;
    table.column("trace", TextTable::Align::Left);
    table.column("now", TextTable::Align::Left);
    table.column("confidence", TextTable::Align::Right);
    table.column("cluster", TextTable::Align::Right);
    table.column("why", TextTable::Align::Left);
    for (const Suggestion& s : suggestions) {
        const auto row = static_cast<std::size_t>(s.row);
        const PropagatedLabel& p = propagator.at(s.row);
        table.row({vectors.facts.traceIds[row], std::string(toString(p.label)), fixed(p.confidence, 3),
                   clusterOf.empty() || clusterOf[row] < 0 ? std::string("-") : std::to_string(clusterOf[row]),
                   s.reason});
    }
    table.print(std::cout, 48);
    return 0;
}

} // namespace tracemark::cli
