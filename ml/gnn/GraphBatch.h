#pragma once
// INTERNAL to ml/: includes <torch/torch.h>. Only ml/*.cpp and tests/ml may include this header.
//
// Many traces as one block-diagonal graph, the input of TraceEncoder. Edge direction is
// source → destination and attention is a softmax over each destination's incoming edges, so
// the builder gives every node the edges it should listen on: its parents (parent→child), its
// children (child→parent) and itself (a self loop). A span thus attends to its whole DAG
// neighbourhood, and a leaf or root is never left without an incoming edge.
#include <cstdint>
#include <torch/torch.h>
#include <utility>
#include <vector>

namespace tracemark::ml {

struct GraphBatch {
    torch::Tensor nodeFeatures; // [N, F] float
    torch::Tensor edgeIndex; // [2, E] long: row 0 source node, row 1 destination node
    torch::Tensor graphIndex; // [N] long: which graph (0..numGraphs-1) each node belongs to
    int64_t numGraphs = 0;

    int64_t numNodes() const { return nodeFeatures.defined() ? nodeFeatures.size(0) : 0; }
    int64_t numEdges() const { return edgeIndex.defined() ? edgeIndex.size(1) : 0; }
    GraphBatch to(const torch::Device& device) const;
    // Throws UsageError on mismatched shapes or dtypes, out-of-range indices or an empty batch.
    void validate() const;
};

// Edges (parent, child) from a parent table: parentOf[i] is the parent of node i, or -1 for a root.
std::vector<std::pair<int64_t, int64_t>> edgesFromParents(const std::vector<int64_t>& parentOf);

// Concatenates traces into one GraphBatch, offsetting each trace's node indices by the nodes
// already added. Node order within a trace is kept, so row r of the batch is predictable.
class GraphBatchBuilder {
public:
    explicit GraphBatchBuilder(int64_t featureDim);

    // nodeFeatures: [n, featureDim] float with n >= 1. parentChildEdges: (parent, child) pairs in
    // 0..n-1 without self loops or duplicates (either direction). Throws UsageError otherwise.
    void addGraph(
        const torch::Tensor& nodeFeatures, const std::vector<std::pair<int64_t, int64_t>>& parentChildEdges);

    int64_t numGraphs() const { return static_cast<int64_t>(features_.size()); }
    // Throws UsageError when no graph was added.
    GraphBatch build() const;

private:
    int64_t featureDim_;
    int64_t nodesSoFar_ = 0;
    std::vector<torch::Tensor> features_;
    std::vector<int64_t> sources_;
    std::vector<int64_t> destinations_;
    std::vector<int64_t> graphOfNode_;
};

} // namespace tracemark::ml
