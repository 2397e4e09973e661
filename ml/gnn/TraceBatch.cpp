#include "ml/gnn/TraceBatch.h"

#include "core/common/Error.h"
#include "ml/features/TextEncoder.h"

#include <string>
#include <unordered_map>

namespace tracemark::ml {
namespace {

template <typename T>
torch::Tensor longTensor(const std::vector<T>& values)
{
    std::vector<std::int64_t> wide(values.begin(), values.end());
    return torch::from_blob(wide.data(), {static_cast<std::int64_t>(wide.size())}, torch::kLong).clone();
}

} // namespace

TraceTensors assembleTraceBatch(const EmbeddingCorpus& corpus, const std::vector<std::int64_t>& traces,
                                TextEncoder* textEncoder)
{
    if (traces.empty())
        throw UsageError("trace batch: no traces given");
    if (!corpus.finalized())
        throw UsageError("trace batch: the corpus is not finalized");

    std::unordered_map<std::int32_t, std::int32_t> localName; // corpus name -> batch name
    std::vector<std::int32_t> batchNames;
    std::vector<std::int32_t> spanName;
    std::vector<float> time;
    std::vector<std::int64_t> status;
    std::vector<std::int64_t> sources;
    std::vector<std::int64_t> destinations;
    std::vector<std::int64_t> graphOf;

    std::int64_t offset = 0;
    for (std::size_t g = 0; g < traces.size(); ++g) {
        const std::int64_t position = traces[g];
        if (position < 0 || position >= static_cast<std::int64_t>(corpus.size()))
            throw UsageError("trace batch: trace " + std::to_string(position) + " is not in the corpus of " +
                             std::to_string(corpus.size()));
        const CorpusTrace& trace = corpus.traces[static_cast<std::size_t>(position)];
        for (std::uint32_t s = 0; s < trace.spanCount; ++s) {
            const std::size_t span = trace.firstSpan + s;
            const std::int32_t name = corpus.spanName[span];
            const auto [it, inserted] = localName.emplace(name, static_cast<std::int32_t>(batchNames.size()));
            if (inserted)
                batchNames.push_back(name);
            spanName.push_back(it->second);
            time.insert(time.end(), corpus.spanTime[span].begin(), corpus.spanTime[span].end());
            status.push_back(corpus.spanStatus[span]);
            sources.push_back(offset + s);
            destinations.push_back(offset + s);
            graphOf.push_back(static_cast<std::int64_t>(g));
        }
        for (std::uint32_t e = 0; e < trace.edgeCount; ++e) {
            const auto& [parent, child] = corpus.edges[trace.firstEdge + e];
            sources.push_back(offset + parent);
            destinations.push_back(offset + child);
            sources.push_back(offset + child);
            destinations.push_back(offset + parent);
        }
        offset += trace.spanCount;
    }

    TraceTensors batch;
    if (textEncoder) {
        std::vector<std::string> texts;
        texts.reserve(batchNames.size());
        for (std::int32_t name : batchNames)
            texts.push_back(corpus.names[static_cast<std::size_t>(name)].text());
        batch.nameVectors = textEncoder->encode(texts);
    } else {
        std::vector<std::int64_t> tokens;
        std::vector<std::int64_t> offsets;
        for (std::int32_t name : batchNames) {
            offsets.push_back(static_cast<std::int64_t>(tokens.size()));
            const std::vector<int>& pieces = corpus.names[static_cast<std::size_t>(name)].tokens;
            tokens.insert(tokens.end(), pieces.begin(), pieces.end());
        }
        batch.nameTokens = longTensor(tokens);
        batch.nameOffsets = longTensor(offsets);
    }
    batch.spanName = longTensor(spanName);
    batch.time = torch::from_blob(time.data(), {offset, 4}, torch::kFloat).clone();
    batch.status = longTensor(status);
    batch.edgeIndex = torch::stack({longTensor(sources), longTensor(destinations)});
    batch.graphIndex = longTensor(graphOf);
    batch.numGraphs = static_cast<std::int64_t>(traces.size());
    return batch;
}

} // namespace tracemark::ml
