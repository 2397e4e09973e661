#pragma once
// The encoder-training flags shared by `embed --train` and `bench embed`, so both accept the same
// knobs with the same defaults and checks.
#include "ml/train/EmbeddingTrainer.h"

namespace tracemark::cli {

class ArgParser;
class ParsedArgs;

// --epochs --device --seed --batch-size --lr --margin --triplets-per-epoch --patience --text-encoder
void addEncoderTrainingOptions(ArgParser& parser);
ml::EmbeddingTrainOptions encoderTrainingOptionsFrom(const ParsedArgs& args);
ml::DeviceChoice deviceChoiceFrom(const ParsedArgs& args);

} // namespace tracemark::cli
