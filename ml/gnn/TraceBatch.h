#pragma once
// INTERNAL to ml/: includes <torch/torch.h>. Only ml/*.cpp and tests/ml may include this header.
//
// Assembles chosen traces of a finalized EmbeddingCorpus into one TraceTensors batch: a
// block-diagonal graph whose edges are every span's self loop plus both directions of each
// parent→child edge (a span attends to its parent, its children and itself), the same convention
// as GraphBatchBuilder.
#include "ml/gnn/TraceEmbeddingNet.h"
#include "ml/train/EmbeddingCorpus.h"

#include <cstdint>
#include <vector>

namespace tracemark::ml {

class TextEncoder;

// traces: corpus positions, in the order their rows should appear. textEncoder: when not null
// the batch carries the encoder's vectors for its names instead of tokens.
TraceTensors assembleTraceBatch(const EmbeddingCorpus& corpus, const std::vector<std::int64_t>& traces,
                                TextEncoder* textEncoder = nullptr);

} // namespace tracemark::ml
