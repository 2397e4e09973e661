#include "core/io/ZipkinImporter.h"

#include "core/io/JsonInput.h"
#include "core/io/JsonSupport.h"
#include "core/io/ZipkinTraceAssembler.h"

#include <unordered_map>

namespace tracemark {

using namespace json;

namespace {

class ZipkinReader {
public:
    ZipkinReader(JsonInput& in, Progress& progress)
        : in_(in)
        , progress_(progress)
    {
    }

    void readDocument(od::value root)
    {
        od::json_type type;
        if (root.type().get(type) == simdjson::SUCCESS && type == od::json_type::array) {
            for (auto item : getArray(in_, root, ""))
                readSpan(item.value());
            return;
        }
        readSpan(root);
    }

    std::vector<std::vector<ZipkinSpan>>& traces() { return traces_; }

private:
    ZipkinEndpoint readEndpoint(od::value v, std::string_view field)
    {
        ZipkinEndpoint e;
        od::object obj = getObject(in_, v, field);
        for (auto fieldResult : obj) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            od::value value = f.value();
            if (isNull(value))
                continue;
            if (k == "serviceName")
                e.serviceName = std::string(getString(in_, value, k));
            else if (k == "ipv4")
                e.ipv4 = std::string(getString(in_, value, k));
            else if (k == "ipv6")
                e.ipv6 = std::string(getString(in_, value, k));
            else if (k == "port")
                e.port = static_cast<int>(getInt64(in_, value, k));
        }
        return e;
    }

    void readSpan(od::value v)
    {
        progress_.checkCancelled();
        in_.report(progress_, v, "reading Zipkin spans");
        const char* where = in_.positionOf(v);
        od::object obj = getObject(in_, v, "");
        ZipkinSpan z;
        for (auto fieldResult : obj) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            od::value value = f.value();
            if (isNull(value))
                continue;
            if (k == "binaryAnnotations")
                in_.failValue(
                    value, k, "this is Zipkin v1 JSON; only Zipkin v2 (tags, localEndpoint) is supported");
            if (k == "traceId") {
                z.traceId = getId(in_, value, k, false);
            } else if (k == "id") {
                z.id = getId(in_, value, k, false);
            } else if (k == "parentId") {
                z.parentId = getId(in_, value, k, false);
            } else if (k == "kind") {
                z.kind = std::string(getString(in_, value, k));
            } else if (k == "name") {
                z.name = std::string(getString(in_, value, k));
            } else if (k == "timestamp") {
                z.timestampUs = getInt64(in_, value, k);
                if (*z.timestampUs == 0)
                    z.timestampUs.reset(); // Zipkin writes 0 for "unknown"
            } else if (k == "duration") {
                z.durationUs = getInt64(in_, value, k);
            } else if (k == "localEndpoint") {
                z.localEndpoint = readEndpoint(value, k);
            } else if (k == "remoteEndpoint") {
                z.remoteEndpoint = readEndpoint(value, k);
            } else if (k == "tags") {
                od::object tags = getObject(in_, value, k);
                for (auto tagResult : tags) {
                    od::field tag = fieldOf(tagResult);
                    std::string key(tag.unescaped_key().value());
                    z.tags.push_back(Attribute { std::move(key), getText(in_, tag.value()) });
                }
            } else if (k == "shared") {
                z.shared = getBool(in_, value, k);
            } else if (k == "annotations") {
                for (auto annResult : getArray(in_, value, k)) {
                    ZipkinAnnotation ann;
                    od::object annObj = getObject(in_, annResult.value(), k);
                    for (auto annField : annObj) {
                        od::field af = fieldOf(annField);
                        const std::string_view ak = af.unescaped_key().value();
                        if (ak == "timestamp")
                            ann.timestampUs = getInt64(in_, af.value(), "annotations.timestamp");
                        else if (ak == "value")
                            ann.value = getText(in_, af.value());
                    }
                    z.annotations.push_back(std::move(ann));
                }
            }
        }
        if (z.traceId.empty())
            in_.fail(where, "traceId", "", "missing from " + describe(z));
        if (z.id.empty())
            in_.fail(where, "id", "", "missing from " + describe(z));
        auto [it, inserted] = traceIndex_.emplace(z.traceId, traces_.size());
        if (inserted)
            traces_.emplace_back();
        traces_[it->second].push_back(std::move(z));
    }

    static std::string describe(const ZipkinSpan& z)
    {
        std::string what = z.id.empty() ? std::string("a span") : "span " + z.id;
        if (!z.name.empty())
            what += " ('" + z.name + "')";
        return what;
    }

    JsonInput& in_;
    Progress& progress_;
    std::unordered_map<std::string, std::size_t> traceIndex_;
    std::vector<std::vector<ZipkinSpan>> traces_;
};

} // namespace

void ZipkinImporter::import(const std::filesystem::path& path, ImportSink& sink, Progress& progress)
{
    JsonInput input(path);
    ZipkinReader reader(input, progress);
    {
        SubProgress reading(progress, 0.0, 0.8);
        input.forEachDocument(reading, [&](od::value root) { reader.readDocument(root); });
    }
    auto& traces = reader.traces();
    int skipped = 0;
    std::string skippedExample;
    for (std::size_t t = 0; t < traces.size(); ++t) {
        progress.checkCancelled();
        progress.report(0.8 + 0.2 * static_cast<double>(t) / static_cast<double>(traces.size()),
            "assembling Zipkin traces");
        const std::string traceId = traces[t].front().traceId;
        ZipkinTraceResult result = assembleZipkinTrace(std::move(traces[t]));
        for (auto& span : result.spans)
            sink.addSpan(std::move(span));
        for (auto& log : result.logs)
            sink.addLog(std::move(log));
        if (result.skippedWithoutTimestamp > 0) {
            if (skipped == 0)
                skippedExample = "span " + result.firstSkippedId + " of trace " + traceId;
            skipped += result.skippedWithoutTimestamp;
        }
        sink.endTrace(traceId);
    }
    if (skipped > 0)
        sink.warn(input.fileName() + ": skipped " + std::to_string(skipped)
            + " Zipkin span(s) without a timestamp and without timed children (incomplete spans), e.g. "
            + skippedExample);
    progress.report(1.0, "imported " + input.fileName());
}

bool looksLikeZipkinJson(std::string_view firstBytes)
{
    return containsJsonKey(firstBytes, "traceId") && containsJsonKey(firstBytes, "id")
        && !containsJsonKey(firstBytes, "operationName") && !containsJsonKey(firstBytes, "spanId")
        && !containsJsonKey(firstBytes, "spanID");
}

} // namespace tracemark
