#include "ml/features/TimeFeatureScaler.h"

#include "core/common/Error.h"
#include "ml/features/FeatureBlob.h"

#include <cmath>

namespace tracemark {
namespace {

constexpr std::string_view kBlobKind = "tracemark-time-feature-scaler";
constexpr int kBlobVersion = 1;

double logMicros(std::int64_t ns)
{
    return std::log1p(static_cast<double>(ns > 0 ? ns : 0) / 1000.0);
}

} // namespace

std::array<double, TimeFeatureScaler::kFeatureCount> TimeFeatureScaler::logFeatures(const SpanTiming& timing)
{
    return {logMicros(timing.durationNs), logMicros(timing.waitingNs), logMicros(timing.localNs),
            logMicros(timing.relativeStartNs)};
}

void TimeFeatureScaler::observe(const SpanTiming& timing)
{
    const auto values = logFeatures(timing);
    ++count_;
    for (std::size_t k = 0; k < values.size(); ++k) {
        const double delta = values[k] - mean_[k];
        mean_[k] += delta / static_cast<double>(count_);
        m2_[k] += delta * (values[k] - mean_[k]);
    }
}

double TimeFeatureScaler::scale(int feature) const
{
    const auto k = static_cast<std::size_t>(feature);
    if (count_ == 0 || k >= m2_.size())
        return 1.0;
    const double deviation = std::sqrt(m2_[k] / static_cast<double>(count_));
    return deviation > 1e-12 ? deviation : 1.0;
}

std::array<float, TimeFeatureScaler::kFeatureCount> TimeFeatureScaler::transform(const SpanTiming& timing) const
{
    if (!fitted())
        throw UsageError("the time feature scaler has not been fitted on any span");
    const auto values = logFeatures(timing);
    std::array<float, kFeatureCount> scaled{};
    for (int k = 0; k < kFeatureCount; ++k)
        scaled[static_cast<std::size_t>(k)] =
            static_cast<float>((values[static_cast<std::size_t>(k)] - mean(k)) / scale(k));
    return scaled;
}

void TimeFeatureScaler::serialize(std::string& out) const
{
    FeatureBlobWriter writer(out, kBlobKind, kBlobVersion);
    writer.field("count", count_);
    for (std::size_t k = 0; k < mean_.size(); ++k) {
        writer.field(std::string(kFeatureNames[k]) + ".mean", mean_[k]);
        writer.field(std::string(kFeatureNames[k]) + ".m2", m2_[k]);
    }
}

TimeFeatureScaler TimeFeatureScaler::deserialize(std::string_view data)
{
    FeatureBlobReader reader(data, kBlobKind, kBlobVersion);
    TimeFeatureScaler scaler;
    scaler.count_ = reader.intField("count");
    if (scaler.count_ < 0)
        reader.fail("negative count");
    for (std::size_t k = 0; k < scaler.mean_.size(); ++k) {
        scaler.mean_[k] = reader.doubleField(std::string(kFeatureNames[k]) + ".mean");
        scaler.m2_[k] = reader.doubleField(std::string(kFeatureNames[k]) + ".m2");
        if (!std::isfinite(scaler.mean_[k]) || !std::isfinite(scaler.m2_[k]) || scaler.m2_[k] < 0)
            reader.fail("non-finite or negative statistics for " + std::string(kFeatureNames[k]));
    }
    reader.expectEnd();
    return scaler;
}

} // namespace tracemark
