#include "core/io/JaegerExporter.h"

#include "core/common/Error.h"
#include "core/io/JsonSupport.h"
#include "core/store/Workspace.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace tracemark {

using json::appendJsonString;

namespace {

// Tags the exporter derives itself; attributes with these keys would contradict them.
bool isGeneratedTag(const std::string& key)
{
    static const std::unordered_set<std::string> keys = { "span.kind", "error", "http.status_code",
        "http.response.status_code", "rpc.grpc.status_code", "otel.status_code", "tracemark.status_class",
        "tracemark.label", "tracemark.label_source", "tracemark.label_confidence" };
    return keys.count(key) > 0;
}

void appendStringTag(std::string& out, bool& first, std::string_view key, std::string_view value)
{
    out += first ? "{\"key\":" : ",{\"key\":";
    first = false;
    appendJsonString(out, key);
    out += ",\"type\":\"string\",\"value\":";
    appendJsonString(out, value);
    out += '}';
}

void appendIntTag(std::string& out, bool& first, std::string_view key, std::int64_t value)
{
    out += first ? "{\"key\":" : ",{\"key\":";
    first = false;
    appendJsonString(out, key);
    out += ",\"type\":\"int64\",\"value\":" + std::to_string(value) + "}";
}

void appendRawTag(
    std::string& out, bool& first, std::string_view key, const char* type, const std::string& json)
{
    out += first ? "{\"key\":" : ",{\"key\":";
    first = false;
    appendJsonString(out, key);
    out += ",\"type\":\"";
    out += type;
    out += "\",\"value\":" + json + "}";
}

std::string formatDouble(double x)
{
    if (!std::isfinite(x))
        x = 0.0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", x);
    return buf;
}

// Status tags such that JaegerImporter (StatusEvidence in TagEvidence.h) gives back the same class.
void appendStatusTags(std::string& out, bool& first, const Span& span)
{
    const auto code = json::parseInt64(span.statusCode);
    std::optional<StatusClass> fromCode;
    if (code && *code >= 100 && *code <= 599) {
        appendIntTag(out, first, "http.status_code", *code);
        fromCode = statusFromHttpCode(static_cast<int>(*code));
    } else if (code && *code >= 0 && *code <= 16) {
        appendIntTag(out, first, "rpc.grpc.status_code", *code);
        fromCode = statusFromGrpcCode(static_cast<int>(*code));
    }
    const bool failed = isFailure(span.status);
    if (failed)
        appendRawTag(out, first, "error", "bool", "true");
    StatusClass recovered = failed ? StatusClass::Error : StatusClass::Ok;
    if (fromCode)
        recovered = (failed && *fromCode == StatusClass::Ok) ? StatusClass::Error : *fromCode;
    if (recovered != span.status)
        appendStringTag(out, first, "tracemark.status_class", toString(span.status));
}

} // namespace

JaegerJsonWriter::JaegerJsonWriter(std::ostream& out, JaegerExportOptions options)
    : out_(out)
    , options_(options)
{
    out_ << "{\"data\":[";
}

void JaegerJsonWriter::writeTrace(const std::vector<Span>& spans, const std::vector<LogRecord>& logs,
    const std::optional<JaegerTraceLabel>& label)
{
    if (spans.empty())
        return;
    std::string& out = buffer_;
    out.clear();

    // One process per (service, instance), numbered in order of first use.
    std::map<std::pair<std::string, std::string>, std::string> processIds;
    std::vector<const Span*> processOwners;
    std::unordered_set<std::string_view> ids;
    for (const auto& s : spans) {
        ids.insert(s.spanId);
        auto key = std::make_pair(s.service, s.instance);
        if (processIds.find(key) == processIds.end()) {
            processIds.emplace(key, "p" + std::to_string(processIds.size() + 1));
            processOwners.push_back(&s);
        }
    }
    std::unordered_map<std::string_view, std::vector<const LogRecord*>> logsBySpan;
    if (options_.includeLogs)
        for (const auto& log : logs)
            if (!log.spanId.empty() && ids.count(log.spanId))
                logsBySpan[log.spanId].push_back(&log);
    const bool labeled = options_.includeLabels && label && label->label != TraceLabel::Unlabeled;

    out += traces_ == 0 ? "{\"traceID\":" : ",{\"traceID\":";
    appendJsonString(out, spans.front().traceId);
    out += ",\"spans\":[";
    bool firstSpan = true;
    for (const auto& s : spans) {
        out += firstSpan ? "{\"traceID\":" : ",{\"traceID\":";
        firstSpan = false;
        appendJsonString(out, s.traceId);
        out += ",\"spanID\":";
        appendJsonString(out, s.spanId);
        out += ",\"flags\":1,\"operationName\":";
        appendJsonString(out, s.operation);
        out += ",\"references\":[";
        if (!s.parentId.empty()) {
            out += "{\"refType\":\"CHILD_OF\",\"traceID\":";
            appendJsonString(out, s.traceId);
            out += ",\"spanID\":";
            appendJsonString(out, s.parentId);
            out += '}';
        }
        out += "],\"startTime\":" + std::to_string(json::floorDiv(s.startNs, 1000));
        out += ",\"duration\":" + std::to_string(json::floorDiv(s.durationNs, 1000));
        out += ",\"tags\":[";
        bool firstTag = true;
        if (s.kind != SpanKind::Unspecified)
            appendStringTag(out, firstTag, "span.kind", toString(s.kind));
        appendStatusTags(out, firstTag, s);
        const bool isRoot = s.parentId.empty() || !ids.count(s.parentId);
        if (labeled && isRoot) {
            appendStringTag(out, firstTag, "tracemark.label", toString(label->label));
            appendStringTag(out, firstTag, "tracemark.label_source", toString(label->source));
            appendRawTag(
                out, firstTag, "tracemark.label_confidence", "float64", formatDouble(label->confidence));
        }
        for (const auto& a : s.attributes)
            if (!isGeneratedTag(a.key))
                appendStringTag(out, firstTag, a.key, a.value);
        out += "],\"logs\":[";
        if (auto it = logsBySpan.find(s.spanId); it != logsBySpan.end()) {
            bool firstLog = true;
            for (const LogRecord* log : it->second) {
                out += firstLog ? "{\"timestamp\":" : ",{\"timestamp\":";
                firstLog = false;
                out += std::to_string(json::floorDiv(log->timeNs, 1000)) + ",\"fields\":[";
                bool firstField = true;
                appendStringTag(out, firstField, "message", log->message);
                if (!log->severity.empty())
                    appendStringTag(out, firstField, "level", log->severity);
                out += "]}";
            }
        }
        out += "],\"processID\":";
        appendJsonString(out, processIds[{ s.service, s.instance }]);
        out += ",\"warnings\":null}";
    }
    out += "],\"processes\":{";
    bool firstProcess = true;
    for (const Span* owner : processOwners) {
        if (!firstProcess)
            out += ',';
        firstProcess = false;
        appendJsonString(out, processIds[{ owner->service, owner->instance }]);
        out += ":{\"serviceName\":";
        appendJsonString(out, owner->service);
        out += ",\"tags\":[";
        bool firstTag = true;
        if (!owner->instance.empty())
            appendStringTag(out, firstTag, "hostname", owner->instance);
        out += "]}";
    }
    out += "},\"warnings\":null}";
    out_.write(out.data(), static_cast<std::streamsize>(out.size()));
    ++traces_;
}

void JaegerJsonWriter::finish()
{
    if (finished_)
        return;
    finished_ = true;
    out_ << "],\"total\":" << traces_ << ",\"limit\":0,\"offset\":0,\"errors\":null}\n";
}

void exportJaegerJson(Workspace& workspace, const std::filesystem::path& out, Progress& progress,
    const JaegerExportOptions& options)
{
    std::filesystem::path tmp = out;
    tmp += ".tmp";
    std::error_code ec;
    try {
        std::vector<char> streamBuffer(std::size_t(1) << 20); // outlives the stream that uses it
        std::ofstream file;
        file.rdbuf()->pubsetbuf(streamBuffer.data(), static_cast<std::streamsize>(streamBuffer.size()));
        file.open(tmp, std::ios::binary | std::ios::trunc);
        if (!file)
            throw IoError(tmp.string() + ": cannot open for writing: " + std::strerror(errno));
        const bool withLogs = options.includeLogs && workspace.info().logRecords > 0;
        JaegerJsonWriter writer(file, options);
        workspace.forEachTrace(
            [&](const TraceSummary& trace, std::vector<Span>& spans) {
                progress.checkCancelled();
                std::vector<LogRecord> logs;
                if (withLogs)
                    logs = workspace.logsOfTrace(trace.traceId);
                writer.writeTrace(
                    spans, logs, JaegerTraceLabel { trace.label, trace.labelSource, trace.labelConfidence });
                if (!file)
                    throw IoError(tmp.string() + ": write failed: " + std::strerror(errno));
            },
            progress);
        writer.finish();
        file.flush();
        file.close();
        if (!file)
            throw IoError(tmp.string() + ": write failed: " + std::strerror(errno));
    } catch (...) {
        std::filesystem::remove(tmp, ec);
        throw;
    }
    std::filesystem::rename(tmp, out, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        throw IoError("cannot rename " + tmp.string() + " to " + out.string() + ": " + ec.message());
    }
    progress.report(1.0, "exported " + out.string());
}

} // namespace tracemark
