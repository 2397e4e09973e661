#pragma once
// Format-neutral helpers shared by the JSON importers and exporters (Jaeger, Zipkin, OTLP):
// id normalisation, time parsing, JSON string escaping and format sniffing. No simdjson here:
// the parts that need it live in JsonInput.h, which only core/io/*.cpp files include.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tracemark::json {

// --- ids

// Trace and span ids as lower-case hex. Hex is lower-cased. Other text is tried as base64
// (standard or URL alphabet, padding optional), as protobuf's JSON mapping writes bytes: when it
// decodes to 8 or 16 bytes (a span or trace id) it is hex-encoded. Anything else is kept as
// written, since some producers use free-form ids.
std::string normalizeId(std::string_view text);
// Hex lower-cased, anything else kept as written (formats whose ids are hex text by definition).
std::string normalizeHexId(std::string_view text);
// Base64 (standard or URL-safe, padding optional) to bytes; nullopt on invalid input.
std::optional<std::string> decodeBase64(std::string_view text);
std::string toHex(std::string_view bytes);
// True for "", "0", "0000000000000000": ids that mean "no parent".
bool isZeroId(std::string_view id);

// --- time

// RFC 3339 / ISO 8601 ("2017-01-26T16:46:31.639875139-05:00", "...Z") to ns since the epoch.
std::optional<std::int64_t> parseRfc3339Ns(std::string_view text);
// Go/protobuf duration text ("5000ns", "1.5s", "1h2m3.5s", "12µs", "0.000005s") to ns.
std::optional<std::int64_t> parseDurationNs(std::string_view text);
// Decimal integer text, optionally signed; nullopt when anything else is in it.
std::optional<std::int64_t> parseInt64(std::string_view text);
// Integer division rounding towards minus infinity (ns -> µs for exporters).
inline std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// --- output

// Appends text as a JSON string literal (with quotes), escaping what RFC 8259 requires and
// passing valid UTF-8 through; invalid UTF-8 bytes become U+FFFD so the output stays valid.
void appendJsonString(std::string& out, std::string_view text);
// The same as a new string: "a\"b" for a"b.
std::string quotedJsonString(std::string_view text);

// --- sniffing (first bytes of a file, possibly cut mid-document)

// True when `text` has `"key"` followed by optional whitespace and ':' (a key, not a value).
bool containsJsonKey(std::string_view text, std::string_view key);
// The first key of the first top-level object (NDJSON/array elements included), or "".
std::string firstJsonKey(std::string_view text);

} // namespace tracemark::json
