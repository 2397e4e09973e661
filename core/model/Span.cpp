#include "core/model/Span.h"

#include <algorithm>
#include <cctype>

namespace tracemark {

std::string_view toString(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Unspecified: return "unspecified";
    case SpanKind::Internal: return "internal";
    case SpanKind::Server: return "server";
    case SpanKind::Client: return "client";
    case SpanKind::Producer: return "producer";
    case SpanKind::Consumer: return "consumer";
    }
    return "unspecified";
}

SpanKind spanKindFromString(std::string_view text)
{
    std::string t(text);
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    if (t.rfind("span_kind_", 0) == 0)
        t = t.substr(10);
    if (t == "server" || t == "entry")
        return SpanKind::Server;
    if (t == "client" || t == "exit")
        return SpanKind::Client;
    if (t == "producer")
        return SpanKind::Producer;
    if (t == "consumer")
        return SpanKind::Consumer;
    if (t == "internal" || t == "local")
        return SpanKind::Internal;
    return SpanKind::Unspecified;
}

} // namespace tracemark
