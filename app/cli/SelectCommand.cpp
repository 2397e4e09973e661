// tracemark-cli select: picks k representative traces for the operator to judge (LabelEase hybrid
// selection: a distribution-keeping 1/10 sample, k-means++, the real trace nearest each centre)
// and stores the clusters in the workspace.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "LabelingSupport.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"
#include "TextTable.h"

#include "core/select/RepresentativeSelection.h"

#include <iostream>

namespace tracemark::cli {

namespace {

ArgParser selectParser()
{
    ArgParser p("select",
        "Clusters the traces by their vectors and picks one representative per cluster (the real\n"
        "trace nearest its centre) for the operator to label; replaces the workspace's previous\n"
        "selection. Default k: 0.1 % of the traces, at least 10.");
    p.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("k", 'k', "K", "number of representatives (0 = default)", "0")
        .option("method", 0, "METHOD", "kmeans (hybrid selection) or random (the paper's control)", "kmeans")
        .option("seed", 0, "S", "seed of the sample and of k-means++", "1")
        .option("sample-share", 0, "SHARE", "share of traces k-means is fitted on", "0.1")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli select -w shop.tmk --k 35");
    addVectorsOption(p, "trace vectors: gnn (stored by `embed`, default), stv or bag");
    return p;
}

} // namespace

int runSelectCommand(const Args& argv)
{
    const ArgParser parser = selectParser();
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const std::string method = args.choice("method", {"kmeans", "random"}, "kmeans");
    SelectionOptions options;
    options.k = static_cast<int>(args.integer("k", 0, 0, 10'000'000));
    options.seed = static_cast<std::uint64_t>(args.integer("seed", 1, 0, INT64_MAX));
    options.sampleShare = args.number("sample-share", 0.1, 1e-6, 1.0);
    const std::string kind = vectorsFrom(args, "gnn");

    Workspace workspace = Workspace::open(args.required("workspace"));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    LabelingVectors vectors = loadLabelingVectors(workspace, kind, progress);
    if (options.k > vectors.rows())
        args.fail("--k " + std::to_string(options.k) + " is more than the " + std::to_string(vectors.rows()) +
                  " traces");

    const std::int64_t startNs = steadyNowNs();
    const Selection selection =
        method == "kmeans"
            ? selectRepresentatives(vectors.normalised.data(), vectors.rows(), vectors.matrix.dim,
                                    vectors.facts.pathIds, options, progress)
            : selectRandomRepresentatives(vectors.normalised.data(), vectors.rows(), vectors.matrix.dim, options,
                                          progress);
    const double seconds = secondsSince(startNs);

    SelectionInfo info;
    info.method = method;
    info.vectors = kind;
    info.k = selection.k;
    info.seed = options.seed;
    info.sampleSize = selection.sampleSize;
    info.params = JsonObject().add("sample_share", options.sampleShare, 4).add("iterations", selection.iterations).str();
    std::vector<std::int64_t> representativeKeys;
    for (std::int64_t row : selection.representatives)
        representativeKeys.push_back(vectors.matrix.traceKeys[static_cast<std::size_t>(row)]);
    workspace.replaceSelection(info, vectors.matrix.traceKeys, selection.clusterOf, selection.distanceToCentre,
                               representativeKeys, progress);
    progress.clear();

    if (args.has("json")) {
        std::vector<std::string> ids;
        for (std::int64_t row : selection.representatives)
            ids.push_back(jsonQuote(vectors.facts.traceIds[static_cast<std::size_t>(row)]));
        std::cout << JsonObject()
                         .add("k", selection.k)
                         .add("method", method)
                         .add("vectors", kind)
                         .add("traces", vectors.rows())
                         .add("sample_size", selection.sampleSize)
                         .add("seconds", seconds, 3)
                         .addRaw("representatives", jsonArray(ids))
                         .str()
                  << "\n";
        return 0;
    }
    std::cout << "selected " << selection.k << " representatives of " << groupedCount(vectors.rows()) << " traces ("
              << method << " on " << kind << " vectors, k-means fitted on " << groupedCount(selection.sampleSize)
              << " traces) in " << fixed(seconds, 3) << " s\n";
    TextTable table;
    table.column("cluster", TextTable::Align::Right);
    table.column("size", TextTable::Align::Right);
    table.column("representative", TextTable::Align::Left);
    table.column("latency ms", TextTable::Align::Right);
    table.column("errors", TextTable::Align::Right);
    for (int c = 0; c < selection.k; ++c) {
        const auto row = static_cast<std::size_t>(selection.representatives[static_cast<std::size_t>(c)]);
        table.row({std::to_string(c), groupedCount(selection.clusterSizes[static_cast<std::size_t>(c)]),
                      vectors.facts.traceIds[row], millis(static_cast<double>(vectors.facts.latencyNs[row])),
                      std::to_string(vectors.facts.errorSpans[row])});
    }
    table.print(std::cout, 40);
    std::cout << "label them with `tracemark-cli label -w WS.tmk --trace ID normal|abnormal`, then `propagate`\n";
    return 0;
}

} // namespace tracemark::cli
