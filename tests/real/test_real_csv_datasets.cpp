// The CSV dataset importers on the real data in ../shared/datasets. Every expected number was
// established independently of Tracemark (zcat/wc and Python's csv/json modules over the files):
//   nezha-tt   366,324 distinct (TraceID, SpanID) of 374,849 span rows (8,525 rows repeat, all
//              identical), 5,031 traces each with one "root" and no dangling ParentID, 28 services;
//              197,814 log rows of which 1 is garbled (10 fields) and 193,327 distinct; severity
//              INFO 184,766 / WARN 7,331 / ERROR 1,230; 156,040 metric rows, 78,020 distinct (the
//              construct_data/ and rca_data/ metric files are identical), 1,459,140 numeric cells of
//              which 83,218 are NaN (no observation), leaving 1,375,922 samples;
//              31 faults: return 7, exception 9, cpu_contention 6, network_delay 9;
//              rca_data/2023-01-29/trace/08_43_trace.csv.gz has 4,446 lines = 4,445 spans, 53 roots.
//   deeptralog 51,303 span rows, 44,053 distinct (7,250 repeated between F08-02's and F08-05's
//              ERROR and SUCCESS files), 5,263 traces each with one root (-1) and no dangling
//              parent, 9,800 distinct spans whose parent is in another segment; 6,874 error spans; Entry
//              15,063 / Exit 28,990; 45,057 raw log lines (ERROR 3,158 / INFO 41,134 / WARN 765), 131 of them
//              outside any trace (N/A); TraceAnomaly.csv labels 1,665 F05 and 1,098 F08 traces abnormal and
//              582 of the normal/ traces normal; 1,418 normal/ traces and 500 F08-05 SUCCESS traces are not
//              in it.
#include "support/TestSupport.h"

#include "core/io/DeepTraLogImporter.h"
#include "core/io/Importer.h"
#include "core/io/NezhaImporter.h"

#include <catch2/catch.hpp>
#include <map>
#include <unordered_map>

using namespace tracemark;
namespace fs = std::filesystem;

namespace {
// Keeps spans, faults and truths; counts logs and metrics (1.46 M samples) instead of keeping them.
class FactSink : public ImportSink {
public:
    void addSpan(Span&& span) override { spans.push_back(std::move(span)); }
    void addLog(LogRecord&& record) override
    {
        ++logs;
        ++logSeverities[record.severity];
        if (record.traceId.empty())
            ++unjoinedLogs;
        if (record.traceId == "b0103bb0161ad7fa352fe1828eeb643a" && record.spanId == "7e28bdb6a47af144")
            joinedExample.push_back(record);
    }
    void addMetric(MetricSample&& sample) override
    {
        ++metrics;
        // rca_data/2023-01-29/metric/ts-travel-service-64469b5b48-25zj6_metric.csv.gz, row 2
        if (sample.instance == "ts-travel-service-64469b5b48-25zj6"
            && sample.timeNs == 1674981670LL * 1000000000 && sample.name == "MemoryUsage(Mi)")
            travelMemory.push_back(sample.value);
    }
    void addTraceGroundTruth(TraceGroundTruth&& truth) override { truths.push_back(std::move(truth)); }
    void addFaultInjection(FaultInjection&& fault) override { faults.push_back(std::move(fault)); }
    void warn(const std::string& message) override { warnings.push_back(message); }

    std::vector<Span> spans;
    std::vector<TraceGroundTruth> truths;
    std::vector<FaultInjection> faults;
    std::vector<std::string> warnings;
    std::vector<LogRecord> joinedExample;
    std::vector<double> travelMemory;
    std::int64_t logs = 0, metrics = 0, unjoinedLogs = 0;
    std::map<std::string, std::int64_t> logSeverities;
};

struct TraceCheck {
    std::size_t traces = 0;
    std::size_t tracesWithOneRoot = 0;
    std::size_t danglingParents = 0;
};

// Per trace: how many roots, and whether every parent id names a span of the same trace.
TraceCheck checkTraces(const std::vector<Span>& spans,
    std::unordered_map<std::string, std::vector<const Span*>>* byTraceOut = nullptr)
{
    std::unordered_map<std::string, std::vector<const Span*>> byTrace;
    for (const auto& s : spans)
        byTrace[s.traceId].push_back(&s);
    TraceCheck check;
    check.traces = byTrace.size();
    for (const auto& [id, list] : byTrace) {
        std::unordered_map<std::string, const Span*> ids;
        int roots = 0;
        for (const Span* s : list) {
            ids.emplace(s->spanId, s);
            roots += s->isRoot();
        }
        check.tracesWithOneRoot += roots == 1;
        for (const Span* s : list)
            if (!s->isRoot() && ids.count(s->parentId) == 0)
                ++check.danglingParents;
    }
    if (byTraceOut)
        *byTraceOut = std::move(byTrace);
    return check;
}

fs::path dataset(const char* name)
{
    return *tracemark::test::datasetsDir() / name;
}
} // namespace

TEST_CASE("real nezha-tt: the whole dataset", "[real][nezha]")
{
    REQUIRE(detectFormat(dataset("nezha-tt")) == SourceFormat::Nezha);
    FactSink sink;
    NullProgress progress;
    NezhaImporter().import(dataset("nezha-tt"), sink, progress);

    CHECK(sink.spans.size() == 366324);
    const TraceCheck traces = checkTraces(sink.spans);
    CHECK(traces.traces == 5031);
    CHECK(traces.tracesWithOneRoot == 5031);
    CHECK(traces.danglingParents == 0);
    std::map<std::string, int> services;
    for (const auto& s : sink.spans)
        ++services[s.service];
    CHECK(services.size() == 28);
    CHECK(services.count("ts-travel-service") == 1);

    // b0103bb0161ad7fa352fe1828eeb643a,7e28bdb6a47af144,5e89765a7f60ff70,ts-auth-service-7f8d7d756d-k7b9j,
    // /api/v1/users/login,1674981768701000000,1674981769012521162,311521
    const Span* login = nullptr;
    for (const auto& s : sink.spans)
        if (s.traceId == "b0103bb0161ad7fa352fe1828eeb643a" && s.spanId == "7e28bdb6a47af144")
            login = &s;
    REQUIRE(login);
    CHECK(login->parentId == "5e89765a7f60ff70");
    CHECK(login->service == "ts-auth-service");
    CHECK(login->instance == "ts-auth-service-7f8d7d756d-k7b9j");
    CHECK(login->operation == "/api/v1/users/login");
    CHECK(login->startNs == 1674981768701000000LL);
    CHECK(login->durationNs == 311521000);

    CHECK(sink.logs == 193327);
    CHECK(sink.logSeverities["INFO"] == 184766);
    CHECK(sink.logSeverities["WARN"] == 7331);
    CHECK(sink.logSeverities["ERROR"] == 1230);
    CHECK(sink.unjoinedLogs == 0);
    CHECK(sink.metrics == 1375922);
    REQUIRE(sink.travelMemory.size() == 1);
    CHECK(sink.travelMemory[0] == 479.37890625);

    REQUIRE(sink.faults.size() == 31);
    std::map<std::string, int> types;
    for (const auto& f : sink.faults) {
        ++types[f.faultType];
        CHECK(f.source == "nezha");
        CHECK(f.endNs == 0);
    }
    CHECK(types
        == std::map<std::string, int> {
            { "return", 7 }, { "exception", 9 }, { "cpu_contention", 6 }, { "network_delay", 9 } });
    // First and last entries of the two fault lists; epochs by Python's calendar.timegm.
    CHECK(sink.faults.front().startNs == 1674981784LL * 1000000000); // 2023-01-29 08:43:04
    CHECK(sink.faults.front().instance == "ts-contacts-service-866bd68c97-xcqfx");
    CHECK(sink.faults.front().service == "ts-contacts-service");
    CHECK(sink.faults.front().faultType == "return");
    CHECK(sink.faults.back().startNs == 1675087699LL * 1000000000); // 2023-01-30 14:08:19
    CHECK(sink.faults.back().service == "ts-security-service");
    CHECK(sink.faults.back().faultType == "network_delay");

    // The one garbled log row is reported with its line.
    bool warnedGarbled = false;
    for (const auto& w : sink.warnings)
        warnedGarbled |= w.find("10_06_log.csv.gz:631") != std::string::npos;
    CHECK(warnedGarbled);
}

TEST_CASE("real nezha-tt: one trace file", "[real][nezha]")
{
    const fs::path file = dataset("nezha-tt") / "rca_data/2023-01-29/trace/08_43_trace.csv.gz";
    REQUIRE(detectFormat(file) == SourceFormat::Nezha);
    FactSink sink;
    NullProgress progress;
    NezhaImporter().import(file, sink, progress);
    CHECK(sink.spans.size() == 4445);
    std::size_t roots = 0;
    for (const auto& s : sink.spans)
        roots += s.isRoot();
    CHECK(roots == 53);
}

TEST_CASE("real deeptralog: spans, logs and ground truth", "[real][deeptralog]")
{
    REQUIRE(detectFormat(dataset("deeptralog")) == SourceFormat::DeepTraLog);
    FactSink sink;
    NullProgress progress;
    DeepTraLogImporter().import(dataset("deeptralog"), sink, progress);

    CHECK(sink.spans.size() == 44053);
    std::unordered_map<std::string, std::vector<const Span*>> byTrace;
    const TraceCheck traces = checkTraces(sink.spans, &byTrace);
    CHECK(traces.traces == 5263);
    CHECK(traces.tracesWithOneRoot == 5263);
    CHECK(traces.danglingParents == 0);
    std::size_t errors = 0, servers = 0, clients = 0, crossSegment = 0;
    for (const auto& s : sink.spans) {
        errors += s.status == StatusClass::Error;
        servers += s.kind == SpanKind::Server;
        clients += s.kind == SpanKind::Client;
        if (!s.isRoot()
            && s.parentId.substr(0, s.parentId.rfind('.')) != s.spanId.substr(0, s.spanId.rfind('.')))
            ++crossSegment;
    }
    CHECK(errors == 6874);
    CHECK(servers == 15063);
    CHECK(clients == 28990);
    CHECK(crossSegment == 9800);

    CHECK(sink.logs == 45057);
    CHECK(sink.logSeverities["ERROR"] == 3158);
    CHECK(sink.logSeverities["INFO"] == 41134);
    CHECK(sink.logSeverities["WARN"] == 765);
    CHECK(sink.unjoinedLogs == 131);

    std::size_t f05 = 0, f08 = 0, normal = 0, other = 0;
    for (const auto& t : sink.truths) {
        if (t.abnormal && t.faultType.rfind("F05-", 0) == 0)
            ++f05;
        else if (t.abnormal && t.faultType.rfind("F08-", 0) == 0)
            ++f08;
        else if (!t.abnormal && t.faultType == "normal")
            ++normal;
        else
            ++other;
        // Every trace with ground truth has spans here, and they hang from one root.
        auto it = byTrace.find(t.traceId);
        REQUIRE(it != byTrace.end());
        int roots = 0;
        for (const Span* s : it->second)
            roots += s->isRoot();
        CHECK(roots == 1);
    }
    CHECK(f05 == 1665);
    CHECK(f08 == 1098);
    CHECK(normal == 2000);
    CHECK(other == 0);
    CHECK(sink.truths.size() == 4763); // 5,263 traces less F08-05's 500 unlabelled ones
}
