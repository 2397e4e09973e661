// GAT encoder, graph batching and triplet loss of issue 3 (ml/gnn), on hand-built graphs.
#include "core/common/Error.h"
#include "ml/gnn/GatModules.h"
#include "ml/gnn/GraphBatch.h"
#include "ml/gnn/TripletLoss.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>
#include <torch/torch.h>
#include <vector>

using namespace tracemark;
using namespace tracemark::ml;

namespace {

constexpr int64_t kFeatures = 4;

std::vector<int64_t> chainParents(int64_t n)
{
    std::vector<int64_t> parents(n);
    for (int64_t i = 0; i < n; ++i)
        parents[i] = i - 1;
    return parents;
}

std::vector<int64_t> starParents(int64_t n)
{
    std::vector<int64_t> parents(n, 0);
    parents[0] = -1;
    return parents;
}

// Features a span could carry: a constant, its child count (scaled) and two noise channels that
// carry nothing about the family.
torch::Tensor familyFeatures(const std::vector<int64_t>& parents)
{
    const auto n = static_cast<int64_t>(parents.size());
    torch::Tensor x = torch::zeros({ n, kFeatures });
    x.narrow(1, 2, 2).copy_(0.3 * torch::randn({ n, 2 }));
    for (int64_t i = 0; i < n; ++i) {
        x[i][0] = 1.0;
        if (parents[i] >= 0)
            x[parents[i]][1] += 0.25;
    }
    return x;
}

void addTree(GraphBatchBuilder& builder, const std::vector<int64_t>& parents)
{
    builder.addGraph(familyFeatures(parents), edgesFromParents(parents));
}

GraphBatch singleTree(const std::vector<int64_t>& parents)
{
    GraphBatchBuilder builder(kFeatures);
    addTree(builder, parents);
    return builder.build();
}

// Sum of each destination's incoming attention, [N, heads].
torch::Tensor attentionPerDestination(const GatOutput& out, const torch::Tensor& edgeIndex, int64_t nodes)
{
    return torch::zeros({ nodes, out.attention.size(1) }).index_add(0, edgeIndex[1], out.attention);
}

void setLayerToIdentityScorer(GatLayer& layer)
{
    // W = 1, a = [a_dst = 0 || a_src = 1]: e_ij = LeakyReLU(h_j).
    torch::NoGradGuard noGrad;
    layer->projection->weight.fill_(1.0);
    layer->attentionSource.fill_(1.0);
    layer->attentionDestination.fill_(0.0);
}

} // namespace

TEST_CASE("GraphBatchBuilder offsets blocks and adds self loops and both edge directions", "[gnn]")
{
    GraphBatchBuilder builder(kFeatures);
    builder.addGraph(torch::ones({ 2, kFeatures }), { { 0, 1 } });
    builder.addGraph(torch::full({ 1, kFeatures }, 2.0), {});
    const GraphBatch batch = builder.build();

    REQUIRE(batch.numGraphs == 2);
    REQUIRE(batch.numNodes() == 3);
    REQUIRE(batch.nodeFeatures.sizes() == torch::IntArrayRef({ 3, kFeatures }));
    // Graph 0: self loops 0,1 then 0→1 and 1→0; graph 1 (offset 2): its self loop.
    const std::vector<int64_t> expectedSources { 0, 1, 0, 1, 2 };
    const std::vector<int64_t> expectedDestinations { 0, 1, 1, 0, 2 };
    REQUIRE(batch.edgeIndex.sizes() == torch::IntArrayRef({ 2, 5 }));
    for (int64_t e = 0; e < 5; ++e) {
        CHECK(batch.edgeIndex[0][e].item<int64_t>() == expectedSources[e]);
        CHECK(batch.edgeIndex[1][e].item<int64_t>() == expectedDestinations[e]);
    }
    CHECK(batch.graphIndex[0].item<int64_t>() == 0);
    CHECK(batch.graphIndex[1].item<int64_t>() == 0);
    CHECK(batch.graphIndex[2].item<int64_t>() == 1);
    CHECK(batch.nodeFeatures[2][0].item<float>() == 2.0f);
    CHECK_NOTHROW(batch.validate());
}

TEST_CASE("GraphBatch misuse throws UsageError", "[gnn]")
{
    GraphBatchBuilder builder(kFeatures);
    CHECK_THROWS_AS(builder.build(), UsageError); // empty batch
    CHECK_THROWS_AS(builder.addGraph(torch::ones({ 3, kFeatures + 1 }), {}), UsageError);
    CHECK_THROWS_AS(builder.addGraph(torch::ones({ 0, kFeatures }), {}), UsageError);
    CHECK_THROWS_AS(builder.addGraph(torch::ones({ 3, kFeatures }), { { 0, 3 } }), UsageError);
    CHECK_THROWS_AS(builder.addGraph(torch::ones({ 3, kFeatures }), { { 1, 1 } }), UsageError);
    CHECK_THROWS_AS(builder.addGraph(torch::ones({ 3, kFeatures }), { { 0, 1 }, { 1, 0 } }), UsageError);
    CHECK_THROWS_AS(GraphBatchBuilder(0), UsageError);

    GraphBatch batch = singleTree(chainParents(3));
    batch.edgeIndex = batch.edgeIndex.clone();
    batch.edgeIndex[1][0] = 7;
    CHECK_THROWS_AS(batch.validate(), UsageError);
    TraceEncoder encoder(TraceEncoderOptions(kFeatures).hidden(8).heads(2));
    CHECK_THROWS_AS(encoder->forward(batch), UsageError);

    GraphBatch wrongGraphs = singleTree(chainParents(3));
    wrongGraphs.numGraphs = 0;
    CHECK_THROWS_AS(wrongGraphs.validate(), UsageError);
}

TEST_CASE("GAT attention matches a hand-computed softmax", "[gnn]")
{
    GatLayer layer(GatLayerOptions(1, 1).heads(1).bias(false));
    setLayerToIdentityScorer(layer);
    // Node 0 listens to itself and nodes 1..3; nodes 1..3 only to themselves.
    const torch::Tensor x
        = torch::tensor({ 0.0, std::log(2.0), std::log(3.0), -1.0 }, torch::kFloat).view({ 4, 1 });
    const torch::Tensor edges
        = torch::tensor({ 0, 1, 2, 3, 1, 2, 3, 0, 1, 2, 3, 0, 0, 0 }, torch::kLong).view({ 2, 7 });
    const GatOutput out = layer->forwardWithAttention(x, edges);

    // Scores into node 0: LeakyReLU(0, ln2, ln3, -1) = 0, ln2, ln3, -0.2 → exp 1, 2, 3, e^-0.2.
    const double z = 1.0 + 2.0 + 3.0 + std::exp(-0.2);
    CHECK(out.attention[0][0].item<double>() == Approx(1.0 / z)); // edge 0→0
    CHECK(out.attention[4][0].item<double>() == Approx(2.0 / z)); // edge 1→0
    CHECK(out.attention[5][0].item<double>() == Approx(3.0 / z)); // edge 2→0
    CHECK(out.attention[6][0].item<double>() == Approx(std::exp(-0.2) / z)); // edge 3→0
    CHECK(out.attention[1][0].item<double>() == Approx(1.0));
    const double expected0 = (2.0 * std::log(2.0) + 3.0 * std::log(3.0) - std::exp(-0.2)) / z;
    CHECK(out.features[0][0].item<double>() == Approx(expected0));
    CHECK(out.features[3][0].item<double>() == Approx(-1.0));
}

TEST_CASE("GAT softmax stays finite for large scores", "[gnn]")
{
    GatLayer layer(GatLayerOptions(1, 1).heads(1).bias(false));
    setLayerToIdentityScorer(layer);
    const torch::Tensor x = torch::tensor({ 1000.0, 1001.0 }, torch::kFloat).view({ 2, 1 });
    const torch::Tensor edges = torch::tensor({ 0, 1, 1, 0, 1, 0 }, torch::kLong).view({ 2, 3 });
    const GatOutput out = layer->forwardWithAttention(x, edges);
    REQUIRE(torch::isfinite(out.attention).all().item<bool>());
    // Into node 0: scores 1000 and 1001 → weights 1/(1+e) and e/(1+e).
    CHECK(out.attention[0][0].item<double>() == Approx(1.0 / (1.0 + std::exp(1.0))));
    CHECK(out.attention[2][0].item<double>() == Approx(std::exp(1.0) / (1.0 + std::exp(1.0))));
}

TEST_CASE("GAT attention sums to 1 per destination and shapes follow the options", "[gnn]")
{
    torch::manual_seed(3);
    GraphBatchBuilder builder(kFeatures);
    addTree(builder, chainParents(5));
    addTree(builder, starParents(6));
    addTree(builder, { -1, 0, 0, 1, 1, 2 });
    const GraphBatch batch = builder.build();

    GatLayer concat(GatLayerOptions(kFeatures, 5).heads(3));
    const GatOutput out = concat->forwardWithAttention(batch.nodeFeatures, batch.edgeIndex);
    CHECK(out.features.sizes() == torch::IntArrayRef({ batch.numNodes(), 15 }));
    CHECK(out.attention.sizes() == torch::IntArrayRef({ batch.numEdges(), 3 }));
    CHECK(torch::allclose(attentionPerDestination(out, batch.edgeIndex, batch.numNodes()),
        torch::ones({ batch.numNodes(), 3 }), 1e-5, 1e-6));
    CHECK((out.attention > 0).all().item<bool>());

    GatLayer mean(GatLayerOptions(kFeatures, 5).heads(3).concat(false));
    CHECK(mean->forward(batch.nodeFeatures, batch.edgeIndex).sizes()
        == torch::IntArrayRef({ batch.numNodes(), 5 }));

    TraceEncoder encoder { TraceEncoderOptions(kFeatures) };
    CHECK(encoder->forward(batch).sizes() == torch::IntArrayRef({ 3, 64 }));
    CHECK(encoder->nodeStates(batch).sizes() == torch::IntArrayRef({ batch.numNodes(), 64 }));
}

TEST_CASE("GAT and encoder misuse throws UsageError", "[gnn]")
{
    GatLayer layer(GatLayerOptions(kFeatures, 2).heads(2));
    const torch::Tensor edges = torch::tensor({ 0, 1, 1, 0 }, torch::kLong).view({ 2, 2 });
    CHECK_THROWS_AS(layer->forward(torch::ones({ 2, kFeatures + 1 }), edges), UsageError);
    CHECK_THROWS_AS(layer->forward(torch::ones({ 2, kFeatures }),
                        torch::tensor({ 0, 2, 1, 0 }, torch::kLong).view({ 2, 2 })),
        UsageError);
    CHECK_THROWS_AS(layer->forward(torch::ones({ 2, kFeatures }), edges.to(torch::kInt)), UsageError);
    CHECK_THROWS_AS(layer->forward(torch::ones({ 2, kFeatures }), edges.view({ 4 })), UsageError);
    CHECK_THROWS_AS(TraceEncoder(TraceEncoderOptions(kFeatures).hidden(10).heads(4)), UsageError);
    CHECK_THROWS_AS(TraceEncoder(TraceEncoderOptions(kFeatures).gatLayers(0)), UsageError);

    TraceEncoder encoder(TraceEncoderOptions(kFeatures + 2).hidden(8).heads(2));
    CHECK_THROWS_AS(encoder->forward(singleTree(chainParents(3))), UsageError);
}

TEST_CASE("backward reaches every encoder parameter", "[gnn]")
{
    torch::manual_seed(11);
    GraphBatchBuilder builder(kFeatures);
    addTree(builder, chainParents(5));
    addTree(builder, starParents(5));
    TraceEncoder encoder(TraceEncoderOptions(kFeatures).hidden(16).heads(4).embeddingDim(8));
    const torch::Tensor embeddings = encoder->forward(builder.build());
    (embeddings * torch::randn_like(embeddings)).sum().backward();

    const auto parameters = encoder->named_parameters();
    CHECK(parameters.size() == 12); // input (2) + 2 GAT layers × 4 + output (2)
    for (const auto& item : parameters) {
        INFO(item.key());
        REQUIRE(item.value().grad().defined());
        CHECK(item.value().grad().abs().sum().item<double>() > 0.0);
        CHECK(torch::isfinite(item.value().grad()).all().item<bool>());
    }
}

TEST_CASE("batched graphs are encoded independently (block-diagonal)", "[gnn]")
{
    torch::manual_seed(5);
    const GraphBatch chain = singleTree(chainParents(5));
    const GraphBatch star = singleTree(starParents(4));
    GraphBatchBuilder builder(kFeatures);
    builder.addGraph(chain.nodeFeatures, edgesFromParents(chainParents(5)));
    builder.addGraph(star.nodeFeatures, edgesFromParents(starParents(4)));
    const GraphBatch both = builder.build();

    TraceEncoder encoder(
        TraceEncoderOptions(kFeatures).hidden(16).heads(2).dropout(0.3).attentionDropout(0.3));
    encoder->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor batched = encoder->forward(both);
    CHECK(torch::allclose(batched[0], encoder->forward(chain)[0], 1e-5, 1e-6));
    CHECK(torch::allclose(batched[1], encoder->forward(star)[0], 1e-5, 1e-6));
    CHECK_FALSE(torch::allclose(batched[0], batched[1], 1e-3, 1e-3));
}

TEST_CASE("same seed gives the same encoder and embeddings", "[gnn]")
{
    auto run = [] {
        torch::manual_seed(42);
        const GraphBatch batch = singleTree(starParents(6));
        TraceEncoder encoder(TraceEncoderOptions(kFeatures).hidden(16).heads(2).dropout(0.2));
        encoder->train(); // dropout draws from the seeded generator too
        return encoder->forward(batch).detach();
    };
    const torch::Tensor first = run();
    const torch::Tensor second = run();
    CHECK(torch::equal(first, second));
}

TEST_CASE("clone copies the weights and pretty_print names the options", "[gnn]")
{
    torch::manual_seed(8);
    const GraphBatch batch = singleTree(chainParents(4));
    TraceEncoder encoder(TraceEncoderOptions(kFeatures).hidden(8).heads(2).embeddingDim(16));
    encoder->eval();
    const auto copy = std::dynamic_pointer_cast<TraceEncoderImpl>(encoder->clone());
    REQUIRE(copy);
    CHECK(copy->parameters().size() == encoder->parameters().size());
    CHECK(torch::equal(copy->forward(batch), encoder->forward(batch)));

    std::ostringstream text;
    text << *encoder;
    CHECK(text.str().find("TraceEncoder(in=4, hidden=8, heads=2, gatLayers=2, embeddingDim=16")
        != std::string::npos);
    CHECK(text.str().find("GatLayer(in=8, outPerHead=4, heads=2, concat") != std::string::npos);
}

TEST_CASE("triplet loss on cosine distance matches hand-computed values", "[gnn]")
{
    const double inverseRoot2 = 1.0 / std::sqrt(2.0);
    // d((1,0),(1,1)) = 1 - 1/√2; d((1,0),(0,1)) = 1; d((1,0),(-1,0)) = 2; d((1,0),(0,2)) = 1.
    const torch::Tensor d = cosineDistance(torch::tensor({ 1.0, 0.0, 1.0, 0.0 }).view({ 2, 2 }),
        torch::tensor({ 1.0, 1.0, -1.0, 0.0 }).view({ 2, 2 }));
    CHECK(d[0].item<double>() == Approx(1.0 - inverseRoot2));
    CHECK(d[1].item<double>() == Approx(2.0));
    // A zero vector is at distance 1 from everything rather than NaN.
    CHECK(cosineDistance(torch::zeros({ 1, 2 }), torch::ones({ 1, 2 }))[0].item<double>() == Approx(1.0));

    TripletLoss loss(TripletLossOptions().margin(0.2));
    SECTION("margin met: exactly zero")
    {
        // d(A,P) = 1 - 1/√2 ≈ 0.293, d(A,N) = 1: 0.293 - 1 + 0.2 < 0.
        const TripletLossResult r = loss->forward(torch::tensor({ 1.0, 0.0 }).view({ 1, 2 }),
            torch::tensor({ 1.0, 1.0 }).view({ 1, 2 }), torch::tensor({ 0.0, 1.0 }).view({ 1, 2 }));
        CHECK(r.loss.item<double>() == 0.0);
        CHECK(r.activeFraction == 0.0);
    }
    SECTION("mixed batch: mean hinge and active fraction")
    {
        // Triplet 1: margin met → 0. Triplet 2: A=(1,0), P=(0,1), N=(1,1): 1 - (1 - 1/√2) + 0.2.
        // Triplet 3: A=(1,0), P=(-1,0), N=(0,2): 2 - 1 + 0.2 = 1.2.
        const torch::Tensor a = torch::tensor({ 1.0, 0.0, 1.0, 0.0, 1.0, 0.0 }).view({ 3, 2 });
        const torch::Tensor p = torch::tensor({ 1.0, 1.0, 0.0, 1.0, -1.0, 0.0 }).view({ 3, 2 });
        const torch::Tensor n = torch::tensor({ 0.0, 1.0, 1.0, 1.0, 0.0, 2.0 }).view({ 3, 2 });
        const TripletLossResult r = loss->forward(a, p, n);
        const double second = inverseRoot2 + 0.2;
        CHECK(r.perTriplet[0].item<double>() == 0.0);
        CHECK(r.perTriplet[1].item<double>() == Approx(second));
        CHECK(r.perTriplet[2].item<double>() == Approx(1.2));
        CHECK(r.loss.item<double>() == Approx((second + 1.2) / 3.0));
        CHECK(r.activeFraction == Approx(2.0 / 3.0));
    }
    SECTION("misuse")
    {
        CHECK_THROWS_AS(
            loss->forward(torch::ones({ 2, 3 }), torch::ones({ 2, 3 }), torch::ones({ 2, 4 })), UsageError);
        CHECK_THROWS_AS(
            loss->forward(torch::ones({ 0, 3 }), torch::ones({ 0, 3 }), torch::ones({ 0, 3 })), UsageError);
        CHECK_THROWS_AS(
            loss->forward(torch::ones({ 3 }), torch::ones({ 3 }), torch::ones({ 3 })), UsageError);
        CHECK_THROWS_AS(TripletLoss(TripletLossOptions().margin(-0.1)), UsageError);
    }
}

namespace {

// Four chains then four stars of 4..7 nodes, fresh noise each call.
GraphBatch familyBatch()
{
    GraphBatchBuilder builder(kFeatures);
    for (int64_t n = 4; n < 8; ++n)
        addTree(builder, chainParents(n));
    for (int64_t n = 4; n < 8; ++n)
        addTree(builder, starParents(n));
    return builder.build();
}

struct FamilyTriplets {
    torch::Tensor anchor, positive, negative;
};

// Anchor i, positive = next member of its family, negative = the other family's member i.
FamilyTriplets familyTriplets(const torch::Tensor& embeddings)
{
    const torch::Tensor anchorRows = torch::arange(8, torch::kLong);
    const torch::Tensor positiveRows = torch::tensor({ 1, 2, 3, 0, 5, 6, 7, 4 }, torch::kLong);
    const torch::Tensor negativeRows = torch::tensor({ 4, 5, 6, 7, 0, 1, 2, 3 }, torch::kLong);
    return { embeddings.index_select(0, anchorRows), embeddings.index_select(0, positiveRows),
        embeddings.index_select(0, negativeRows) };
}

struct FamilyDistances {
    double within = 0; // mean cosine distance between members of the same family
    double across = 0; // mean cosine distance between a chain and a star
    double worstWithin = 0;
    double bestAcross = 0;
};

FamilyDistances familyDistances(const torch::Tensor& embeddings)
{
    FamilyDistances d;
    int within = 0, across = 0;
    d.bestAcross = 1e9;
    for (int64_t i = 0; i < 8; ++i) {
        for (int64_t j = i + 1; j < 8; ++j) {
            const double dist
                = cosineDistance(embeddings[i].unsqueeze(0), embeddings[j].unsqueeze(0)).item<double>();
            if ((i < 4) == (j < 4)) {
                d.within += dist;
                d.worstWithin = std::max(d.worstWithin, dist);
                ++within;
            } else {
                d.across += dist;
                d.bestAcross = std::min(d.bestAcross, dist);
                ++across;
            }
        }
    }
    d.within /= within;
    d.across /= across;
    return d;
}

} // namespace

TEST_CASE("50 Adam steps separate chains from stars under the triplet loss", "[gnn][train]")
{
    torch::manual_seed(2024); // also checked by hand with seeds 1..8: all separate
    TraceEncoder encoder(TraceEncoderOptions(kFeatures).hidden(32).heads(4));
    TripletLoss tripletLoss(TripletLossOptions().margin(0.5));
    torch::optim::Adam optimizer(encoder->parameters(), torch::optim::AdamOptions(1e-2));
    const GraphBatch evaluation = familyBatch(); // held out: its noise is never trained on

    auto evaluate = [&] {
        torch::NoGradGuard noGrad;
        encoder->eval();
        const torch::Tensor embeddings = encoder->forward(evaluation);
        const FamilyTriplets t = familyTriplets(embeddings);
        const double loss = tripletLoss->forward(t.anchor, t.positive, t.negative).loss.item<double>();
        encoder->train();
        return std::make_pair(loss, familyDistances(embeddings));
    };

    const auto [lossBefore, distancesBefore] = evaluate();
    for (int step = 0; step < 50; ++step) {
        const FamilyTriplets t = familyTriplets(encoder->forward(familyBatch()));
        const TripletLossResult r = tripletLoss->forward(t.anchor, t.positive, t.negative);
        optimizer.zero_grad();
        r.loss.backward();
        optimizer.step();
    }
    const auto [lossAfter, distancesAfter] = evaluate();

    INFO("loss " << lossBefore << " -> " << lossAfter << "; within " << distancesBefore.within << " -> "
                 << distancesAfter.within << "; across " << distancesBefore.across << " -> "
                 << distancesAfter.across << "; worst within " << distancesAfter.worstWithin
                 << ", best across " << distancesAfter.bestAcross);
    CHECK(lossAfter < 0.5 * lossBefore);
    CHECK(distancesBefore.across + 0.3 < distancesAfter.across); // learnt, not there at initialisation
    CHECK(distancesAfter.within + 0.3 < distancesAfter.across);
    CHECK(distancesAfter.worstWithin < distancesAfter.bestAcross);
}
