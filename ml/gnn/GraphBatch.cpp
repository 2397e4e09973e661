#include "ml/gnn/GraphBatch.h"

#include "core/common/Error.h"
#include "ml/gnn/TensorShape.h"

#include <algorithm>
#include <set>
#include <string>

namespace tracemark::ml {

GraphBatch GraphBatch::to(const torch::Device& device) const
{
    return GraphBatch { nodeFeatures.to(device), edgeIndex.to(device), graphIndex.to(device), numGraphs };
}

void GraphBatch::validate() const
{
    if (!nodeFeatures.defined() || nodeFeatures.dim() != 2 || nodeFeatures.size(0) == 0)
        throw UsageError(
            "GraphBatch: node features must be a non-empty [N, F] tensor, got " + shapeText(nodeFeatures));
    if (!nodeFeatures.is_floating_point())
        throw UsageError("GraphBatch: node features must be floating point");
    const int64_t n = nodeFeatures.size(0);
    if (!edgeIndex.defined() || edgeIndex.dim() != 2 || edgeIndex.size(0) != 2
        || edgeIndex.scalar_type() != torch::kLong)
        throw UsageError("GraphBatch: edge index must be a [2, E] long tensor, got " + shapeText(edgeIndex));
    if (edgeIndex.numel() > 0) {
        const int64_t lo = edgeIndex.min().item<int64_t>();
        const int64_t hi = edgeIndex.max().item<int64_t>();
        if (lo < 0 || hi >= n)
            throw UsageError("GraphBatch: edge index refers to node " + std::to_string(lo < 0 ? lo : hi)
                + " but the batch has " + std::to_string(n) + " nodes");
    }
    if (!graphIndex.defined() || graphIndex.dim() != 1 || graphIndex.size(0) != n
        || graphIndex.scalar_type() != torch::kLong)
        throw UsageError("GraphBatch: graph index must be a [N] long tensor with N = " + std::to_string(n)
            + ", got " + shapeText(graphIndex));
    if (numGraphs < 1)
        throw UsageError("GraphBatch: empty batch (numGraphs = " + std::to_string(numGraphs) + ")");
    const int64_t lo = graphIndex.min().item<int64_t>();
    const int64_t hi = graphIndex.max().item<int64_t>();
    if (lo < 0 || hi >= numGraphs)
        throw UsageError("GraphBatch: graph index " + std::to_string(lo < 0 ? lo : hi) + " is outside 0.."
            + std::to_string(numGraphs - 1));
}

std::vector<std::pair<int64_t, int64_t>> edgesFromParents(const std::vector<int64_t>& parentOf)
{
    std::vector<std::pair<int64_t, int64_t>> edges;
    for (size_t child = 0; child < parentOf.size(); ++child) {
        if (parentOf[child] >= 0)
            edges.emplace_back(parentOf[child], static_cast<int64_t>(child));
    }
    return edges;
}

GraphBatchBuilder::GraphBatchBuilder(int64_t featureDim)
    : featureDim_(featureDim)
{
    if (featureDim < 1)
        throw UsageError(
            "GraphBatchBuilder: feature dimension must be at least 1, got " + std::to_string(featureDim));
}

void GraphBatchBuilder::addGraph(
    const torch::Tensor& nodeFeatures, const std::vector<std::pair<int64_t, int64_t>>& parentChildEdges)
{
    const std::string where = "GraphBatchBuilder: graph " + std::to_string(numGraphs()) + ": ";
    if (!nodeFeatures.defined() || nodeFeatures.dim() != 2 || nodeFeatures.size(1) != featureDim_)
        throw UsageError(where + "node features must be [n, " + std::to_string(featureDim_) + "], got "
            + shapeText(nodeFeatures));
    if (nodeFeatures.size(0) == 0)
        throw UsageError(where + "a trace needs at least one node");
    if (!nodeFeatures.is_floating_point())
        throw UsageError(where + "node features must be floating point");
    const int64_t n = nodeFeatures.size(0);

    std::set<std::pair<int64_t, int64_t>> seen;
    for (const auto& [parent, child] : parentChildEdges) {
        const std::string edgeText = "edge " + std::to_string(parent) + "->" + std::to_string(child);
        if (parent < 0 || parent >= n || child < 0 || child >= n)
            throw UsageError(where + edgeText + " is outside the " + std::to_string(n) + " nodes");
        if (parent == child)
            throw UsageError(where + edgeText + " is a self loop (the builder adds those itself)");
        if (!seen.insert({ std::min(parent, child), std::max(parent, child) }).second)
            throw UsageError(where + edgeText + " is a duplicate or closes a two-node cycle");
    }

    const int64_t offset = nodesSoFar_;
    for (int64_t i = 0; i < n; ++i) { // self loops first, then both directions of each edge
        sources_.push_back(offset + i);
        destinations_.push_back(offset + i);
        graphOfNode_.push_back(numGraphs());
    }
    for (const auto& [parent, child] : parentChildEdges) {
        sources_.push_back(offset + parent);
        destinations_.push_back(offset + child);
        sources_.push_back(offset + child);
        destinations_.push_back(offset + parent);
    }
    features_.push_back(nodeFeatures.to(torch::kFloat).detach().cpu());
    nodesSoFar_ += n;
}

GraphBatch GraphBatchBuilder::build() const
{
    if (features_.empty())
        throw UsageError("GraphBatchBuilder: empty batch, add at least one graph before build()");
    const auto longOptions = torch::TensorOptions().dtype(torch::kLong);
    const auto edgeCount = static_cast<int64_t>(sources_.size());
    GraphBatch batch;
    batch.nodeFeatures = torch::cat(features_, 0);
    batch.edgeIndex
        = torch::stack({ torch::tensor(sources_, longOptions), torch::tensor(destinations_, longOptions) })
              .reshape({ 2, edgeCount });
    batch.graphIndex = torch::tensor(graphOfNode_, longOptions);
    batch.numGraphs = numGraphs();
    return batch;
}

} // namespace tracemark::ml
