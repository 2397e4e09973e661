#include "core/io/RootCauseExport.h"

#include "core/common/Error.h"
#include "core/io/JsonSupport.h"
#include "core/store/Workspace.h"

#include <cstring>
#include <fstream>

namespace tracemark {
namespace {

void addText(std::string& out, const char* key, const std::string& value)
{
    out += std::string("\"") + key + "\":";
    json::appendJsonString(out, value);
}

std::string rfc3339(std::int64_t ns)
{
    const std::time_t seconds = static_cast<std::time_t>(json::floorDiv(ns, 1'000'000'000));
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%09lldZ", utc.tm_year + 1900, utc.tm_mon + 1,
        utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
        static_cast<long long>(ns - json::floorDiv(ns, 1'000'000'000) * 1'000'000'000));
    return text;
}

// Writes text to path through path.tmp, renamed when complete.
void writeAtomically(const std::filesystem::path& path, const std::string& text)
{
    std::filesystem::path tmp = path;
    tmp += ".tmp";
    std::error_code ec;
    {
        std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
        if (!file)
            throw IoError(tmp.string() + ": cannot open for writing: " + std::strerror(errno));
        file << text;
        file.close();
        if (!file) {
            std::filesystem::remove(tmp, ec);
            throw IoError(tmp.string() + ": write failed: " + std::strerror(errno));
        }
    }
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        throw IoError("cannot rename " + tmp.string() + " to " + path.string() + ": " + ec.message());
    }
}

} // namespace

std::int64_t writeGroundTruthJson(Workspace& workspace, const std::filesystem::path& path)
{
    std::string out = "[";
    std::int64_t written = 0;
    for (const FaultPeriodRecord& period : workspace.faultPeriods()) {
        if (!period.rootCause)
            continue;
        const RootCause& cause = *period.rootCause;
        out += written++ ? ",\n " : "\n ";
        out += "{\"timestamp\":" + std::to_string(json::floorDiv(period.startNs, 1'000'000'000))
            + ",\"end_timestamp\":" + std::to_string(json::floorDiv(period.endNs, 1'000'000'000)) + ",";
        addText(out, "level", cause.instance.empty() ? "service" : "pod");
        out += ",";
        addText(out, "cmdb_id", cause.instance.empty() ? cause.service : cause.instance);
        out += ",";
        addText(out, "failure_type", cause.faultType);
        out += "}";
    }
    out += written ? "\n]\n" : "]\n";
    writeAtomically(path, out);
    return written;
}

std::int64_t writeRootCauseJson(Workspace& workspace, const std::filesystem::path& path)
{
    std::string out = "{\"periods\":[";
    std::int64_t written = 0;
    for (const FaultPeriodRecord& period : workspace.faultPeriods()) {
        out += written++ ? ",\n " : "\n ";
        out += "{\"id\":" + std::to_string(period.id) + ",\"start_ns\":" + std::to_string(period.startNs)
            + ",\"end_ns\":" + std::to_string(period.endNs) + ",";
        addText(out, "start", rfc3339(period.startNs));
        out += ",";
        addText(out, "end", rfc3339(period.endNs));
        out += ",";
        addText(out, "origin", period.origin);
        out += ",\"abnormal_traces\":" + std::to_string(period.abnormalTraces) + ",\"root_cause\":";
        if (!period.rootCause) {
            out += "null}";
            continue;
        }
        const RootCause& cause = *period.rootCause;
        out += "{";
        addText(out, "service", cause.service);
        out += ",";
        addText(out, "instance", cause.instance);
        out += ",";
        addText(out, "fault_type", cause.faultType);
        out += ",";
        addText(out, "note", cause.note);
        out += ",";
        addText(out, "author", cause.author);
        out += ",";
        addText(out, "updated", rfc3339(cause.updatedNs));
        out += "}}";
    }
    out += written ? "\n]}\n" : "]}\n";
    writeAtomically(path, out);
    return written;
}

} // namespace tracemark
