#include "ml/gnn/TripletLoss.h"

#include "core/common/Error.h"
#include "ml/gnn/TensorShape.h"

#include <string>

namespace tracemark::ml {

torch::Tensor cosineDistance(const torch::Tensor& x, const torch::Tensor& y)
{
    if (!x.defined() || !y.defined() || x.dim() != 2 || !x.sizes().equals(y.sizes()))
        throw UsageError("cosineDistance: expected two [B, D] tensors of the same shape, got " + shapeText(x)
            + " and " + shapeText(y));
    const torch::Tensor dot = (x * y).sum(1);
    const torch::Tensor norms = x.norm(2, 1) * y.norm(2, 1);
    // clamp_min keeps zero rows finite: their dot product is 0, so the distance is 1.
    return 1.0 - dot / norms.clamp_min(1e-12);
}

TripletLossImpl::TripletLossImpl(const TripletLossOptions& options_)
    : options(options_)
{
    reset();
}

void TripletLossImpl::reset()
{
    if (options.margin() < 0.0)
        throw UsageError("TripletLoss: margin must not be negative, got " + std::to_string(options.margin()));
}

void TripletLossImpl::pretty_print(std::ostream& stream) const
{
    stream << "tracemark::ml::TripletLoss(margin=" << options.margin() << ", distance=cosine)";
}

TripletLossResult TripletLossImpl::forward(
    const torch::Tensor& anchor, const torch::Tensor& positive, const torch::Tensor& negative)
{
    if (!anchor.defined() || anchor.dim() != 2 || anchor.size(0) == 0 || anchor.size(1) == 0)
        throw UsageError("TripletLoss: anchor must be a non-empty [B, D] tensor, got " + shapeText(anchor));
    if (!positive.defined() || !negative.defined() || !positive.sizes().equals(anchor.sizes())
        || !negative.sizes().equals(anchor.sizes()))
        throw UsageError("TripletLoss: anchor " + shapeText(anchor) + ", positive " + shapeText(positive)
            + " and negative " + shapeText(negative) + " must have the same shape");
    TripletLossResult result;
    result.perTriplet
        = torch::relu(cosineDistance(anchor, positive) - cosineDistance(anchor, negative) + options.margin());
    result.loss = result.perTriplet.mean();
    result.activeFraction = (result.perTriplet > 0).to(torch::kDouble).mean().item<double>();
    return result;
}

} // namespace tracemark::ml
