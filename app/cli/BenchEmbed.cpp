// tracemark-cli bench embed: how fast the trace encoder trains and embeds, and how good its
// vectors are: the nearest-neighbour label agreement of the GNN embedding against the two simple
// baselines (STV, bag of operations), all through the same search code. Stores nothing.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "EncoderTrainingOptions.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/common/Error.h"
#include "core/eval/NeighbourAgreement.h"
#include "core/store/Workspace.h"
#include "ml/baselines/TraceVectors.h"
#include "ml/train/EmbeddingTrainer.h"
#include "ml/train/WorkspaceEmbedding.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <optional>
#include <unordered_map>

namespace tracemark::cli {

namespace {

// The rows of `matrix` whose trace has a ground-truth label, with those labels.
struct LabelledRows {
    std::vector<float> rows;
    std::vector<int> labels;
};

LabelledRows labelledRows(const EmbeddingMatrix& matrix, const std::unordered_map<std::int64_t, int>& truth)
{
    LabelledRows out;
    const auto dim = static_cast<std::size_t>(matrix.dim);
    for (std::size_t i = 0; i < matrix.rows(); ++i) {
        const auto found = truth.find(matrix.traceKeys[i]);
        if (found == truth.end())
            continue;
        out.rows.insert(out.rows.end(), matrix.row(i), matrix.row(i) + dim);
        out.labels.push_back(found->second);
    }
    return out;
}

struct AgreementFigures {
    std::string name;
    NeighbourAgreement agreement;
    int dimension = 0;
};

std::string agreementJson(const std::vector<AgreementFigures>& figures, bool abnormalOnly)
{
    JsonObject object;
    for (const AgreementFigures& f : figures) {
        const double value = abnormalOnly ? f.agreement.abnormal : f.agreement.overall;
        if (std::isnan(value))
            object.addNull(f.name);
        else
            object.add(f.name, value, 4);
    }
    return object.str();
}

} // namespace

int benchEmbed(const Args& argv)
{
    ArgParser p("bench embed",
        "Trains the trace encoder on a workspace (or loads --model), then reports the training time\n"
        "per epoch, the inference throughput (reading, graph building and encoding; median of --runs\n"
        "runs) and, when the workspace has ground truth, the nearest-neighbour label agreement of the\n"
        "GNN embedding and of the STV and bag-of-operations baselines (cosine distance, same search\n"
        "code). Nothing is written to the workspace.");
    p.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("model", 'm', "M.pt", "use this saved model instead of training one")
        .option("runs", 0, "N", "inference runs (the median is reported)", "3")
        .option("max-queries", 0, "N", "agreement over a seeded sample of N traces (0 = all)", "20000")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli bench embed -w shop.tmk --json")
        .example("tracemark-cli bench embed -w deeptralog.tmk --epochs 5 --runs 1");
    addEncoderTrainingOptions(p);
    const ParsedArgs args = p.parse(argv);
    if (args.helpRequested()) {
        std::cout << p.help();
        return 0;
    }
    const bool json = args.has("json");
    const int runs = static_cast<int>(args.integer("runs", 3, 1, 100));
    const std::int64_t maxQueries = args.integer("max-queries", 20000, 0, INT64_MAX);
    const auto device = deviceChoiceFrom(args);

    Workspace workspace = Workspace::open(args.required("workspace"));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);

    std::optional<ml::EmbeddingModel> model;
    std::optional<double> secondsPerEpoch;
    ml::TrainingReport report;
    if (args.has("model")) {
        model = ml::EmbeddingModel::load(args.value("model"), device);
    } else {
        const ml::EmbeddingTrainOptions options = encoderTrainingOptionsFrom(args);
        ml::WorkspaceCorpus data = ml::readWorkspaceCorpus(workspace, TraceFeatureOptions(), progress);
        model = ml::trainEmbeddingModel(data.corpus, std::move(data.extractor), options, progress, report);
        std::vector<double> epochSeconds;
        for (const ml::EpochReport& e : report.epochs)
            epochSeconds.push_back(e.seconds);
        secondsPerEpoch = median(epochSeconds);
    }

    EmbeddingMatrix gnn;
    gnn.dim = model->dimension();
    std::vector<double> rates;
    for (int run = 0; run < runs; ++run) {
        gnn.traceKeys.clear();
        gnn.values.clear();
        const std::int64_t startNs = steadyNowNs();
        const std::int64_t traces = ml::embedEveryTrace(
            workspace, *model,
            [&](const ml::EmbeddingCorpus& batch, const std::vector<float>& rows) {
                for (const ml::CorpusTrace& trace : batch.traces)
                    gnn.traceKeys.push_back(trace.key);
                gnn.values.insert(gnn.values.end(), rows.begin(), rows.end());
            },
            progress);
        const double seconds = secondsSince(startNs);
        rates.push_back(static_cast<double>(traces) / std::max(seconds, 1e-9));
    }
    const double tracesPerSecond = median(rates);

    std::unordered_map<std::int64_t, int> truth;
    for (const TraceGroundTruth& t : workspace.groundTruth())
        if (const auto trace = workspace.traceById(t.traceId))
            truth[trace->key] = t.abnormal ? 1 : 0;

    std::vector<AgreementFigures> figures;
    if (truth.size() >= 2) {
        const auto measure = [&](const std::string& name, const EmbeddingMatrix& matrix) {
            const LabelledRows labelled = labelledRows(matrix, truth);
            figures.push_back({name,
                               nearestNeighbourAgreement(labelled.rows.data(),
                                                         static_cast<std::int64_t>(labelled.labels.size()), matrix.dim,
                                                         labelled.labels, DistanceMetric::Cosine, progress, 0, maxQueries),
                               matrix.dim});
        };
        measure("gnn", gnn);
        measure("stv", buildBaselineVectors(workspace, BaselineKind::ServiceTraceVector, progress));
        measure("bag", buildBaselineVectors(workspace, BaselineKind::BagOfOperations, progress));
    }
    progress.clear();

    if (json) {
        JsonObject out;
        out.add("benchmark", "embed").add("traces", static_cast<std::int64_t>(gnn.rows()));
        out.add("traces_per_s", tracesPerSecond, 1);
        if (secondsPerEpoch)
            out.add("train_s_per_epoch", *secondsPerEpoch, 3).add("epochs", static_cast<int>(report.epochs.size()));
        else
            out.addNull("train_s_per_epoch");
        out.add("device", model->deviceName()).add("runs", runs);
        if (!figures.empty()) {
            out.addRaw("nn_agreement", agreementJson(figures, false))
                .addRaw("nn_agreement_abnormal", agreementJson(figures, true))
                .add("agreement_traces", figures.front().agreement.traces)
                .add("agreement_abnormal_traces", figures.front().agreement.abnormalTraces);
        }
        std::cout << out.str() << "\n";
        return 0;
    }
    std::cout << "bench embed: " << groupedCount(static_cast<std::int64_t>(gnn.rows())) << " traces, "
              << model->description() << ", " << model->deviceName() << "\n";
    if (secondsPerEpoch)
        std::cout << "  training     " << fixed(*secondsPerEpoch, 2) << " s per epoch (median of "
                  << report.epochs.size() << " epochs, " << groupedCount(report.tripletsPerEpoch) << " triplets each)\n";
    std::cout << "  inference    " << groupedCount(static_cast<std::int64_t>(tracesPerSecond))
              << " traces/s (median of " << runs << " runs)\n";
    if (figures.empty()) {
        std::cout << "  nn agreement needs ground truth; this workspace has none\n";
        return 0;
    }
    std::cout << "  nn agreement over " << groupedCount(figures.front().agreement.traces) << " labelled traces ("
              << groupedCount(figures.front().agreement.abnormalTraces) << " abnormal), cosine distance:\n";
    for (const AgreementFigures& f : figures)
        std::cout << "    " << f.name << "  " << fixed(f.agreement.overall, 4) << "  abnormal "
                  << (std::isnan(f.agreement.abnormal) ? std::string("-") : fixed(f.agreement.abnormal, 4))
                  << "  (" << f.dimension << " dimensions)\n";
    return 0;
}

} // namespace tracemark::cli
