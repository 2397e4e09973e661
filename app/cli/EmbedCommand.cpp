// tracemark-cli embed: trains the GAT trace encoder on a workspace (--train) or loads a saved one
// (--model), embeds every trace and stores the vectors in the workspace as one all-or-nothing step.
#include "ArgParser.h"
#include "Commands.h"
#include "EncoderTrainingOptions.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/common/Error.h"
#include "core/store/Workspace.h"
#include "ml/train/EmbeddingTrainer.h"
#include "ml/train/WorkspaceEmbedding.h"

#include <iostream>
#include <optional>

namespace tracemark::cli {

namespace {

ArgParser embedParser()
{
    ArgParser p("embed",
        "Embeds every trace of a workspace into a 64-d vector with the graph attention encoder and\n"
        "stores the vectors in the workspace (replacing earlier ones; all or nothing). Either trains\n"
        "the encoder on the workspace first (--train) or uses a saved model (--model).");
    p.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .flag("train", 0, "train the encoder on this workspace's traces first")
        .option("model", 'm', "M.pt", "use this saved model instead of training")
        .option("save-model", 0, "M.pt", "with --train: write the trained model here")
        .flag("json", 0, "print one JSON object instead of text")
        .example("tracemark-cli embed -w shop.tmk --train --epochs 15 --save-model shop-encoder.pt")
        .example("tracemark-cli embed -w tomorrow.tmk --model shop-encoder.pt", "reuse a trained encoder")
        .note("Ctrl-C cancels; the workspace then keeps its previous embeddings and no model file is written.");
    addEncoderTrainingOptions(p);
    return p;
}

std::string epochLine(const ml::EpochReport& e, int epochs)
{
    return "epoch " + std::to_string(e.epoch) + "/" + std::to_string(epochs) + "  train loss " +
           fixed(e.trainLoss, 4) + "  held-out loss " + fixed(e.validationLoss, 4) + " (" +
           fixed(100.0 * e.validationActive, 1) + " % not yet separated by the margin)  " + fixed(e.seconds, 1) + " s";
}

} // namespace

int runEmbedCommand(const Args& argv)
{
    const ArgParser parser = embedParser();
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const bool train = args.has("train");
    if (train == args.has("model"))
        args.fail("give exactly one of --train (learn the encoder here) and --model M.pt (use a saved one)");
    if (args.has("save-model") && !train)
        args.fail("--save-model only goes with --train");
    const bool json = args.has("json");

    Workspace workspace = Workspace::open(args.required("workspace"));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);

    std::optional<ml::EmbeddingModel> model;
    ml::TrainingReport report;
    std::string params;
    if (train) {
        ml::EmbeddingTrainOptions options = encoderTrainingOptionsFrom(args);
        options.onEpoch = [&](const ml::EpochReport& e) {
            if (json)
                return;
            progress.clear();
            std::cout << epochLine(e, options.epochs) << std::endl;
        };
        SubProgress reading(progress, 0.0, 0.1);
        ml::WorkspaceCorpus data = ml::readWorkspaceCorpus(workspace, TraceFeatureOptions(), reading);
        SubProgress training(progress, 0.1, 0.9);
        model = ml::trainEmbeddingModel(data.corpus, std::move(data.extractor), options, training, report);
        params = JsonObject()
                     .add("source", "trained")
                     .add("model_file", args.value("save-model"))
                     .addRaw("training", model->trainingJson())
                     .str();
    } else {
        model = ml::EmbeddingModel::load(args.value("model"), deviceChoiceFrom(args));
        params = JsonObject()
                     .add("source", "loaded")
                     .add("model_file", args.value("model"))
                     .addRaw("training", model->trainingJson())
                     .str();
    }

    SubProgress embedding(progress, train ? 0.9 : 0.0, 1.0);
    const ml::EmbedSummary summary = ml::embedWorkspace(workspace, *model, params, embedding);
    if (args.has("save-model"))
        model->save(args.value("save-model"));
    progress.clear();

    if (json) {
        JsonObject out;
        out.add("workspace", workspace.path().string())
            .add("traces", summary.traces)
            .add("dimension", summary.dimension)
            .add("seconds", summary.seconds, 3)
            .add("traces_per_s", summary.tracesPerSecond, 1)
            .add("device", model->deviceName())
            .add("model", model->description());
        if (args.has("save-model"))
            out.add("model_file", args.value("save-model"));
        out.addRaw("training", model->trainingJson());
        std::cout << out.str() << "\n";
        return 0;
    }
    if (train) {
        std::cout << "trained " << model->description() << " on " << groupedCount(report.traces) << " traces ("
                  << groupedCount(report.pathIds) << " path IDs) in " << fixed(report.seconds, 1) << " s on "
                  << report.device << "; kept epoch " << report.bestEpoch
                  << (report.stoppedEarly ? " (stopped early: the held-out loss stopped improving)" : "") << "\n";
    }
    std::cout << "embedded " << groupedCount(summary.traces) << " traces (" << summary.dimension << "-d) in "
              << fixed(summary.seconds, 1) << " s, " << groupedCount(static_cast<std::int64_t>(summary.tracesPerSecond))
              << " traces/s, into " << workspace.path().string() << "\n";
    if (args.has("save-model"))
        std::cout << "model saved to " << args.value("save-model") << "\n";
    return 0;
}

} // namespace tracemark::cli
