#pragma once
// How tracemark-cli writes values: ISO-8601 UTC times, durations in ms with 3 decimals,
// grouped counts for people, and a small JSON object builder for --json output.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tracemark::cli {

// "2026-01-01T00:00:00.25Z": fraction trimmed to ms/us/ns as needed, none for whole seconds.
std::string isoUtc(std::int64_t unixNs);
// 12345678 ns -> "12.346"
std::string millis(double nanoseconds);
// 1234567 -> "1,234,567"
std::string groupedCount(std::int64_t value);
// 1234567 -> "1.2M", 5300 -> "5.3k", 999 -> "999"
std::string compactCount(std::int64_t value);
// A number with a fixed number of decimals ("%.*f").
std::string fixed(double value, int decimals);
// Text padded with spaces to `width` columns (bytes) on the left / right; longer text is kept.
std::string padLeft(const std::string& text, std::size_t width);
std::string padRight(const std::string& text, std::size_t width);
// File size in MB (10^6 bytes) with 1 decimal.
std::string megabytes(std::uintmax_t bytes);

std::string jsonQuote(std::string_view text);

// Builds one JSON object; keys appear in insertion order.
class JsonObject {
public:
    JsonObject& add(std::string_view key, std::int64_t value);
    JsonObject& add(std::string_view key, int value) { return add(key, static_cast<std::int64_t>(value)); }
    JsonObject& add(std::string_view key, double value, int decimals);
    JsonObject& add(std::string_view key, std::string_view text);
    JsonObject& add(std::string_view key, const char* text) { return add(key, std::string_view(text)); }
    JsonObject& add(std::string_view key, const std::string& text)
    {
        return add(key, std::string_view(text));
    }
    JsonObject& add(std::string_view key, bool value);
    JsonObject& addNull(std::string_view key);
    // rawJson must already be valid JSON (an array or an object built by this class).
    JsonObject& addRaw(std::string_view key, const std::string& rawJson);
    std::string str() const { return "{" + body_ + "}"; }

private:
    void key(std::string_view key);
    std::string body_;
};

std::string jsonArray(const std::vector<std::string>& rawItems);
std::string jsonNumberArray(const std::vector<double>& values, int decimals);

} // namespace tracemark::cli
