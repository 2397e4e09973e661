#include "core/io/CsvSpanTime.h"

#include "core/io/CsvReader.h"

#include <cmath>
#include <limits>

namespace tracemark {

std::optional<TimeUnit> timeUnitFromString(std::string_view name)
{
    if (name == "ns")
        return TimeUnit::Nanoseconds;
    if (name == "us" || name == "\xC2\xB5s" || name == "\xCE\xBCs") // micro sign or Greek mu
        return TimeUnit::Microseconds;
    if (name == "ms")
        return TimeUnit::Milliseconds;
    if (name == "s")
        return TimeUnit::Seconds;
    return std::nullopt;
}

std::string_view toString(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Nanoseconds:
        return "ns";
    case TimeUnit::Microseconds:
        return "us";
    case TimeUnit::Milliseconds:
        return "ms";
    case TimeUnit::Seconds:
        return "s";
    }
    return "ns";
}

std::int64_t nanosecondsPer(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Nanoseconds:
        return 1;
    case TimeUnit::Microseconds:
        return 1'000;
    case TimeUnit::Milliseconds:
        return 1'000'000;
    case TimeUnit::Seconds:
        return 1'000'000'000;
    }
    return 1;
}

std::optional<std::int64_t> toNanoseconds(std::string_view text, TimeUnit unit)
{
    const std::int64_t scale = nanosecondsPer(unit);
    if (auto whole = parseInt64(text)) {
        std::int64_t ns = 0;
        if (__builtin_mul_overflow(*whole, scale, &ns))
            return std::nullopt;
        return ns;
    }
    auto value = parseDouble(text);
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    const double ns = std::round(*value * static_cast<double>(scale));
    if (std::fabs(ns) >= 9.2e18)
        return std::nullopt;
    return static_cast<std::int64_t>(ns);
}

TimeUnit epochUnitFromMagnitude(double value)
{
    const double v = std::fabs(value);
    if (v < 1e11)
        return TimeUnit::Seconds;
    if (v < 1e14)
        return TimeUnit::Milliseconds;
    if (v < 1e17)
        return TimeUnit::Microseconds;
    return TimeUnit::Nanoseconds;
}

std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    // Howard Hinnant's days_from_civil: eras of 400 years starting on March 1st.
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<std::int64_t>(dayOfEra) - 719468;
}

namespace {
bool digits(std::string_view text, std::size_t pos, std::size_t count, unsigned& out)
{
    if (pos + count > text.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + static_cast<unsigned>(c - '0');
    }
    return true;
}

unsigned daysInMonth(unsigned year, unsigned month)
{
    static const unsigned kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}
} // namespace

std::optional<std::int64_t> parseUtcDateTimeNs(std::string_view text)
{
    unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || text.size() < 19 || text[4] != '-' || !digits(text, 5, 2, month)
        || text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != ' ' && text[10] != 'T')
        || !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':'
        || !digits(text, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 60)
        return std::nullopt;
    std::size_t pos = 19;
    std::int64_t fractionNs = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        std::int64_t scale = 100'000'000;
        const std::size_t first = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (pos - first >= 9)
                return std::nullopt; // finer than a nanosecond
            fractionNs += (text[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
    }
    if (pos < text.size() && text[pos] == 'Z')
        ++pos;
    if (pos != text.size())
        return std::nullopt;
    const std::int64_t seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return seconds * 1'000'000'000 + fractionNs;
}

} // namespace tracemark
