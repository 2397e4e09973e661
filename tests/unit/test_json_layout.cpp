// scanJsonLayout: the pre-scan that finds the top-level JSON documents of a file. It classifies
// 64 bytes at a time, so the cases below put quotes, escapes and brackets at every position
// relative to a 64-byte block.
#include "core/common/Error.h"
#include "core/io/JsonLayout.h"

#include <catch2/catch.hpp>

#include <string>

using namespace tracemark;
using namespace tracemark::json;

namespace {

std::string problemOf(const std::string& text)
{
    try {
        scanJsonLayout(text, "t.json");
    } catch (const ParseError& e) {
        return e.what();
    }
    return "no ParseError";
}

} // namespace

TEST_CASE("brackets, quotes and escapes inside strings do not end a document", "[json][layout]")
{
    // For every shift of the tricky part against the 64-byte blocks, one document whose strings
    // hold brackets, an escaped quote, an escaped backslash right before the closing quote and a
    // "\\\"" run; then a second document on the next line.
    for (int shift = 0; shift < 140; ++shift) {
        const std::string first = "{\"pad\":\"" + std::string(static_cast<std::size_t>(shift), 'x')
                                  + "\",\"s\":\"]}[{ \\\" }\",\"t\":\"ends in \\\\\",\"u\":\"\\\\\\\"]\",\"a\":[1,{\"b\":[]}]}";
        const std::string second = "[{\"k\":\"}\"}]";
        const std::string text = "  " + first + "\n" + second + "\n";
        const JsonLayout layout = scanJsonLayout(text, "t.json");
        INFO("shift " << shift);
        CHECK(layout.documents == 2);
        CHECK(layout.firstDocumentBegin == 2);
        CHECK(layout.largestDocument == first.size());
    }
}

TEST_CASE("NDJSON documents are counted and the largest is measured", "[json][layout]")
{
    std::string text;
    for (int d = 0; d < 50; ++d)
        text += "{\"n\":" + std::to_string(d) + ",\"tags\":[{\"key\":\"k\",\"value\":\"" + std::string(static_cast<std::size_t>(d * 3), 'v')
                + "\"}]}\n";
    // The last document (d = 49) is the longest: its structure plus 147 times v.
    const JsonLayout layout = scanJsonLayout(text, "t.ndjson");
    CHECK(layout.documents == 50);
    CHECK(layout.largestDocument == std::string("{\"n\":49,\"tags\":[{\"key\":\"k\",\"value\":\"\"}]}").size() + 147);
}

TEST_CASE("broken layouts are reported with their problem", "[json][layout]")
{
    const std::string longPrefix = "{\"a\":\"" + std::string(100, 'x') + "\",\"b\":[";
    CHECK_THAT(problemOf(longPrefix + "\"open string " + std::string(80, 'y')),
               Catch::Contains("the file ends inside a string"));
    CHECK_THAT(problemOf(longPrefix + "1,2"), Catch::Contains("2 bracket(s) never closed"));
    CHECK_THAT(problemOf(longPrefix + "1}"), Catch::Contains("closes a '[' that is still open"));
    CHECK_THAT(problemOf(longPrefix + "1]}\n{\"x\":1}\ntrailing"),
               Catch::Contains("unexpected text after a complete JSON document"));
    CHECK_THAT(problemOf("  \n "), Catch::Contains("empty file"));
    CHECK_THAT(problemOf("hello"), Catch::Contains("not JSON"));
    // An escaped backslash at the end of a long string does not escape the closing quote.
    CHECK(scanJsonLayout("{\"a\":\"" + std::string(70, 'x') + "\\\\\"}", "t.json").documents == 1);
}
