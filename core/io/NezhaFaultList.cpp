// Nezha fault lists (rca_data/<day>/<day>-fault_list.json):
//   {"08": [{"inject_time": "2023-01-29 08:43:04", "inject_timestamp": "1674953044",
//            "inject_pod": "ts-contacts-service-866bd68c97-xcqfx", "inject_type": "return"}, ...], ...}
// The start is inject_time read as UTC: it matches the trace and log windows (file HH_MM covers
// about HH:MM-1 to HH:MM in UTC). inject_timestamp is NOT used: in the published lists it is
// shifted by about -8 h for the first day's code faults (time zone confusion, e.g.
// 1674953044 = 00:44:04 UTC for 08:43:04), equal to inject_time for the others, and once copied
// from the previous entry. No end time is recorded (endNs = 0).
#include "core/common/Error.h"
#include "core/io/CsvSpanTime.h"
#include "core/io/NezhaImporter.h"
#include "core/io/NezhaReaders.h"
#include "core/io/TextReader.h"

#include <simdjson.h>

namespace tracemark {

namespace {
std::string stringField(simdjson::dom::object entry, const char* key, const std::string& where,
    const std::string& file, bool required)
{
    std::string_view value;
    auto error = entry[key].get_string().get(value);
    if (error == simdjson::NO_SUCH_FIELD && !required)
        return {};
    if (error)
        throw ParseError({ file, 0, -1 }, where + "." + key, "",
            error == simdjson::NO_SUCH_FIELD ? "missing in the fault entry" : "expected a string");
    return std::string(value);
}

void readEntry(simdjson::dom::element element, const std::string& where, const std::string& file,
    NezhaImportState& state)
{
    simdjson::dom::object entry;
    if (element.get_object().get(entry))
        throw ParseError(
            { file, 0, -1 }, where, "", "expected an object with inject_time, inject_pod and inject_type");
    const std::string time = stringField(entry, "inject_time", where, file, true);
    const auto startNs = parseUtcDateTimeNs(time);
    if (!startNs)
        throw ParseError(
            { file, 0, -1 }, where + ".inject_time", time, "expected a time as YYYY-MM-DD HH:MM:SS");
    FaultInjection fault;
    fault.startNs = *startNs;
    fault.instance = stringField(entry, "inject_pod", where, file, true);
    fault.service = nezhaServiceFromPod(fault.instance);
    fault.faultType = stringField(entry, "inject_type", where, file, true);
    fault.source = "nezha";
    const std::string stamp = stringField(entry, "inject_timestamp", where, file, false);
    if (!stamp.empty())
        fault.detail = "inject_timestamp " + stamp + " (not used: not reliably UTC)";
    state.sink.addFaultInjection(std::move(fault));
}

void readEntries(
    simdjson::dom::element value, const std::string& where, const std::string& file, NezhaImportState& state)
{
    simdjson::dom::array entries;
    if (value.get_array().get(entries)) {
        readEntry(value, where, file, state);
        return;
    }
    std::size_t index = 0;
    for (simdjson::dom::element e : entries)
        readEntry(e, where + "[" + std::to_string(index++) + "]", file, state);
}
} // namespace

void readNezhaFaultList(const std::filesystem::path& file, NezhaImportState& state)
{
    state.progress.beginFile(file, "fault list");
    const std::string text = TextReader::readAll(file, simdjson::SIMDJSON_PADDING);
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (auto error = parser.parse(text.data(), text.size(), false).get(root))
        throw ParseError({ file.string(), 0, -1 }, "", "",
            std::string("not valid JSON: ") + simdjson::error_message(error));

    // Entries are grouped by the hour of injection ({"08": [...]}); a plain array is accepted too.
    simdjson::dom::object byHour;
    if (!root.get_object().get(byHour)) {
        for (auto [hour, entries] : byHour)
            readEntries(entries, std::string(hour), file.string(), state);
    } else {
        readEntries(root, "", file.string(), state);
    }
    state.progress.endFile();
}

} // namespace tracemark
