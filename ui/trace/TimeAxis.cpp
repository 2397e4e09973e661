#include "ui/trace/TimeAxis.h"

#include <algorithm>
#include <cmath>

namespace tracemark {

TimeAxis::TimeAxis(std::int64_t startNs, std::int64_t durationNs, double left, double right)
    : startNs_(startNs)
    , durationNs_(std::max<std::int64_t>(durationNs, 1)) // a zero-length trace still maps somewhere
    , left_(left)
    , right_(std::max(right, left + 1))
{
}

double TimeAxis::xOfOffset(double offsetNs) const
{
    return left_ + offsetNs / static_cast<double>(durationNs_) * (right_ - left_);
}

double TimeAxis::x(std::int64_t ns) const
{
    return xOfOffset(static_cast<double>(ns - startNs_));
}

double TimeAxis::offsetAt(double x) const
{
    return (x - left_) / (right_ - left_) * static_cast<double>(durationNs_);
}

double TimeAxis::niceStep(double minimumNs)
{
    if (minimumNs <= 1)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(minimumNs)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= minimumNs * (1 - 1e-12))
            return factor * power;
    }
    return 10 * power;
}

std::vector<double> TimeAxis::ticks(double minPixels) const
{
    const double nsPerPixel = static_cast<double>(durationNs_) / (right_ - left_);
    const double step = niceStep(minPixels * nsPerPixel);
    std::vector<double> result;
    for (double t = 0; t <= static_cast<double>(durationNs_) * (1 + 1e-9); t += step)
        result.push_back(t);
    return result;
}

} // namespace tracemark
