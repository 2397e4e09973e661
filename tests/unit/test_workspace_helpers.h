#pragma once
// Small builders shared by the workspace tests: hand-made spans, a one-call import, and a
// snapshot of every table's rows to prove that a failed import left nothing behind.
#include "core/common/Progress.h"
#include "core/store/Database.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace tracemark::test {

inline constexpr std::int64_t kBaseNs = 1'700'000'000'000'000'000;

inline Span makeSpan(const std::string& traceId, const std::string& spanId, const std::string& parentId,
                     const std::string& service, const std::string& operation, std::int64_t startOffsetNs,
                     std::int64_t durationNs, StatusClass status = StatusClass::Ok)
{
    Span span;
    span.traceId = traceId;
    span.spanId = spanId;
    span.parentId = parentId;
    span.service = service;
    span.operation = operation;
    span.startNs = kBaseNs + startOffsetNs;
    span.durationNs = durationNs;
    span.status = status;
    return span;
}

// Imports the spans, ending each trace after its last span when endTraces is set.
inline ImportSummary importSpans(Workspace& workspace, std::vector<Span> spans, bool endTraces = true)
{
    NullProgress progress;
    return workspace.import(
        "test spans",
        [&](ImportSink& sink, Progress&) {
            for (std::size_t i = 0; i < spans.size(); ++i) {
                const std::string traceId = spans[i].traceId;
                sink.addSpan(std::move(spans[i]));
                if (endTraces && (i + 1 == spans.size() || spans[i + 1].traceId != traceId))
                    sink.endTrace(traceId);
            }
        },
        progress);
}

// Every user table, its rows rendered as text and sorted: equal snapshots = identical content.
inline std::map<std::string, std::vector<std::string>> snapshotTables(Database& db)
{
    std::map<std::string, std::vector<std::string>> tables;
    std::vector<std::string> names;
    Statement list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (list.step())
        names.push_back(list.text(0));
    for (const std::string& name : names) {
        Statement rows = db.prepare("SELECT * FROM " + name);
        std::vector<std::string>& rendered = tables[name];
        while (rows.step()) {
            std::string row;
            for (int c = 0; c < rows.columnCount(); ++c)
                row += (rows.isNull(c) ? std::string("<null>") : rows.text(c)) + "|";
            rendered.push_back(row);
        }
        std::sort(rendered.begin(), rendered.end());
    }
    return tables;
}

inline std::int64_t countRows(Database& db, const std::string& table)
{
    return db.queryInt64("SELECT COUNT(*) FROM " + table);
}

// Cancels as soon as the work reports progress, i.e. after the first batch of rows is written.
class CancelOnFirstReport : public Progress {
protected:
    void onReport(double fraction, const std::string&) override
    {
        if (fraction < 1.0)
            cancel();
    }
};

// A workspace of `count` one-span traces t0, t1, ... starting in that order; key[i] is the key
// of trace ti.
struct OneSpanTraces {
    TempDir dir;
    Workspace workspace;
    std::vector<std::int64_t> key;
    NullProgress progress;

    OneSpanTraces(const std::string& fileName, int count) : workspace(Workspace::create(dir / fileName))
    {
        std::vector<Span> spans;
        for (int t = 0; t < count; ++t)
            spans.push_back(makeSpan("t" + std::to_string(t), "s", "", "frontend", "GET /", t * 1000, 10));
        importSpans(workspace, spans);
        for (int t = 0; t < count; ++t)
            key.push_back(workspace.traceById("t" + std::to_string(t))->key);
    }
};

} // namespace tracemark::test
