#pragma once
// simdjson On-Demand plumbing shared by the JSON importers. INTERNAL: include only from
// core/io/*.cpp (simdjson is a private dependency of tracemark_core; public headers stay free
// of it).
//
// JsonInput loads a file (gzip transparent) with simdjson's padding, walks its top-level
// documents (one JSON value, or NDJSON / concatenated values streamed with iterate_many) and
// turns every problem into a ParseError naming the file, the line, the field and the value.
#include "core/common/Error.h"
#include "core/common/Progress.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>

namespace tracemark::json {

namespace od = simdjson::ondemand;

class JsonInput {
public:
    explicit JsonInput(const std::filesystem::path& path); // throws IoError

    const std::string& fileName() const { return fileName_; }
    std::string_view text() const { return { buffer_.data(), buffer_.size() }; }

    // Calls visit(root) for each top-level document in file order. simdjson errors (bad
    // syntax met while walking) become ParseError at the line where parsing stopped.
    void forEachDocument(Progress& progress, const std::function<void(od::value root)>& visit);

    // Where a value starts in the text (cheap; the value is not consumed). Turn it into a
    // file:line only when reporting a problem: locate() counts lines from the start.
    const char* positionOf(od::value& value) const;
    SourceLocation locate(const char* position) const;
    // Fraction of the file before `position` (for progress bars).
    double fractionAt(const char* position) const;
    void report(Progress& progress, od::value& value, const char* message) const;

    [[noreturn]] void fail(
        const char* position, std::string_view field, std::string value, const std::string& problem) const;
    // Bad value: quotes the value's raw JSON text.
    [[noreturn]] void failValue(od::value& value, std::string_view field, const std::string& problem) const;

private:
    std::string fileName_;
    std::string buffer_; // capacity >= size + SIMDJSON_PADDING
    mutable const char* lastPosition_ = nullptr; // last place reported: fallback for error lines
};

// --- typed access; each throws ParseError naming `field` and the offending value.

// The raw JSON text of the value's first token, trailing whitespace trimmed.
std::string rawToken(od::value& value);
std::string_view getString(JsonInput& in, od::value value, std::string_view field);
// Integer from a number (integral doubles accepted) or from a string of digits (int64 in
// protobuf JSON), e.g. 1544712660000000000 or "1544712660000000000".
std::int64_t getInt64(JsonInput& in, od::value value, std::string_view field);
double getDouble(JsonInput& in, od::value value, std::string_view field);
// true/false, or the strings "true"/"false".
bool getBool(JsonInput& in, od::value value, std::string_view field);
// Any value as text: strings unescaped, numbers and booleans as written, null as "",
// arrays and objects as their raw JSON.
std::string getText(JsonInput& in, od::value value);
// A trace or span id: hex lower-cased; with allowBase64, base64 ids (protobuf JSON) become hex
// (see normalizeId); numbers are written as 16 hex digits.
std::string getId(JsonInput& in, od::value value, std::string_view field, bool allowBase64);
bool isNull(od::value& value);

// Field lookup in any order (find_field_unordered); nullopt when absent or null.
std::optional<od::value> findField(od::object& object, std::string_view key);

od::object getObject(JsonInput& in, od::value value, std::string_view field);

// The field behind an object iterator step; throws simdjson_error on malformed JSON.
inline od::field fieldOf(simdjson::simdjson_result<od::field>& result)
{
    if (result.error())
        throw simdjson::simdjson_error(result.error());
    return std::move(result).value_unsafe();
}
od::array getArray(JsonInput& in, od::value value, std::string_view field);

} // namespace tracemark::json
