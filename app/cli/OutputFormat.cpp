#include "OutputFormat.h"

#include "core/io/JsonSupport.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace tracemark::cli {

std::string isoUtc(std::int64_t unixNs)
{
    // Floor division so times before 1970 still get a non-negative fraction.
    std::int64_t seconds = unixNs / 1000000000;
    std::int64_t fraction = unixNs % 1000000000;
    if (fraction < 0) {
        fraction += 1000000000;
        --seconds;
    }
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
        tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    std::string out = buf;
    if (fraction != 0) {
        char frac[16];
        if (fraction % 1000000 == 0)
            std::snprintf(frac, sizeof frac, ".%03lld", static_cast<long long>(fraction / 1000000));
        else if (fraction % 1000 == 0)
            std::snprintf(frac, sizeof frac, ".%06lld", static_cast<long long>(fraction / 1000));
        else
            std::snprintf(frac, sizeof frac, ".%09lld", static_cast<long long>(fraction));
        out += frac;
    }
    return out + "Z";
}

std::string padLeft(const std::string& text, std::size_t width)
{
    return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string padRight(const std::string& text, std::size_t width)
{
    return text.size() >= width ? text : text + std::string(width - text.size(), ' ');
}

std::string fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        value = 0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

std::string millis(double nanoseconds)
{
    return fixed(nanoseconds / 1e6, 3);
}

std::string groupedCount(std::int64_t value)
{
    const bool negative = value < 0;
    std::string digits = std::to_string(negative ? -value : value);
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::string compactCount(std::int64_t value)
{
    const double v = static_cast<double>(value);
    if (value >= 1000000000)
        return fixed(v / 1e9, 1) + "G";
    if (value >= 1000000)
        return fixed(v / 1e6, 1) + "M";
    if (value >= 10000)
        return fixed(v / 1e3, 0) + "k";
    if (value >= 1000)
        return fixed(v / 1e3, 1) + "k";
    return std::to_string(value);
}

std::string megabytes(std::uintmax_t bytes)
{
    return fixed(static_cast<double>(bytes) / 1e6, 1);
}

std::string jsonQuote(std::string_view text)
{
    return json::quotedJsonString(text); // one escaper for the whole project (valid UTF-8 guaranteed)
}

void JsonObject::key(std::string_view key)
{
    if (!body_.empty())
        body_ += ',';
    body_ += jsonQuote(key);
    body_ += ':';
}

JsonObject& JsonObject::add(std::string_view k, std::int64_t value)
{
    key(k);
    body_ += std::to_string(value);
    return *this;
}

JsonObject& JsonObject::add(std::string_view k, double value, int decimals)
{
    key(k);
    body_ += std::isfinite(value) ? fixed(value, decimals) : "null";
    return *this;
}

JsonObject& JsonObject::add(std::string_view k, std::string_view text)
{
    key(k);
    body_ += jsonQuote(text);
    return *this;
}

JsonObject& JsonObject::add(std::string_view k, bool value)
{
    key(k);
    body_ += value ? "true" : "false";
    return *this;
}

JsonObject& JsonObject::addNull(std::string_view k)
{
    key(k);
    body_ += "null";
    return *this;
}

JsonObject& JsonObject::addRaw(std::string_view k, const std::string& rawJson)
{
    key(k);
    body_ += rawJson;
    return *this;
}

std::string jsonArray(const std::vector<std::string>& rawItems)
{
    std::string out = "[";
    for (std::size_t i = 0; i < rawItems.size(); ++i)
        out += (i ? "," : "") + rawItems[i];
    return out + "]";
}

std::string jsonNumberArray(const std::vector<double>& values, int decimals)
{
    std::vector<std::string> items;
    items.reserve(values.size());
    for (double v : values)
        items.push_back(std::isfinite(v) ? fixed(v, decimals) : "null");
    return jsonArray(items);
}

} // namespace tracemark::cli
