#include "core/rca/FaultPeriodMerger.h"

#include "core/common/Error.h"

#include <algorithm>
#include <string>

namespace tracemark {

std::vector<MergedPeriod> mergeFaultPeriods(std::vector<std::int64_t> abnormalStartsNs, const FaultPeriodOptions& options)
{
    if (options.paddingNs < 0)
        throw UsageError("fault periods: padding must not be negative, got " + std::to_string(options.paddingNs) + " ns");
    if (options.gapNs < 0)
        throw UsageError("fault periods: gap must not be negative, got " + std::to_string(options.gapNs) + " ns");
    if (options.minSupport < 1)
        throw UsageError("fault periods: minimum support must be at least 1, got " + std::to_string(options.minSupport));

    // Sorted starts make the padded intervals sorted by both ends (all have the same width), so
    // one pass that compares each interval with the period being built is enough.
    std::sort(abnormalStartsNs.begin(), abnormalStartsNs.end());
    std::vector<MergedPeriod> kept;
    const auto closePeriod = [&](const MergedPeriod& period) {
        if (period.abnormalTraces >= options.minSupport)
            kept.push_back(period);
    };
    MergedPeriod current;
    bool open = false;
    for (const std::int64_t start : abnormalStartsNs) {
        const std::int64_t from = start - options.paddingNs;
        const std::int64_t to = start + options.paddingNs;
        if (open && from - current.endNs <= options.gapNs) {
            current.endNs = to;
            ++current.abnormalTraces;
            continue;
        }
        if (open)
            closePeriod(current);
        current = MergedPeriod{from, to, 1};
        open = true;
    }
    if (open)
        closePeriod(current);
    return kept;
}

} // namespace tracemark
