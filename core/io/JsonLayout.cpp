#include "core/io/JsonLayout.h"

#include "core/common/Error.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace tracemark::json {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

constexpr std::array<bool, 256> byteTable(std::string_view bytes)
{
    std::array<bool, 256> table {};
    for (char c : bytes)
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr auto kStructural = byteTable("\"{}[]");
constexpr auto kStringSpecial = byteTable("\"\\");

} // namespace

std::int64_t lineOfOffset(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1
        + static_cast<std::int64_t>(
            std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

JsonLayout scanJsonLayout(std::string_view text, const std::string& fileName)
{
    JsonLayout layout;
    const char* const base = text.data();
    const std::size_t n = text.size();
    auto fail = [&](std::size_t offset, const std::string& value, const std::string& problem) {
        throw ParseError(
            SourceLocation { fileName, lineOfOffset(text, offset), static_cast<std::int64_t>(offset) }, "",
            value, problem);
    };

    std::size_t i = 0;
    // A UTF-8 byte order mark is not JSON but some Windows tools write one.
    if (n >= 3 && std::memcmp(base, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    std::vector<char> stack;
    std::size_t docBegin = 0;
    bool first = true;
    while (i < n) {
        if (stack.empty()) {
            const char c = base[i];
            if (isJsonSpace(c)) {
                ++i;
                continue;
            }
            if (c != '{' && c != '[') {
                std::size_t end = i;
                while (end < n && end - i < 40 && base[end] != '\n')
                    ++end;
                fail(i, std::string(base + i, end - i),
                    first ? "not JSON: expected a JSON object '{' or array '['"
                          : "unexpected text after a complete JSON document");
            }
            docBegin = i;
            if (first)
                layout.firstDocumentBegin = i;
            first = false;
            stack.push_back(c);
            ++i;
            continue;
        }
        // Inside a document only quotes and brackets matter; skip everything else quickly.
        while (i < n && !kStructural[static_cast<unsigned char>(base[i])])
            ++i;
        if (i >= n)
            break;
        const char c = base[i];
        if (c == '"') {
            // Skip the string: up to the closing quote, stepping over escapes.
            ++i;
            for (;;) {
                while (i < n && !kStringSpecial[static_cast<unsigned char>(base[i])])
                    ++i;
                if (i >= n)
                    fail(docBegin, "", "the file ends inside a string (truncated file?)");
                if (base[i] == '\\') {
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            continue;
        }
        if (c == '{' || c == '[') {
            stack.push_back(c);
        } else if (c == '}' || c == ']') {
            const char open = c == '}' ? '{' : '[';
            if (stack.back() != open)
                fail(i, std::string(1, c), std::string("closes a '") + stack.back() + "' that is still open");
            stack.pop_back();
            if (stack.empty()) {
                ++layout.documents;
                layout.largestDocument = std::max(layout.largestDocument, i + 1 - docBegin);
            }
        }
        ++i;
    }
    if (!stack.empty())
        throw ParseError(SourceLocation { fileName, lineOfOffset(text, n), static_cast<std::int64_t>(n) }, "",
            "",
            "the file ends inside the JSON document that starts at line "
                + std::to_string(lineOfOffset(text, docBegin)) + " (" + std::to_string(stack.size())
                + " bracket(s) never closed; truncated file?)");
    if (layout.documents == 0)
        throw ParseError(SourceLocation { fileName, 0, 0 }, "", "", "empty file: no JSON document in it");
    return layout;
}

} // namespace tracemark::json
