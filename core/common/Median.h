#pragma once
// The median of a set of numbers, in linear time; reorders them. Even counts give the mean of
// the two middle values. Undefined for an empty set: callers check first.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace tracemark {

template <typename T>
double medianInPlace(std::vector<T>& values)
{
    const std::size_t middle = values.size() / 2;
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(middle);
    std::nth_element(values.begin(), at, values.end());
    const double upper = static_cast<double>(*at);
    if (values.size() % 2 == 1)
        return upper;
    return 0.5 * (upper + static_cast<double>(*std::max_element(values.begin(), at)));
}

} // namespace tracemark
