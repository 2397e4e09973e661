#pragma once
// What span tags/attributes say about a span's outcome and where it ran, whatever the format
// (Jaeger tags, Zipkin tags, OTLP attributes and resource attributes).
#include "core/model/Span.h"

#include <optional>
#include <string>
#include <string_view>

namespace tracemark {

// What a span's tags/attributes say about its outcome. HTTP and gRPC codes decide the class;
// an explicit error flag (error=true, otel.status_code=ERROR, OTLP STATUS_CODE_ERROR) makes a
// span without a failing code an Error. So "500 + error=true" stays a ServerError (the flag
// only repeats what the code says) and "200 + error=true" becomes an Error.
class StatusEvidence {
public:
    // Feeds one tag. Returns true when the tag was status evidence (the caller then does not keep
    // it as an attribute). Handles http.status_code, http.response.status_code,
    // rpc.grpc.status_code, error (a boolean flag), otel.status_code and tracemark.status_class.
    bool consider(std::string_view key, std::string_view value);
    void setHttpCode(int code, std::string text);
    void setGrpcCode(int code, std::string text);
    void setErrorFlag(std::string text);
    // An explicit class written by Tracemark's own exporter; wins over everything else.
    void setExplicitClass(StatusClass status) { explicitClass_ = status; }

    StatusClass statusClass() const;
    // The raw code as reported: the HTTP code, else the gRPC code, else the error flag's text.
    std::string statusCode() const;
    void applyTo(Span& span) const;

private:
    std::optional<int> http_;
    std::string httpText_;
    std::optional<int> grpc_;
    std::string grpcText_;
    bool errorFlag_ = false;
    std::string errorText_;
    std::optional<StatusClass> explicitClass_;
};

// Instance candidates from resource/process tags, best first: k8s.pod.name, hostname,
// host.name, service.instance.id, ip. Feed tags; read best() at the end.
class InstanceEvidence {
public:
    bool consider(std::string_view key, std::string_view value);
    const std::string& best() const;

private:
    std::string candidates_[5];
};

} // namespace tracemark
