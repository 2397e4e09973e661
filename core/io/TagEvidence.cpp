#include "core/io/TagEvidence.h"

#include "core/io/JsonSupport.h"

#include <array>

namespace tracemark {

using json::parseInt64;

void StatusEvidence::setHttpCode(int code, std::string text)
{
    if (!http_) {
        http_ = code;
        httpText_ = std::move(text);
    }
}

void StatusEvidence::setGrpcCode(int code, std::string text)
{
    if (!grpc_) {
        grpc_ = code;
        grpcText_ = std::move(text);
    }
}

void StatusEvidence::setErrorFlag(std::string text)
{
    if (!errorFlag_) {
        errorFlag_ = true;
        errorText_ = std::move(text);
    }
}

bool StatusEvidence::consider(std::string_view key, std::string_view value)
{
    if (key == "http.status_code" || key == "http.response.status_code") {
        const auto code = parseInt64(value);
        if (!code || *code < 0 || *code > 999)
            return false; // not a code: keep it as an ordinary attribute
        setHttpCode(static_cast<int>(*code), std::string(value));
        return true;
    }
    if (key == "rpc.grpc.status_code") {
        const auto code = parseInt64(value);
        if (!code || *code < 0 || *code > 99)
            return false;
        setGrpcCode(static_cast<int>(*code), std::string(value));
        return true;
    }
    if (key == "error") {
        const auto flag = parseBoolFlag(value);
        if (!flag)
            return false;
        if (*flag)
            setErrorFlag(std::string(value));
        return true;
    }
    if (key == "otel.status_code") {
        if (value == "ERROR" || value == "STATUS_CODE_ERROR")
            setErrorFlag(std::string(value));
        return value == "ERROR" || value == "STATUS_CODE_ERROR" || value == "OK" || value == "UNSET"
            || value == "STATUS_CODE_OK" || value == "STATUS_CODE_UNSET";
    }
    if (key == "tracemark.status_class") {
        const auto cls = statusClassFromString(value);
        if (!cls)
            return false;
        setExplicitClass(*cls);
        return true;
    }
    return false;
}

StatusClass StatusEvidence::statusClass() const
{
    if (explicitClass_)
        return *explicitClass_;
    if (http_ || grpc_) {
        StatusClass s = StatusClass::Ok;
        if (http_)
            s = worse(s, statusFromHttpCode(*http_));
        if (grpc_)
            s = worse(s, statusFromGrpcCode(*grpc_));
        if (errorFlag_ && s == StatusClass::Ok)
            s = StatusClass::Error;
        return s;
    }
    return errorFlag_ ? StatusClass::Error : StatusClass::Ok;
}

std::string StatusEvidence::statusCode() const
{
    if (http_)
        return httpText_;
    if (grpc_)
        return grpcText_;
    if (errorFlag_)
        return errorText_;
    return {};
}

void StatusEvidence::applyTo(Span& span) const
{
    span.status = statusClass();
    span.statusCode = statusCode();
}

bool InstanceEvidence::consider(std::string_view key, std::string_view value)
{
    static constexpr std::array<std::string_view, 5> keys
        = { "k8s.pod.name", "hostname", "host.name", "service.instance.id", "ip" };
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key == keys[i]) {
            if (candidates_[i].empty())
                candidates_[i] = std::string(value);
            return true;
        }
    }
    return false;
}

const std::string& InstanceEvidence::best() const
{
    for (const auto& c : candidates_)
        if (!c.empty())
            return c;
    return candidates_[0];
}

} // namespace tracemark
