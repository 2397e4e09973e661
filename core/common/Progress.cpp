#include "core/common/Progress.h"

#include "core/common/Error.h"

namespace tracemark {

void Progress::report(double fraction, const std::string& message)
{
    const auto now = std::chrono::steady_clock::now();
    if (fraction < 1.0 && now - lastReport_ < std::chrono::milliseconds(100))
        return;
    lastReport_ = now;
    onReport(fraction, message);
}

void Progress::checkCancelled() const
{
    if (isCancelled())
        throw Cancelled();
}

void SubProgress::onReport(double fraction, const std::string& message)
{
    const double mapped = fraction < 0 ? -1.0 : begin_ + (end_ - begin_) * fraction;
    parent_.report(mapped, message);
}

} // namespace tracemark
