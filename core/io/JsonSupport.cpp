#include "core/io/JsonSupport.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace tracemark::json {

namespace {

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool readDigits(std::string_view text, std::size_t& pos, std::size_t count, int& out)
{
    if (pos + count > text.size())
        return false;
    int v = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    pos += count;
    out = v;
    return true;
}

} // namespace

// ---------------------------------------------------------------- ids

std::optional<std::string> decodeBase64(std::string_view text)
{
    while (!text.empty() && text.back() == '=')
        text.remove_suffix(1);
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (char c : text) {
        const int v = base64Value(c);
        if (v < 0)
            return std::nullopt;
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return out;
}

std::string toHex(std::string_view bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0F]);
    }
    return out;
}

// Lower-cases `text` into `out` when it is all hex; false (out unspecified) otherwise.
// Every span carries two or three ids, so this runs millions of times per import: one copy,
// then a table lookup per byte (0 marks a byte that is not a hex digit).
static bool lowerHex(std::string_view text, std::string& out)
{
    static const auto lowered = [] {
        std::array<char, 256> table {};
        for (char c = '0'; c <= '9'; ++c)
            table[static_cast<unsigned char>(c)] = c;
        for (char c = 'a'; c <= 'f'; ++c) {
            table[static_cast<unsigned char>(c)] = c;
            table[static_cast<unsigned char>(c - 'a' + 'A')] = c;
        }
        return table;
    }();
    out.assign(text.data(), text.size());
    for (char& c : out) {
        const char l = lowered[static_cast<unsigned char>(c)];
        if (l == 0)
            return false;
        c = l;
    }
    return true;
}

std::string normalizeHexId(std::string_view text)
{
    std::string out;
    if (!lowerHex(text, out))
        out.assign(text);
    return out;
}

std::string normalizeId(std::string_view text)
{
    std::string out;
    if (lowerHex(text, out))
        return out;
    auto bytes = decodeBase64(text);
    if (bytes && (bytes->size() == 8 || bytes->size() == 16))
        return toHex(*bytes);
    return std::string(text);
}

bool isZeroId(std::string_view id)
{
    return std::all_of(id.begin(), id.end(), [](char c) { return c == '0'; });
}

// ---------------------------------------------------------------- time

std::optional<std::int64_t> parseInt64(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    std::size_t start = text[0] == '+' ? 1 : 0;
    std::int64_t v = 0;
    const auto* first = text.data() + start;
    const auto* last = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(first, last, v);
    if (ec != std::errc() || ptr != last || first == last)
        return std::nullopt;
    return v;
}

std::optional<std::int64_t> parseRfc3339Ns(std::string_view t)
{
    std::size_t p = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readDigits(t, p, 4, year) || p >= t.size() || t[p++] != '-' || !readDigits(t, p, 2, month)
        || p >= t.size() || t[p++] != '-' || !readDigits(t, p, 2, day))
        return std::nullopt;
    if (p >= t.size() || (t[p] != 'T' && t[p] != 't' && t[p] != ' '))
        return std::nullopt;
    ++p;
    if (!readDigits(t, p, 2, hour) || p >= t.size() || t[p++] != ':' || !readDigits(t, p, 2, minute)
        || p >= t.size() || t[p++] != ':' || !readDigits(t, p, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::int64_t fractionNs = 0;
    if (p < t.size() && (t[p] == '.' || t[p] == ',')) {
        ++p;
        int digits = 0;
        while (p < t.size() && std::isdigit(static_cast<unsigned char>(t[p]))) {
            if (digits < 9) {
                fractionNs = fractionNs * 10 + (t[p] - '0');
                ++digits;
            }
            ++p;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 9; ++digits)
            fractionNs *= 10;
    }
    std::int64_t offsetSeconds = 0;
    if (p < t.size() && (t[p] == 'Z' || t[p] == 'z')) {
        ++p;
    } else if (p < t.size() && (t[p] == '+' || t[p] == '-')) {
        const int sign = t[p] == '-' ? -1 : 1;
        ++p;
        int oh = 0, om = 0;
        if (!readDigits(t, p, 2, oh))
            return std::nullopt;
        if (p < t.size() && t[p] == ':')
            ++p;
        if (!readDigits(t, p, 2, om))
            return std::nullopt;
        offsetSeconds = sign * (oh * 3600 + om * 60);
    } else {
        return std::nullopt; // RFC 3339 requires a zone
    }
    if (p != t.size())
        return std::nullopt;
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000000000LL + fractionNs;
}

std::optional<std::int64_t> parseDurationNs(std::string_view t)
{
    if (t.empty())
        return std::nullopt;
    bool negative = false;
    if (t[0] == '-' || t[0] == '+') {
        negative = t[0] == '-';
        t.remove_prefix(1);
    }
    if (t == "0")
        return 0;
    double total = 0;
    std::size_t p = 0;
    bool any = false;
    while (p < t.size()) {
        const std::size_t numberBegin = p;
        while (p < t.size() && (std::isdigit(static_cast<unsigned char>(t[p])) || t[p] == '.'))
            ++p;
        if (p == numberBegin)
            return std::nullopt;
        double value = 0;
        try {
            value = std::stod(std::string(t.substr(numberBegin, p - numberBegin)));
        } catch (...) {
            return std::nullopt;
        }
        const std::size_t unitBegin = p;
        while (p < t.size() && !std::isdigit(static_cast<unsigned char>(t[p])) && t[p] != '.')
            ++p;
        const std::string_view unit = t.substr(unitBegin, p - unitBegin);
        double scale = 0;
        if (unit == "ns")
            scale = 1;
        else if (unit == "us" || unit == "\xC2\xB5s" || unit == "\xCE\xBCs") // µs (micro sign, mu)
            scale = 1e3;
        else if (unit == "ms")
            scale = 1e6;
        else if (unit == "s")
            scale = 1e9;
        else if (unit == "m")
            scale = 60e9;
        else if (unit == "h")
            scale = 3600e9;
        else
            return std::nullopt;
        total += value * scale;
        any = true;
    }
    if (!any)
        return std::nullopt;
    const auto ns = static_cast<std::int64_t>(total + 0.5);
    return negative ? -ns : ns;
}

// ---------------------------------------------------------------- output

void appendJsonString(std::string& out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
            ++i;
        } else if (c < 0x20) {
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                out += "\\u00";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0x0F]);
            }
            ++i;
        } else if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            ++i;
        } else {
            // Validate one UTF-8 sequence; copy it when well-formed, else write U+FFFD.
            std::size_t len = 0;
            std::uint32_t cp = 0;
            if ((c & 0xE0) == 0xC0) {
                len = 2;
                cp = c & 0x1F;
            } else if ((c & 0xF0) == 0xE0) {
                len = 3;
                cp = c & 0x0F;
            } else if ((c & 0xF8) == 0xF0) {
                len = 4;
                cp = c & 0x07;
            }
            bool ok = len > 0 && i + len <= n;
            for (std::size_t k = 1; ok && k < len; ++k) {
                if ((s[i + k] & 0xC0) != 0x80)
                    ok = false;
                else
                    cp = (cp << 6) | (s[i + k] & 0x3F);
            }
            if (ok) {
                const bool overlong
                    = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
                ok = !overlong && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
            }
            if (ok) {
                out.append(text.data() + i, len);
                i += len;
            } else {
                out += "\xEF\xBF\xBD";
                ++i;
            }
        }
    }
    out.push_back('"');
}

std::string quotedJsonString(std::string_view text)
{
    std::string out;
    appendJsonString(out, text);
    return out;
}

// ---------------------------------------------------------------- sniffing

bool containsJsonKey(std::string_view text, std::string_view key)
{
    std::string needle;
    needle.reserve(key.size() + 2);
    needle.push_back('"');
    needle.append(key);
    needle.push_back('"');
    std::size_t pos = 0;
    while ((pos = text.find(needle, pos)) != std::string_view::npos) {
        std::size_t j = pos + needle.size();
        while (j < text.size() && isJsonSpace(text[j]))
            ++j;
        if (j < text.size() && text[j] == ':')
            return true;
        pos += needle.size();
    }
    return false;
}

std::string firstJsonKey(std::string_view text)
{
    std::size_t i = 0;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        i = 3;
    auto skipSpace = [&] {
        while (i < text.size() && isJsonSpace(text[i]))
            ++i;
    };
    skipSpace();
    while (i < text.size() && text[i] == '[') {
        ++i;
        skipSpace();
    }
    if (i >= text.size() || text[i] != '{')
        return {};
    ++i;
    skipSpace();
    if (i >= text.size() || text[i] != '"')
        return {};
    const std::size_t begin = ++i;
    while (i < text.size() && text[i] != '"') {
        if (text[i] == '\\')
            ++i;
        ++i;
    }
    if (i >= text.size())
        return {};
    return std::string(text.substr(begin, i - begin));
}

} // namespace tracemark::json
