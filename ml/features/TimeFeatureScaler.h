#pragma once
// The four time features of a span (duration, waiting, local execution, relative start), each
// log1p of microseconds, then standardised with the mean and standard deviation of the workspace.
// Microseconds and the log keep a 50 µs call and a 30 s timeout within a range a model can use.
// Negative times (clock skew between hosts) count as 0.
#include "core/graph/TraceGraph.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tracemark {

class TimeFeatureScaler {
public:
    static constexpr int kFeatureCount = 4;
    static constexpr std::array<const char*, kFeatureCount> kFeatureNames = {"duration", "waiting", "local",
                                                                              "relative_start"};

    // log1p(max(ns, 0) / 1000) of each feature, before standardisation.
    static std::array<double, kFeatureCount> logFeatures(const SpanTiming& timing);

    // Accumulates one span into the statistics (Welford, numerically stable for millions of spans).
    void observe(const SpanTiming& timing);
    std::int64_t observedCount() const { return count_; }
    bool fitted() const { return count_ > 0; }

    double mean(int feature) const { return mean_.at(static_cast<std::size_t>(feature)); }
    // Population standard deviation; 1 where it is 0 (a constant feature standardises to 0).
    double scale(int feature) const;

    // (logFeature - mean) / scale. UsageError when nothing was observed.
    std::array<float, kFeatureCount> transform(const SpanTiming& timing) const;

    void serialize(std::string& out) const;
    static TimeFeatureScaler deserialize(std::string_view data); // Error on a bad or other-version blob

private:
    std::int64_t count_ = 0;
    std::array<double, kFeatureCount> mean_{};
    std::array<double, kFeatureCount> m2_{}; // sum of squared deviations from the mean
};

} // namespace tracemark
