#pragma once
// Finds the severity word of a log line ("16:42:22.382 INFO  t.s.TravelServiceImpl ...",
// "[http-nio-8080-exec-1] WARN  o.s.Foo -..."): the first of its leading tokens that is a
// level name, possibly in brackets or followed by ':'.
#include <string_view>

namespace tracemark {

// The level as written ("INFO", "WARN", "WARNING", "ERROR", ...), or empty when none of the
// first `maxTokens` whitespace-separated tokens is one. Matches upper-case names only, so a
// message word like "error" later in the text is not mistaken for the level.
std::string_view findLogLevel(std::string_view line, int maxTokens = 4);

} // namespace tracemark
