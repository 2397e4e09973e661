#pragma once
// Where the top-level JSON documents of a text are: one for a plain JSON file, one per line for
// NDJSON. Found with a quick bracket/string scan before parsing, so the parser knows whether to
// stream, how large a batch must be, and a truncated file gets a clear message.
#include <cstdint>
#include <string>
#include <string_view>

namespace tracemark::json {

// The top-level values of a JSON text: one for a plain JSON file, one per line for NDJSON.
struct JsonLayout {
    std::size_t documents = 0;
    std::size_t largestDocument = 0; // bytes
    std::size_t firstDocumentBegin = 0;
};

// Finds where each top-level object/array starts and ends (strings and escapes respected).
// Throws ParseError (file, line) when the text is not objects/arrays, a bracket is closed that
// was never opened, or the file ends inside a document (a truncated download).
JsonLayout scanJsonLayout(std::string_view text, const std::string& fileName);

// 1-based line number of a byte offset.
std::int64_t lineOfOffset(std::string_view text, std::size_t offset);

} // namespace tracemark::json
