// tracemark-cli stats: span durations per service, per operation or per call path.
// Call-path rows come from the workspace's stored call-path statistics; service and operation
// rows are computed exactly from every span (median and p95 cannot be merged from paths).
#include "ArgParser.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"
#include "TextTable.h"

#include "core/graph/DurationStatistics.h"
#include "core/store/Workspace.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <tuple>

namespace tracemark::cli {

namespace {

struct StatsRow {
    std::string service;
    std::string operation;
    std::string callPath; // --by callpath only
    std::uint64_t callPathId = 0;
    int depth = 0;
    std::int64_t traces = -1; // -1 = not known (call paths)
    std::int64_t errorSpans = -1; // -1 = not known (call paths)
    DurationStats stats;
};

ArgParser statsParser()
{
    ArgParser p("stats",
        "Span duration statistics (count, mean, standard deviation, median, p95; in ms) per service,\n"
        "per operation or per call path, largest span count first.");
    p.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("by", 0, "GROUP", "service, operation or callpath", "service")
        .option("top", 0, "N", "show the N largest groups, 0 for all", "20")
        .flag("json", 0, "print one JSON object with a row per group")
        .example("tracemark-cli stats -w shop.tmk --by operation --top 10");
    return p;
}

struct Accumulator {
    std::vector<std::int64_t> durations;
    std::int64_t errorSpans = 0;
    std::int64_t traces = 0;
    std::int64_t lastTraceKey = -1;
};

std::vector<StatsRow> spanGroupRows(Workspace& workspace, bool byOperation)
{
    std::map<std::pair<std::string, std::string>, Accumulator> groups;
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    workspace.forEachTrace(
        [&](const TraceSummary& trace, std::vector<Span>& spans) {
            for (const Span& s : spans) {
                Accumulator& a = groups[{ s.service, byOperation ? s.operation : std::string() }];
                a.durations.push_back(s.durationNs);
                if (s.status != StatusClass::Ok)
                    ++a.errorSpans;
                if (a.lastTraceKey != trace.key) {
                    a.lastTraceKey = trace.key;
                    ++a.traces;
                }
            }
        },
        progress);
    progress.clear();
    std::vector<StatsRow> rows;
    for (auto& [key, a] : groups) {
        StatsRow r;
        r.service = key.first;
        r.operation = key.second;
        r.traces = a.traces;
        r.errorSpans = a.errorSpans;
        r.stats = summarizeDurations(a.durations);
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<StatsRow> callPathRows(Workspace& workspace)
{
    std::vector<StatsRow> rows;
    for (const CallPathInfo& p : workspace.callPaths()) {
        StatsRow r;
        r.service = p.service;
        r.operation = p.operation;
        r.callPath = p.text;
        r.callPathId = p.id;
        r.depth = p.depth;
        r.stats = p.stats;
        rows.push_back(std::move(r));
    }
    return rows;
}

std::string hexId(std::uint64_t id)
{
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
    return buf;
}

std::string rowJson(const StatsRow& r, const std::string& by)
{
    JsonObject o;
    o.add("service", r.service);
    if (by != "service")
        o.add("operation", r.operation);
    if (by == "callpath")
        o.add("call_path", r.callPath).add("call_path_id", hexId(r.callPathId)).add("depth", r.depth);
    o.add("spans", r.stats.count);
    if (r.traces >= 0)
        o.add("traces", r.traces).add("error_spans", r.errorSpans);
    o.add("mean_ms", r.stats.meanNs / 1e6, 3)
        .add("std_ms", r.stats.stdNs / 1e6, 3)
        .add("median_ms", r.stats.medianNs / 1e6, 3)
        .add("p95_ms", r.stats.p95Ns / 1e6, 3);
    return o.str();
}

void printTable(std::ostream& out, const std::vector<StatsRow>& rows, const std::string& by)
{
    TextTable table;
    using A = TextTable::Align;
    if (by == "callpath")
        table.column("call path", A::Left);
    else
        table.column("service", A::Left);
    if (by == "operation")
        table.column("operation", A::Left);
    table.column("spans", A::Right);
    if (by != "callpath") {
        table.column("traces", A::Right);
        table.column("errors", A::Right);
    }
    for (const char* t : { "mean ms", "std ms", "median ms", "p95 ms" })
        table.column(t, A::Right);
    for (const auto& r : rows) {
        std::vector<std::string> cells;
        cells.push_back(by == "callpath" ? r.callPath : r.service);
        if (by == "operation")
            cells.push_back(r.operation);
        cells.push_back(groupedCount(r.stats.count));
        if (by != "callpath") {
            cells.push_back(groupedCount(r.traces));
            cells.push_back(groupedCount(r.errorSpans));
        }
        for (double v : { r.stats.meanNs, r.stats.stdNs, r.stats.medianNs, r.stats.p95Ns })
            cells.push_back(millis(v));
        table.row(std::move(cells));
    }
    table.print(out, by == "callpath" ? 90 : 48);
}

} // namespace

int runStatsCommand(const Args& argv)
{
    const ArgParser parser = statsParser();
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const std::string path = args.required("workspace");
    const std::string by = args.choice("by", { "service", "operation", "callpath" }, "service");
    const std::int64_t top = args.integer("top", 20, 0, 1000000000);

    Workspace workspace = Workspace::open(path);
    std::vector<StatsRow> rows
        = by == "callpath" ? callPathRows(workspace) : spanGroupRows(workspace, by == "operation");
    const std::size_t total = rows.size();
    std::sort(rows.begin(), rows.end(), [](const StatsRow& a, const StatsRow& b) {
        if (a.stats.count != b.stats.count)
            return a.stats.count > b.stats.count;
        return std::tie(a.service, a.operation, a.callPath) < std::tie(b.service, b.operation, b.callPath);
    });
    if (top > 0 && rows.size() > static_cast<std::size_t>(top))
        rows.resize(static_cast<std::size_t>(top));

    if (args.has("json")) {
        std::vector<std::string> items;
        items.reserve(rows.size());
        for (const auto& r : rows)
            items.push_back(rowJson(r, by));
        std::cout << JsonObject()
                         .add("workspace", path)
                         .add("by", by)
                         .add("groups", static_cast<std::int64_t>(total))
                         .addRaw("rows", jsonArray(items))
                         .str()
                  << "\n";
        return 0;
    }
    std::cout << "span durations by " << by << " in " << path << " (" << rows.size() << " of " << total
              << " groups)\n";
    printTable(std::cout, rows, by);
    return 0;
}

} // namespace tracemark::cli
