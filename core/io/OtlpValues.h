#pragma once
// OTLP/JSON building blocks shared by the span, log and metric readers: resources, attribute
// lists and AnyValue. INTERNAL: include only from core/io/*.cpp (it brings in simdjson).
#include "core/io/JsonInput.h"

#include <functional>
#include <string>

namespace tracemark::otlp {

namespace od = json::od;

// Who emitted a batch: service.name ("unknown_service", OpenTelemetry's default, when absent)
// and the instance from k8s.pod.name, host.name or service.instance.id.
struct Resource {
    std::string service;
    std::string instance;
};

// The "resource" member of a resourceSpans/resourceLogs/resourceMetrics entry.
Resource readResource(json::JsonInput& in, od::object& resourceEntry);

using AttributeVisitor = std::function<void(std::string key, std::string value)>;
// [{key, value: AnyValue}] in order; values as anyValueText gives them.
void readAttributes(json::JsonInput& in, od::value list, const AttributeVisitor& visit);

// AnyValue as text: a string as it is (quoted when nested inside an array or map), numbers and
// booleans as written, arrays and kvlists as compact JSON.
std::string anyValueText(json::JsonInput& in, od::value value, bool nested);

} // namespace tracemark::otlp
