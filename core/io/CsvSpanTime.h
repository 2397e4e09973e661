#pragma once
// Time units and timestamp parsing shared by the span CSV importers (generic CSV, LabelEase,
// Nezha, DeepTraLog). Everything ends up as nanoseconds since the Unix epoch.
#include <cstdint>
#include <optional>
#include <string_view>

namespace tracemark {

enum class TimeUnit { Nanoseconds, Microseconds, Milliseconds, Seconds };

// "ns", "us" (or "µs"), "ms", "s"; nullopt for anything else.
std::optional<TimeUnit> timeUnitFromString(std::string_view name);
std::string_view toString(TimeUnit unit);
std::int64_t nanosecondsPer(TimeUnit unit);

// A decimal number (integer or with a fraction) in `unit`, converted to nanoseconds; integers
// convert exactly. nullopt when the text is not a number or the result does not fit in 64 bits.
std::optional<std::int64_t> toNanoseconds(std::string_view text, TimeUnit unit);

// The unit an epoch timestamp is most plausibly written in, judged by its magnitude: for dates
// between 1973 and 5138, seconds are < 1e11, milliseconds < 1e14, microseconds < 1e17.
TimeUnit epochUnitFromMagnitude(double value);

// "YYYY-MM-DD HH:MM:SS" with an optional fraction ".f..." (up to 9 digits), 'T' accepted for the
// space and a trailing 'Z' allowed. The time is taken as UTC. nullopt on anything else.
std::optional<std::int64_t> parseUtcDateTimeNs(std::string_view text);

// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

} // namespace tracemark
