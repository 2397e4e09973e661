#pragma once
// Splits service and operation names into lowercase words: "hipstershop.CartService/GetCart"
// -> hipstershop cart service get cart. Words break at separators (any ASCII character that is
// not a letter: / - _ . : { } spaces, digits and other punctuation are all dropped) and at camelCase
// boundaries ("getRouteById" -> get route by id, "HTTPServer" -> http server). Bytes of multi-byte
// UTF-8 characters are kept inside words unchanged, so non-ASCII names still give tokens.
#include <string>
#include <string_view>
#include <vector>

namespace tracemark {

class NameTokenizer {
public:
    std::vector<std::string> split(std::string_view name) const;
};

} // namespace tracemark
