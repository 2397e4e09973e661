#pragma once
// Span attributes as stored in spans.attributes: a flat JSON object of string values
// ({"http.method":"GET","peer":"db"}), key order and repeated keys preserved. SQLite's JSON
// functions can read it; spans without attributes store NULL instead.
#include "core/model/Span.h"

#include <string>
#include <string_view>
#include <vector>

namespace tracemark {

// Replaces `out` with the JSON text of the attributes (empty input -> empty output).
void encodeAttributes(const std::vector<Attribute>& attributes, std::string& out);
// Parses what encodeAttributes wrote (and any flat JSON object of strings). Throws WorkspaceError
// on anything else.
std::vector<Attribute> decodeAttributes(std::string_view json);

} // namespace tracemark
