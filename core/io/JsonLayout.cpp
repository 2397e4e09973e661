#include "core/io/JsonLayout.h"

#include "core/common/Error.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
constexpr auto kBracket = byteTable("{}[]");

#if defined(__SSE2__)
struct BlockMasks {
    std::uint64_t quote = 0;
    std::uint64_t backslash = 0;
    std::uint64_t bracket = 0;
};

// Bit k of each mask: byte k of the 64 is a '"', a '\\', a bracket.
BlockMasks classifyBlock(const char* p)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i caseBit = _mm_set1_epi8(0x20); // '[' | 0x20 == '{', ']' | 0x20 == '}'
    const __m128i open = _mm_set1_epi8('{');
    const __m128i close = _mm_set1_epi8('}');
    BlockMasks masks;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const __m128i folded = _mm_or_si128(v, caseBit);
        const auto bits = [](__m128i m) {
            return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(m)) & 0xffffu);
        };
        masks.quote |= bits(_mm_cmpeq_epi8(v, quote)) << (16 * k);
        masks.backslash |= bits(_mm_cmpeq_epi8(v, backslash)) << (16 * k);
        masks.bracket |= bits(_mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)))
            << (16 * k);
    }
    return masks;
}

// Bit k set when an odd number of bits at or below k are set: with quote bits, the bytes from
// an opening quote up to (not including) its closing quote.
std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}
#endif

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
    bool inString = false;
    bool escaped = false; // the next byte of the string is escaped

    // A bracket outside any string at `at`; true when it closed the document.
    auto bracket = [&](std::size_t at, char c) {
        if (c == '{' || c == '[') {
            stack.push_back(c);
            return false;
        }
        const char open = c == '}' ? '{' : '[';
        if (stack.back() != open)
            fail(at, std::string(1, c), std::string("closes a '") + stack.back() + "' that is still open");
        stack.pop_back();
        if (!stack.empty())
            return false;
        ++layout.documents;
        layout.largestDocument = std::max(layout.largestDocument, at + 1 - docBegin);
        return true;
    };

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
#if defined(__SSE2__)
        // Inside a document only quotes and brackets matter: classify 64 bytes at once. Blocks
        // with a backslash (rare) take the byte loop below, which follows escapes.
        if (!escaped && i + 64 <= n) {
            const BlockMasks block = classifyBlock(base + i);
            if (block.backslash == 0) {
                const std::uint64_t insideString = prefixXor(block.quote) ^ (inString ? ~std::uint64_t(0) : 0);
                std::uint64_t brackets = block.bracket & ~insideString;
                bool ended = false;
                while (brackets != 0) {
                    const std::size_t at = i + static_cast<std::size_t>(__builtin_ctzll(brackets));
                    if (bracket(at, base[at])) {
                        i = at + 1;
                        ended = true;
                        break;
                    }
                    brackets &= brackets - 1;
                }
                if (ended) {
                    inString = false;
                    continue;
                }
                inString = (insideString >> 63) != 0;
                i += 64;
                continue;
            }
        }
#endif
        const std::size_t end = std::min(n, i + 64);
        while (i < end) {
            const char c = base[i++];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (kBracket[static_cast<unsigned char>(c)] && bracket(i - 1, c)) {
                break;
            }
        }
    }
    if (!stack.empty()) {
        if (inString)
            fail(docBegin, "", "the file ends inside a string (truncated file?)");
        throw ParseError(SourceLocation { fileName, lineOfOffset(text, n), static_cast<std::int64_t>(n) }, "",
            "",
            "the file ends inside the JSON document that starts at line "
                + std::to_string(lineOfOffset(text, docBegin)) + " (" + std::to_string(stack.size())
                + " bracket(s) never closed; truncated file?)");
    }
    if (layout.documents == 0)
        throw ParseError(SourceLocation { fileName, 0, 0 }, "", "", "empty file: no JSON document in it");
    return layout;
}

} // namespace tracemark::json
