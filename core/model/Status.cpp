#include "core/model/Status.h"

namespace tracemark {

std::string_view toString(StatusClass status)
{
    switch (status) {
    case StatusClass::Ok: return "ok";
    case StatusClass::ClientError: return "client_error";
    case StatusClass::ServerError: return "server_error";
    case StatusClass::Error: return "error";
    }
    return "ok";
}

std::optional<StatusClass> statusClassFromString(std::string_view name)
{
    for (int i = 0; i < kStatusClassCount; ++i) {
        auto s = static_cast<StatusClass>(i);
        if (toString(s) == name)
            return s;
    }
    return std::nullopt;
}

StatusClass statusFromHttpCode(int code)
{
    if (code >= 500)
        return StatusClass::ServerError;
    if (code >= 400)
        return StatusClass::ClientError;
    return StatusClass::Ok;
}

StatusClass statusFromGrpcCode(int code)
{
    return code == 0 ? StatusClass::Ok : StatusClass::ServerError;
}

std::optional<bool> parseBoolFlag(std::string_view text)
{
    if (text == "true" || text == "True" || text == "TRUE" || text == "1")
        return true;
    if (text == "false" || text == "False" || text == "FALSE" || text == "0" || text.empty())
        return false;
    return std::nullopt;
}

} // namespace tracemark
