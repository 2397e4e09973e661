#include "core/io/OtlpValues.h"

#include "core/io/JsonSupport.h"
#include "core/io/TagEvidence.h"

namespace tracemark::otlp {

using namespace json;

namespace {

// One {key, value} entry of an attribute list.
std::pair<std::string, std::string> readKeyValue(
    JsonInput& in, od::value entry, const char* list, bool nested)
{
    std::string key;
    std::string value = nested ? "null" : "";
    od::object obj = getObject(in, entry, list);
    for (auto fieldResult : obj) {
        od::field f = fieldOf(fieldResult);
        const std::string_view k = f.unescaped_key().value();
        if (k == "key")
            key = std::string(getString(in, f.value(), "key"));
        else if (k == "value")
            value = anyValueText(in, f.value(), nested);
    }
    return { std::move(key), std::move(value) };
}

} // namespace

Resource readResource(JsonInput& in, od::object& resourceEntry)
{
    Resource r;
    if (auto resource = findField(resourceEntry, "resource")) {
        od::object obj = getObject(in, *resource, "resource");
        InstanceEvidence instance;
        if (auto attributes = findField(obj, "attributes")) {
            readAttributes(in, *attributes, [&](std::string key, std::string value) {
                if (key == "service.name")
                    r.service = std::move(value);
                else if (key != "ip" && key != "hostname") // Jaeger process tags, not OTel resource keys
                    instance.consider(key, value);
            });
        }
        r.instance = instance.best();
    }
    if (r.service.empty())
        r.service = "unknown_service";
    return r;
}

void readAttributes(JsonInput& in, od::value list, const AttributeVisitor& visit)
{
    for (auto entry : getArray(in, list, "attributes")) {
        auto [key, value] = readKeyValue(in, entry.value(), "attributes", false);
        visit(std::move(key), std::move(value));
    }
}

std::string anyValueText(JsonInput& in, od::value value, bool nested)
{
    if (isNull(value))
        return nested ? "null" : "";
    std::string out;
    od::object obj = getObject(in, value, "value");
    for (auto fieldResult : obj) {
        od::field f = fieldOf(fieldResult);
        const std::string_view k = f.unescaped_key().value();
        od::value inner = f.value();
        if (k == "stringValue" || k == "bytesValue") {
            const std::string_view s = getString(in, inner, k);
            if (nested)
                appendJsonString(out, s);
            else
                out.assign(s);
        } else if (k == "intValue" || k == "doubleValue" || k == "boolValue") {
            out = getText(in, inner);
        } else if (k == "arrayValue" || k == "kvlistValue") {
            const bool isArray = k == "arrayValue";
            out = isArray ? "[" : "{";
            od::object listObj = getObject(in, inner, k);
            if (auto values = findField(listObj, "values")) {
                bool first = true;
                for (auto item : getArray(in, *values, "values")) {
                    if (!first)
                        out += ',';
                    first = false;
                    if (isArray) {
                        out += anyValueText(in, item.value(), true);
                    } else {
                        auto [key, text] = readKeyValue(in, item.value(), "values", true);
                        appendJsonString(out, key);
                        out += ':';
                        out += text;
                    }
                }
            }
            out += isArray ? "]" : "}";
        }
    }
    return out;
}

} // namespace tracemark::otlp
