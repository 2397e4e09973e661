#include "core/common/Error.h"

namespace tracemark {

std::string SourceLocation::toString() const
{
    std::string s = file.empty() ? std::string("<input>") : file;
    if (line > 0)
        s += ":" + std::to_string(line);
    else if (byteOffset >= 0)
        s += ": byte " + std::to_string(byteOffset);
    return s;
}

static std::string formatParseError(const SourceLocation& where, const std::string& field,
                                    const std::string& value, const std::string& problem)
{
    std::string msg = where.toString() + ": ";
    if (!field.empty())
        msg += "field '" + field + "'";
    if (!value.empty())
        msg += (field.empty() ? "value " : " value ") + quoteForMessage(value);
    if (!field.empty() || !value.empty())
        msg += ": ";
    msg += problem;
    return msg;
}

ParseError::ParseError(SourceLocation where, std::string field, std::string value, const std::string& problem)
    : Error(formatParseError(where, field, value, problem))
    , where_(std::move(where))
    , field_(std::move(field))
    , value_(std::move(value))
{
}

std::string quoteForMessage(const std::string& value, std::size_t maxLength)
{
    std::string v = value.size() > maxLength ? value.substr(0, maxLength) + "..." : value;
    return "'" + v + "'";
}

} // namespace tracemark
