#pragma once
// INTERNAL to ml/: includes <torch/torch.h>. Only ml/*.cpp and tests/ml may include this header.
//
// Triplet loss on cosine distance (DESIGN §5): d(x,y) = 1 - x·y/(|x||y|),
// L = mean over triplets of max(d(A,P) - d(A,N) + margin, 0).
#include <ostream>
#include <torch/torch.h>

namespace tracemark::ml {

// Row-wise cosine distance of x and y, both [B, D] → [B]. A zero row counts as orthogonal to
// everything (distance 1) instead of producing NaN.
torch::Tensor cosineDistance(const torch::Tensor& x, const torch::Tensor& y);

struct TripletLossOptions {
    TORCH_ARG(double, margin) = 0.2;
};

struct TripletLossResult {
    torch::Tensor loss; // scalar: mean hinge over the batch (differentiable)
    torch::Tensor perTriplet; // [B]: each triplet's hinge
    double activeFraction = 0.0; // share of triplets with a positive hinge (still teaching)
};

class TripletLossImpl : public torch::nn::Cloneable<TripletLossImpl> {
public:
    explicit TripletLossImpl(const TripletLossOptions& options = {});
    void reset() override;
    void pretty_print(std::ostream& stream) const override;

    // anchor, positive, negative: [B, D] with B >= 1, same shape. Throws UsageError otherwise.
    TripletLossResult forward(
        const torch::Tensor& anchor, const torch::Tensor& positive, const torch::Tensor& negative);

    TripletLossOptions options;
};
TORCH_MODULE(TripletLoss);

} // namespace tracemark::ml
