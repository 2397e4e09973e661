#include "ml/gnn/GatModules.h"

#include "core/common/Error.h"
#include "ml/gnn/QuietBetaWarnings.h"

#include <cmath>
#include <string>

namespace tracemark::ml {

namespace {

void checkEdgeIndex(const torch::Tensor& edgeIndex, int64_t nodes, const char* who)
{
    if (!edgeIndex.defined() || edgeIndex.dim() != 2 || edgeIndex.size(0) != 2
        || edgeIndex.scalar_type() != torch::kLong)
        throw UsageError(std::string(who) + ": edge index must be a [2, E] long tensor");
    if (edgeIndex.numel() == 0)
        return;
    const int64_t lo = edgeIndex.min().item<int64_t>();
    const int64_t hi = edgeIndex.max().item<int64_t>();
    if (lo < 0 || hi >= nodes)
        throw UsageError(std::string(who) + ": edge index refers to node " + std::to_string(lo < 0 ? lo : hi)
            + " but there are " + std::to_string(nodes) + " nodes");
}

} // namespace

// ---------------------------------------------------------------------------------------------
// GatLayer

GatLayerImpl::GatLayerImpl(const GatLayerOptions& options_)
    : options(options_)
{
    quietBetaWarnings();
    reset();
}

void GatLayerImpl::reset()
{
    if (options.inFeatures() < 1 || options.outPerHead() < 1 || options.heads() < 1)
        throw UsageError("GatLayer: inFeatures, outPerHead and heads must all be at least 1");
    if (options.attentionDropout() < 0.0 || options.attentionDropout() >= 1.0)
        throw UsageError("GatLayer: attentionDropout must be in [0, 1)");
    const int64_t heads = options.heads();
    const int64_t out = options.outPerHead();
    projection = register_module("projection",
        torch::nn::Linear(torch::nn::LinearOptions(options.inFeatures(), heads * out).bias(false)));
    attentionSource = register_parameter("attentionSource", torch::empty({ heads, out }));
    attentionDestination = register_parameter("attentionDestination", torch::empty({ heads, out }));
    // Glorot-uniform over the 2·out inputs of a, as in the GAT paper's reference code.
    const double bound = std::sqrt(6.0 / (2.0 * out + 1.0));
    torch::NoGradGuard noGrad;
    attentionSource.uniform_(-bound, bound);
    attentionDestination.uniform_(-bound, bound);
    if (options.bias())
        outputBias = register_parameter("outputBias", torch::zeros({ outputFeatures() }));
    else
        outputBias = torch::Tensor();
}

void GatLayerImpl::pretty_print(std::ostream& stream) const
{
    stream << "tracemark::ml::GatLayer(in=" << options.inFeatures() << ", outPerHead=" << options.outPerHead()
           << ", heads=" << options.heads() << ", " << (options.concat() ? "concat" : "mean")
           << ", negativeSlope=" << options.negativeSlope()
           << ", attentionDropout=" << options.attentionDropout() << ", bias=" << std::boolalpha
           << options.bias() << ")";
}

torch::Tensor GatLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& edgeIndex)
{
    return forwardWithAttention(x, edgeIndex).features;
}

GatOutput GatLayerImpl::forwardWithAttention(const torch::Tensor& x, const torch::Tensor& edgeIndex)
{
    if (!x.defined() || x.dim() != 2 || x.size(1) != options.inFeatures())
        throw UsageError("GatLayer: input must be [N, " + std::to_string(options.inFeatures()) + "]");
    const int64_t nodes = x.size(0);
    checkEdgeIndex(edgeIndex, nodes, "GatLayer");
    const int64_t heads = options.heads();
    const int64_t out = options.outPerHead();

    const torch::Tensor wh = projection->forward(x).view({ nodes, heads, out }); // W h, per head
    const torch::Tensor source = edgeIndex[0];
    const torch::Tensor destination = edgeIndex[1];
    // a^T [W h_i || W h_j] splits into a per-destination and a per-source term.
    const torch::Tensor scoreSource = (wh * attentionSource).sum(-1); // [N, H]
    const torch::Tensor scoreDestination = (wh * attentionDestination).sum(-1); // [N, H]
    const torch::Tensor scores = torch::leaky_relu(
        scoreDestination.index_select(0, destination) + scoreSource.index_select(0, source),
        options.negativeSlope()); // [E, H]

    // Softmax over each destination's incoming edges. The shift is a constant per node, so it is
    // taken without gradient; nodes with no incoming edge keep a shift of 0 and receive nothing.
    const torch::Tensor destinationPerHead = destination.unsqueeze(1).expand({ -1, heads });
    const torch::Tensor nodeMax = torch::zeros({ nodes, heads }, scores.options())
                                      .scatter_reduce(0, destinationPerHead, scores.detach(), "amax",
                                          /*include_self=*/false);
    const torch::Tensor expScores = (scores - nodeMax.index_select(0, destination)).exp();
    const torch::Tensor denominator
        = torch::zeros({ nodes, heads }, scores.options()).index_add(0, destination, expScores);
    torch::Tensor attention = expScores / denominator.index_select(0, destination);

    torch::Tensor weights = attention;
    if (options.attentionDropout() > 0.0)
        weights = torch::dropout(weights, options.attentionDropout(), is_training());
    const torch::Tensor messages = wh.index_select(0, source) * weights.unsqueeze(-1); // [E, H, out]
    torch::Tensor h = torch::zeros({ nodes, heads, out }, wh.options()).index_add(0, destination, messages);
    h = options.concat() ? h.reshape({ nodes, heads * out }) : h.mean(1);
    if (outputBias.defined())
        h = h + outputBias;
    return GatOutput { h, attention };
}

// ---------------------------------------------------------------------------------------------
// Readout

torch::Tensor meanMaxReadout(const torch::Tensor& x, const torch::Tensor& graphIndex, int64_t numGraphs)
{
    if (!x.defined() || x.dim() != 2 || !graphIndex.defined() || graphIndex.dim() != 1
        || graphIndex.size(0) != x.size(0))
        throw UsageError("meanMaxReadout: expected x [N, D] and graph index [N]");
    const int64_t width = x.size(1);
    const torch::Tensor counts = torch::zeros({ numGraphs }, x.options())
                                     .index_add(0, graphIndex, torch::ones({ x.size(0) }, x.options()));
    if (counts.min().item<double>() < 1.0)
        throw UsageError("meanMaxReadout: every graph in the batch needs at least one node");
    const torch::Tensor sum = torch::zeros({ numGraphs, width }, x.options()).index_add(0, graphIndex, x);
    const torch::Tensor mean = sum / counts.unsqueeze(1);
    const torch::Tensor max = torch::zeros({ numGraphs, width }, x.options())
                                  .scatter_reduce(0, graphIndex.unsqueeze(1).expand({ -1, width }), x, "amax",
                                      /*include_self=*/false);
    return torch::cat({ mean, max }, 1);
}

// ---------------------------------------------------------------------------------------------
// TraceEncoder

TraceEncoderImpl::TraceEncoderImpl(const TraceEncoderOptions& options_)
    : options(options_)
{
    reset();
}

void TraceEncoderImpl::reset()
{
    if (options.inFeatures() < 1 || options.hidden() < 1 || options.heads() < 1 || options.embeddingDim() < 1)
        throw UsageError("TraceEncoder: inFeatures, hidden, heads and embeddingDim must all be at least 1");
    if (options.gatLayers() < 1)
        throw UsageError("TraceEncoder: needs at least one GAT layer");
    if (options.hidden() % options.heads() != 0)
        throw UsageError("TraceEncoder: hidden (" + std::to_string(options.hidden())
            + ") must be divisible by heads (" + std::to_string(options.heads()) + ")");
    if (options.dropout() < 0.0 || options.dropout() >= 1.0)
        throw UsageError("TraceEncoder: dropout must be in [0, 1)");
    inputProjection
        = register_module("inputProjection", torch::nn::Linear(options.inFeatures(), options.hidden()));
    gat = register_module("gat", torch::nn::ModuleList());
    for (int64_t i = 0; i < options.gatLayers(); ++i) {
        gat->push_back(GatLayer(GatLayerOptions(options.hidden(), options.hidden() / options.heads())
                                    .heads(options.heads())
                                    .concat(true)
                                    .attentionDropout(options.attentionDropout())));
    }
    output = register_module("output", torch::nn::Linear(2 * options.hidden(), options.embeddingDim()));
}

void TraceEncoderImpl::pretty_print(std::ostream& stream) const
{
    stream << "tracemark::ml::TraceEncoder(in=" << options.inFeatures() << ", hidden=" << options.hidden()
           << ", heads=" << options.heads() << ", gatLayers=" << options.gatLayers()
           << ", embeddingDim=" << options.embeddingDim() << ", dropout=" << options.dropout()
           << ", attentionDropout=" << options.attentionDropout() << ")";
}

torch::Tensor TraceEncoderImpl::nodeStates(const GraphBatch& batch)
{
    batch.validate();
    if (batch.nodeFeatures.size(1) != options.inFeatures())
        throw UsageError("TraceEncoder: batch has " + std::to_string(batch.nodeFeatures.size(1))
            + " node features, the encoder expects " + std::to_string(options.inFeatures()));
    torch::Tensor h = torch::elu(inputProjection->forward(batch.nodeFeatures));
    for (size_t i = 0; i < gat->size(); ++i) {
        h = torch::dropout(h, options.dropout(), is_training());
        h = gat->ptr<GatLayerImpl>(i)->forward(h, batch.edgeIndex);
        if (i + 1 < gat->size())
            h = torch::elu(h);
    }
    return h;
}

torch::Tensor TraceEncoderImpl::forward(const GraphBatch& batch)
{
    const torch::Tensor h = nodeStates(batch);
    return output->forward(meanMaxReadout(h, batch.graphIndex, batch.numGraphs));
}

} // namespace tracemark::ml
