#include "core/store/AttributeCodec.h"

#include "core/common/Error.h"
#include "core/io/JsonSupport.h"

namespace tracemark {

namespace {

void appendUtf8(std::uint32_t codePoint, std::string& out)
{
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3f)));
    } else if (codePoint < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (codePoint >> 18)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3f)));
    }
}

class FlatObjectParser {
public:
    explicit FlatObjectParser(std::string_view json) : json_(json) {}

    std::vector<Attribute> parse()
    {
        std::vector<Attribute> attributes;
        skipSpace();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            ++pos_;
            return attributes;
        }
        for (;;) {
            Attribute attribute;
            skipSpace();
            attribute.key = parseString();
            skipSpace();
            expect(':');
            skipSpace();
            attribute.value = peek() == '"' ? parseString() : parseScalar();
            attributes.push_back(std::move(attribute));
            skipSpace();
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            expect('}');
            return attributes;
        }
    }

private:
    char peek() const { return pos_ < json_.size() ? json_[pos_] : '\0'; }

    [[noreturn]] void fail(const std::string& problem) const
    {
        throw WorkspaceError("corrupt span attributes at byte " + std::to_string(pos_) + ": " + problem + " in "
                             + quoteForMessage(std::string(json_)));
    }

    void expect(char c)
    {
        if (peek() != c)
            fail(std::string("expected '") + c + "'");
        ++pos_;
    }

    void skipSpace()
    {
        while (pos_ < json_.size() && (json_[pos_] == ' ' || json_[pos_] == '\n' || json_[pos_] == '\t' || json_[pos_] == '\r'))
            ++pos_;
    }

    std::uint32_t parseHex4()
    {
        if (pos_ + 4 > json_.size())
            fail("truncated \\u escape");
        std::uint32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = json_[pos_++];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<std::uint32_t>(c - 'A' + 10);
            else
                fail("bad \\u escape");
        }
        return value;
    }

    std::string parseString()
    {
        expect('"');
        std::string out;
        for (;;) {
            if (pos_ >= json_.size())
                fail("unterminated string");
            const char c = json_[pos_++];
            if (c == '"')
                return out;
            if (c != '\\') {
                out.push_back(c);
                continue;
            }
            if (pos_ >= json_.size())
                fail("unterminated escape");
            const char e = json_[pos_++];
            switch (e) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '/': out.push_back('/'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'u': {
                std::uint32_t codePoint = parseHex4();
                if (codePoint >= 0xd800 && codePoint < 0xdc00 && json_.substr(pos_, 2) == "\\u") {
                    pos_ += 2;
                    const std::uint32_t low = parseHex4();
                    codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
                }
                appendUtf8(codePoint, out);
                break;
            }
            default: fail(std::string("unknown escape \\") + e);
            }
        }
    }

    // Numbers, true, false, null: kept as their text.
    std::string parseScalar()
    {
        const std::size_t begin = pos_;
        while (pos_ < json_.size() && json_[pos_] != ',' && json_[pos_] != '}' && json_[pos_] != ' ')
            ++pos_;
        if (pos_ == begin)
            fail("missing value");
        return std::string(json_.substr(begin, pos_ - begin));
    }

    std::string_view json_;
    std::size_t pos_ = 0;
};

} // namespace

void encodeAttributes(const std::vector<Attribute>& attributes, std::string& out)
{
    out.clear();
    if (attributes.empty())
        return;
    out.push_back('{');
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        if (i)
            out.push_back(',');
        json::appendJsonString(out, attributes[i].key);
        out.push_back(':');
        json::appendJsonString(out, attributes[i].value);
    }
    out.push_back('}');
}

std::vector<Attribute> decodeAttributes(std::string_view json)
{
    return FlatObjectParser(json).parse();
}

} // namespace tracemark
