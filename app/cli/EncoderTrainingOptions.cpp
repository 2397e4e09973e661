#include "EncoderTrainingOptions.h"

#include "ArgParser.h"

#include <cstdint>

namespace tracemark::cli {

void addEncoderTrainingOptions(ArgParser& parser)
{
    parser.option("epochs", 0, "E", "training epochs", "15")
        .option("device", 0, "CHOICE", "auto, cpu or cuda", "auto")
        .option("seed", 0, "S", "seed of every random step (same seed, same model on the CPU)", "1")
        .option("batch-size", 0, "B", "triplets per optimiser step", "32")
        .option("lr", 0, "RATE", "Adam learning rate", "0.0001")
        .option("margin", 0, "M", "triplet loss margin (cosine distance)", "0.2")
        .option("triplets-per-epoch", 0, "N", "0 = one per trace, at most 20,000", "0")
        .option("patience", 0, "E", "stop after E epochs without a better held-out loss", "3")
        .option("text-encoder", 0, "T.pt", "a TorchScript module: forward(names: List[str]) -> [n, D] tensor");
}

ml::DeviceChoice deviceChoiceFrom(const ParsedArgs& args)
{
    return ml::deviceChoiceFromString(args.choice("device", {"auto", "cpu", "cuda", "gpu"}, "auto"));
}

ml::EmbeddingTrainOptions encoderTrainingOptionsFrom(const ParsedArgs& args)
{
    ml::EmbeddingTrainOptions options;
    options.epochs = static_cast<int>(args.integer("epochs", 15, 1, 10'000));
    options.device = deviceChoiceFrom(args);
    options.seed = static_cast<std::uint64_t>(args.integer("seed", 1, 0, INT64_MAX));
    options.batchSize = static_cast<int>(args.integer("batch-size", 32, 1, 65'536));
    options.learningRate = args.number("lr", 1e-4, 1e-9, 10.0);
    options.margin = args.number("margin", 0.2, 0.0, 2.0);
    options.tripletsPerEpoch = args.integer("triplets-per-epoch", 0, 0, INT64_MAX);
    options.patience = static_cast<int>(args.integer("patience", 3, 1, 10'000));
    if (args.has("text-encoder"))
        options.textEncoder = args.value("text-encoder");
    return options;
}

} // namespace tracemark::cli
