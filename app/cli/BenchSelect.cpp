// tracemark-cli bench select: the speed of representative selection + propagation on synthetic
// clustered embeddings of any size (a million traces takes seconds to generate), as text or JSON.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/common/Error.h"
#include "core/eval/BinaryScores.h"
#include "core/eval/SyntheticEmbeddings.h"
#include "core/select/Propagation.h"
#include "core/select/RepresentativeSelection.h"

#include <algorithm>
#include <fstream>
#include <iostream>

namespace tracemark::cli {

int benchSelect(const Args& argv)
{
    ArgParser p("bench select",
        "Times hybrid representative selection (10 % sample, k-means++, assignment of every row) and\n"
        "the propagation of the representatives' labels to every row, on synthetic L2-normalised\n"
        "clustered vectors shaped like trace embeddings (lognormal blob sizes, some blobs abnormal).\n"
        "Prints the medians of --runs runs and the F1 the propagated labels reach.");
    p.option("traces", 'n', "N", "rows", "1000000")
        .option("k", 'k', "K", "representatives (0 = 0.1 % of the rows, at least 10)", "0")
        .option("dim", 0, "D", "vector width", "64")
        .option("blobs", 0, "B", "clusters in the data", "2000")
        .option("abnormal-share", 0, "S", "share of abnormal blobs", "0.05")
        .option("runs", 0, "N", "runs (the median is reported)", "3")
        .option("threads", 0, "T", "threads (0 = all cores)", "0")
        .option("seed", 0, "S", "seed of the data and of the selection", "1")
        .option("dump", 0, "FILE", "also write the vectors (float32, row-major) to FILE and the k-means\n"
                                    "sample's row numbers (int64) to FILE.sample, for a side-by-side run of\n"
                                    "tools/sklearn_kmeans_baseline.py")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli bench select --traces 1000000 --k 1000 --json")
        .example("tracemark-cli bench select --traces 130000 --k 35");
    const ParsedArgs args = p.parse(argv);
    if (args.helpRequested()) {
        std::cout << p.help();
        return 0;
    }
    const std::int64_t n = args.integer("traces", 1'000'000, 2, 100'000'000);
    const int dim = static_cast<int>(args.integer("dim", 64, 1, 4096));
    const int runs = static_cast<int>(args.integer("runs", 3, 1, 100));
    SelectionOptions options;
    options.k = static_cast<int>(args.integer("k", 0, 0, n));
    options.threads = static_cast<int>(args.integer("threads", 0, 0, 1024));
    options.seed = static_cast<std::uint64_t>(args.integer("seed", 1, 0, INT64_MAX));

    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    progress.report(-1, "generating " + groupedCount(n) + " vectors");
    const SyntheticEmbeddings data =
        syntheticEmbeddings(n, dim, static_cast<int>(args.integer("blobs", 2000, 1, 10'000'000)), 0.35,
                            args.number("abnormal-share", 0.05, 0.0, 1.0), options.seed);

    if (args.has("dump")) {
        const std::string file = args.value("dump");
        const std::vector<std::int64_t> sample = stratifiedSample({}, n, options.sampleShare, options.seed);
        std::ofstream rows(file, std::ios::binary);
        rows.write(reinterpret_cast<const char*>(data.rows.data()),
                   static_cast<std::streamsize>(data.rows.size() * sizeof(float)));
        std::ofstream sampled(file + ".sample", std::ios::binary);
        sampled.write(reinterpret_cast<const char*>(sample.data()),
                      static_cast<std::streamsize>(sample.size() * sizeof(std::int64_t)));
        if (!rows || !sampled)
            throw IoError("cannot write " + file + " or " + file + ".sample");
    }

    std::vector<double> selectionSeconds;
    std::vector<double> propagationSeconds;
    std::vector<double> totalSeconds;
    Selection selection;
    std::vector<TraceLabel> labels;
    for (int run = 0; run < runs; ++run) {
        std::int64_t startNs = steadyNowNs();
        selection = selectRepresentatives(data.rows.data(), n, dim, {}, options, progress);
        selectionSeconds.push_back(secondsSince(startNs));
        std::vector<std::pair<std::int64_t, TraceLabel>> human;
        for (std::int64_t row : selection.representatives)
            human.emplace_back(row, data.abnormal[static_cast<std::size_t>(row)] ? TraceLabel::Abnormal
                                                                                 : TraceLabel::Normal);
        startNs = steadyNowNs();
        Propagator propagator(data.rows.data(), n, dim, DistanceMetric::Cosine, options.threads);
        propagator.setRowGroups(selection.clusterOf);
        propagator.setHumanLabels(human, progress);
        propagationSeconds.push_back(secondsSince(startNs));
        totalSeconds.push_back(selectionSeconds.back() + propagationSeconds.back());
        labels.assign(static_cast<std::size_t>(n), TraceLabel::Unlabeled);
        for (std::int64_t i = 0; i < n; ++i)
            labels[static_cast<std::size_t>(i)] = propagator.at(i).label;
    }
    const BinaryScores scores = scoreLabels(data.abnormal, labels);
    progress.clear();

    if (args.has("json")) {
        std::cout << JsonObject()
                         .add("benchmark", "select")
                         .add("traces", n)
                         .add("dim", dim)
                         .add("k", selection.k)
                         .add("sample_size", selection.sampleSize)
                         .add("selection_s", median(selectionSeconds), 3)
                         .add("propagation_s", median(propagationSeconds), 3)
                         .add("total_s", median(totalSeconds), 3)
                         .add("runs", runs)
                         .add("f1", scores.f1, 4)
                         .str()
                  << "\n";
        return 0;
    }
    std::cout << "bench select: " << groupedCount(n) << " x " << dim << " vectors, k " << selection.k
              << " (k-means on " << groupedCount(selection.sampleSize) << "), median of " << runs << " runs\n"
              << "  selection     " << fixed(median(selectionSeconds), 3) << " s\n"
              << "  propagation   " << fixed(median(propagationSeconds), 3) << " s (" << selection.k
              << " labelled representatives to every row)\n"
              << "  total         " << fixed(median(totalSeconds), 3) << " s; propagated labels reach F1 "
              << fixed(scores.f1, 4) << "\n";
    return 0;
}

} // namespace tracemark::cli
