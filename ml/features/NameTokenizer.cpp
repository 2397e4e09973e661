#include "ml/features/NameTokenizer.h"

namespace tracemark {
namespace {

bool isUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool isWordByte(unsigned char c) { return isUpper(c) || isLower(c) || c >= 0x80; }

} // namespace

std::vector<std::string> NameTokenizer::split(std::string_view name) const
{
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (!current.empty())
            words.push_back(std::move(current));
        current.clear();
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (!isWordByte(c)) {
            flush();
            continue;
        }
        if (isUpper(c) && !current.empty()) {
            const auto previous = static_cast<unsigned char>(name[i - 1]);
            const bool nextIsLower = i + 1 < name.size() && isLower(static_cast<unsigned char>(name[i + 1]));
            // "getRoute": lower->Upper starts a word; "HTTPServer": the S before "erver" does too.
            if (!isUpper(previous) || nextIsLower)
                flush();
        }
        current.push_back(isUpper(c) ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    }
    flush();
    return words;
}

} // namespace tracemark
