#include "core/io/CsvSpanLogLevel.h"

namespace tracemark {

namespace {
bool isLevelName(std::string_view t)
{
    static constexpr std::string_view kLevels[] = { "TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING",
        "ERROR", "FATAL", "SEVERE", "CRITICAL", "PANIC" };
    for (auto level : kLevels)
        if (t == level)
            return true;
    return false;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}
} // namespace

std::string_view findLogLevel(std::string_view line, int maxTokens)
{
    std::size_t pos = 0;
    for (int token = 0; token < maxTokens; ++token) {
        while (pos < line.size() && isSpace(line[pos]))
            ++pos;
        if (pos >= line.size())
            break;
        std::size_t end = pos;
        while (end < line.size() && !isSpace(line[end]))
            ++end;
        std::string_view t = line.substr(pos, end - pos);
        if (!t.empty() && t.back() == ':')
            t.remove_suffix(1);
        if (t.size() > 2 && t.front() == '[' && t.back() == ']')
            t = t.substr(1, t.size() - 2);
        if (isLevelName(t))
            return t;
        pos = end;
    }
    return {};
}

} // namespace tracemark
