#pragma once
// Time <-> pixel for the waterfall and its ruler: a trace's interval mapped onto [left, right]
// pixels, with tick marks at "nice" steps (1, 2 or 5 times a power of ten nanoseconds).
#include <cstdint>
#include <vector>

namespace tracemark {

class TimeAxis {
public:
    TimeAxis() = default;
    TimeAxis(std::int64_t startNs, std::int64_t durationNs, double left, double right);

    double x(std::int64_t ns) const; // absolute time -> pixel
    double xOfOffset(double offsetNs) const;
    double offsetAt(double x) const; // pixel -> offset from the start (ns)
    double left() const { return left_; }
    double right() const { return right_; }
    std::int64_t durationNs() const { return durationNs_; }

    // Offsets (ns) of tick marks at least minPixels apart, from 0 up to the duration.
    std::vector<double> ticks(double minPixels) const;
    // The smallest nice step (1, 2, 5 x 10^k ns) of at least `minimumNs`.
    static double niceStep(double minimumNs);

private:
    std::int64_t startNs_ = 0;
    std::int64_t durationNs_ = 1;
    double left_ = 0;
    double right_ = 1;
};

} // namespace tracemark
