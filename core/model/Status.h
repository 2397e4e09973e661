#pragma once
// Span status normalised to a small set of classes, whatever the source reported
// (HTTP status code, gRPC code, OpenTelemetry status, an `error` flag).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tracemark {

// Ordered by severity so that combining two signals is std::max.
enum class StatusClass : std::uint8_t {
    Ok = 0,          // success, or nothing reported
    ClientError = 1, // HTTP 4xx
    ServerError = 2, // HTTP 5xx, gRPC non-OK codes
    Error = 3,       // an explicit error flag / OTel STATUS_CODE_ERROR without a code
};
constexpr int kStatusClassCount = 4;

std::string_view toString(StatusClass status);
std::optional<StatusClass> statusClassFromString(std::string_view name);

StatusClass statusFromHttpCode(int code);
StatusClass statusFromGrpcCode(int code);
// Accepts "true"/"false", "1"/"0", "True"/"False" (DeepTraLog's IsError). Unknown text -> nullopt.
std::optional<bool> parseBoolFlag(std::string_view text);

inline StatusClass worse(StatusClass a, StatusClass b) { return a > b ? a : b; }
inline bool isFailure(StatusClass s) { return s != StatusClass::Ok; }

} // namespace tracemark
