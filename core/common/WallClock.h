#pragma once
// The wall-clock time stamped on what the workspace records (labels, audit rows, imports).
#include <chrono>
#include <cstdint>

namespace tracemark {

// Nanoseconds since the Unix epoch.
inline std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace tracemark
