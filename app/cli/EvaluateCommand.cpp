// tracemark-cli evaluate: runs the anomaly-labeling loop unattended against the workspace's ground
// truth (an oracle answers the label questions) and prints precision, recall, F1, the number of
// labels it took and the engine time — for one k or a sweep of k.
#include "ArgParser.h"
#include "Commands.h"
#include "LabelingSupport.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"
#include "TextTable.h"

#include "core/common/Error.h"
#include "core/eval/LabelingEvaluation.h"

#include <iostream>
#include <sstream>

namespace tracemark::cli {

namespace {

// The rows of `vectors` that have ground truth, as their own matrix, with their truth and facts.
struct EvaluationData {
    std::vector<float> rows;
    int dim = 0;
    std::vector<int> truth;
    std::vector<std::uint64_t> pathIds;
    std::vector<TraceSignals> signals;
    std::int64_t size() const { return static_cast<std::int64_t>(truth.size()); }
};

EvaluationData evaluationData(Workspace& workspace, const LabelingVectors& vectors)
{
    std::unordered_map<std::string, int> truthById;
    for (const TraceGroundTruth& t : workspace.groundTruth())
        truthById[t.traceId] = t.abnormal ? 1 : 0;
    if (truthById.empty())
        throw Error(workspace.path().string() + " has no ground truth: evaluate needs per-trace labels from the "
                                                "source (the simulator, DeepTraLog, LabelEase data.csv)");
    EvaluationData data;
    data.dim = vectors.matrix.dim;
    std::vector<std::int64_t> latency;
    std::vector<int> errors;
    const auto dim = static_cast<std::size_t>(data.dim);
    for (std::size_t row = 0; row < vectors.matrix.rows(); ++row) {
        const auto found = truthById.find(vectors.facts.traceIds[row]);
        if (found == truthById.end())
            continue;
        data.rows.insert(data.rows.end(), vectors.normalised.begin() + static_cast<std::ptrdiff_t>(row * dim),
                         vectors.normalised.begin() + static_cast<std::ptrdiff_t>((row + 1) * dim));
        data.truth.push_back(found->second);
        data.pathIds.push_back(vectors.facts.pathIds[row]);
        latency.push_back(vectors.facts.latencyNs[row]);
        errors.push_back(vectors.facts.errorSpans[row]);
    }
    if (data.size() < 2)
        throw Error(workspace.path().string() + " has ground truth for fewer than 2 traces");
    data.signals = computeTraceSignals(data.pathIds, latency, errors);
    return data;
}

std::vector<int> parseSweep(const ParsedArgs& args)
{
    std::vector<int> ks;
    std::istringstream in(args.value("sweep"));
    std::string item;
    while (std::getline(in, item, ',')) {
        try {
            const int k = std::stoi(item);
            if (k < 1)
                throw std::invalid_argument("k");
            ks.push_back(k);
        } catch (const std::exception&) {
            args.fail("--sweep takes positive integers separated by commas, e.g. 10,35,100 (got '" + item + "')");
        }
    }
    return ks;
}

std::string stepJson(const LabelingEvalStep& step)
{
    return JsonObject()
        .add("human_labels", step.humanLabels)
        .add("precision", step.scores.precision, 4)
        .add("recall", step.scores.recall, 4)
        .add("f1", step.scores.f1, 4)
        .add("seconds", step.engineSeconds, 3)
        .str();
}

} // namespace

int runEvaluateCommand(const Args& argv)
{
    ArgParser parser("evaluate",
        "Runs the labeling loop unattended against the workspace's ground truth: select k\n"
        "representatives, an oracle labels them from the ground truth, propagate, then optionally\n"
        "--rounds of `suggest --n PER-ROUND` + oracle labels + propagation. Prints precision, recall\n"
        "and F1 (abnormal = positive) over the traces that have ground truth, the labels used and\n"
        "the engine time (selection + propagation + suggestion; the oracle and scoring excluded).\n"
        "Nothing is written to the workspace.");
    parser.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("k", 'k', "K", "representatives (0 = 0.1 % of the traces, at least 10)", "0")
        .option("sweep", 0, "K1,K2,...", "evaluate each k in turn (instead of --k)")
        .option("rounds", 0, "R", "suggest + label rounds after the first propagation", "0")
        .option("per-round", 0, "N", "labels per round", "10")
        .option("selector", 0, "KIND", "kmeans (hybrid selection) or random (the paper's control)", "kmeans")
        .option("seed", 0, "S", "seed", "1")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli evaluate -w shop.tmk --k 35 --json")
        .example("tracemark-cli evaluate -w deeptralog.tmk --k 10 --rounds 20 --per-round 5 --vectors gnn")
        .example("tracemark-cli evaluate -w shop.tmk --sweep 10,20,35,70 --selector random --vectors stv");
    addVectorsOption(parser, "trace vectors: gnn (default), stv or bag");
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    LabelingEvalOptions options;
    options.rounds = static_cast<int>(args.integer("rounds", 0, 0, 100'000));
    options.perRound = static_cast<int>(args.integer("per-round", 10, 1, 100'000));
    options.selector = args.choice("selector", {"kmeans", "random"}, "kmeans") == "kmeans" ? SelectorKind::KMeans
                                                                                          : SelectorKind::Random;
    options.seed = static_cast<std::uint64_t>(args.integer("seed", 1, 0, INT64_MAX));
    const std::vector<int> ks =
        args.has("sweep") ? parseSweep(args) : std::vector<int>{static_cast<int>(args.integer("k", 0, 0, 10'000'000))};
    const std::string kind = vectorsFrom(args, "gnn");

    Workspace workspace = Workspace::open(args.required("workspace"));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    const LabelingVectors vectors = loadLabelingVectors(workspace, kind, progress);
    const EvaluationData data = evaluationData(workspace, vectors);

    std::vector<LabelingEvalResult> results;
    for (int k : ks) {
        if (k > data.size())
            args.fail("k " + std::to_string(k) + " is more than the " + std::to_string(data.size()) +
                      " traces with ground truth");
        options.k = k;
        results.push_back(evaluateLabeling(data.rows.data(), data.size(), data.dim, data.pathIds, data.signals,
                                           data.truth, options, progress));
    }
    progress.clear();

    const std::string selector = options.selector == SelectorKind::KMeans ? "kmeans" : "random";
    if (args.has("json")) {
        const LabelingEvalStep& last = results.back().last();
        JsonObject out;
        out.add("precision", last.scores.precision, 4)
            .add("recall", last.scores.recall, 4)
            .add("f1", last.scores.f1, 4)
            .add("human_labels", last.humanLabels)
            .add("traces", data.size())
            .add("seconds", last.engineSeconds, 3)
            .add("k", results.back().k)
            .add("selector", selector)
            .add("vectors", kind)
            .add("selection_seconds", results.back().selectionSeconds, 3)
            .add("propagation_seconds", results.back().firstPropagationSeconds, 3);
        std::vector<std::string> steps;
        for (const LabelingEvalStep& step : results.back().steps)
            steps.push_back(stepJson(step));
        out.addRaw("steps", jsonArray(steps));
        if (results.size() > 1) {
            std::vector<std::string> sweep;
            for (const LabelingEvalResult& r : results)
                sweep.push_back(JsonObject().add("k", r.k).addRaw("result", stepJson(r.last())).str());
            out.addRaw("sweep", jsonArray(sweep));
        }
        std::cout << out.str() << "\n";
        return 0;
    }
    std::cout << "evaluate: " << groupedCount(data.size()) << " traces with ground truth, " << selector
              << " selection on " << kind << " vectors, seed " << options.seed << "\n";
    TextTable table;
    for (const char* title : {"k", "labels", "precision", "recall", "F1", "seconds"})
        table.column(title, TextTable::Align::Right);
    for (const LabelingEvalResult& r : results)
        for (const LabelingEvalStep& step : r.steps)
            table.row({std::to_string(r.k), groupedCount(step.humanLabels), fixed(step.scores.precision, 4),
                       fixed(step.scores.recall, 4), fixed(step.scores.f1, 4), fixed(step.engineSeconds, 3)});
    table.print(std::cout);
    return 0;
}

} // namespace tracemark::cli
