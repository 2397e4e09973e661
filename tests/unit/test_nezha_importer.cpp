// Nezha importer on small hand-written dataset folders: expected values worked out by hand.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/NezhaImporter.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

using namespace tracemark;
using tracemark::test::CollectingSink;
using tracemark::test::TempDir;

namespace {
const char* kTraceHeader
    = "TraceID,SpanID,ParentID,PodName,OperationName,StartTimeUnixNano,EndTimeUnixNano,Duration\n";
const char* kLogHeader = "Timestamp,TimeUnixNano,Node,PodName,Container,TraceID,SpanID,Log\n";

// One day folder: two overlapping minute files, logs, one pod's metrics, front metrics, faults.
void writeDay(const TempDir& dir, const std::string& day)
{
    dir.write(day + "/trace/08_43_trace.csv.gz",
        std::string(kTraceHeader)
            + "t1,s1,root,ts-gateway-service-6f6cfc45b-h5m2n,/"
              "*,1674981768697000000,1674981769015316530,318316\n"
              "t1,s2,s1,ts-auth-service-7f8d7d756d-k7b9j,/api/v1/users/login,1674981768701000000,"
              "1674981769012521162,311521\n");
    // The next minute repeats s2 (overlapping windows) and adds s3.
    dir.write(day + "/trace/08_44_trace.csv.gz",
        std::string(kTraceHeader)
            + "t1,s2,s1,ts-auth-service-7f8d7d756d-k7b9j,/api/v1/users/login,1674981768701000000,"
              "1674981769012521162,311521\n"
              "t1,s3,s2,ts-verification-code-service-7b6dc75c45-2z9p2,GET,1674981768800000000,"
              "1674981768800002000,2\n");
    dir.write(day + "/log/08_43_log.csv.gz",
        std::string(kLogHeader)
            + "2023-01-29T08:42:48.701Z,1674981768701000001,33.33.33.155,ts-auth-service-7f8d7d756d-k7b9j,"
              "server,t1,s2,\"{\"\"log\"\":\"\"16:42:48.701 INFO  a.c.UserController#43 Login "
              "\\\"\"fdse\\\"\" \\u4e2d\\n\"\",\"\"stream\"\":\"\"stdout\"\"}\"\n"
              "2023-01-29T08:42:48.702Z,1674981768702000000,33.33.33.155,ts-auth-service-7f8d7d756d-k7b9j,"
              "server,t1,s2,\"{\"\"log\"\":\"\"16:42:48.702 ERROR a.s.TokenServiceImpl#80 bad "
              "password\\n\"\"}\"\n"
              // garbled by an interleaved write: 9 fields
              "2023-01-29T08:42:49Z,1674981769000000000,n,ts-auth-service-7f8d7d756d-k7b9j,server,t1,s2,x,"
              "y\n");
    dir.write(day + "/metric/ts-travel-service-64469b5b48-25zj6_metric.csv.gz",
        "Time,TimeStamp,PodName,CpuUsage(m),MemoryUsage(Mi)\n"
        "2023-01-29 08:41:10 +0000 UTC,1674981670,ts-travel-service-64469b5b48-25zj6,11.5,479.25\n"
        "2023-01-29 08:42:10 +0000 UTC,1674981730,ts-travel-service-64469b5b48-25zj6,5.25,\n"
        "2023-01-29 08:43:10 +0000 UTC,1674981790,ts-travel-service-64469b5b48-25zj6,NaN,NaN\n");
    dir.write(day + "/metric/front_service.csv.gz",
        "Time,TimeStamp,ServiceName,SuccessRate(%),LatencyP50(s)\n"
        "2023-01-29 08:41:09 +0000 UTC,1674981669,Frontend,0,0.0925\n");
}

const char* kFaultList = R"({
 "08": [
  {"inject_time": "2023-01-29 08:43:04", "inject_timestamp": "1674953044",
   "inject_pod": "ts-contacts-service-866bd68c97-xcqfx", "inject_type": "return"}
 ],
 "09": [
  {"inject_time": "2023-01-29 09:03:53", "inject_timestamp": "1674954273",
   "inject_pod": "ts-basic-service-5dc8d4f9fd-46997", "inject_type": "exception"}
 ]
})";

class RecordingProgress : public Progress {
public:
    std::vector<double> fractions;

protected:
    void onReport(double fraction, const std::string&) override { fractions.push_back(fraction); }
};

std::string messageOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const ParseError& e) {
        return e.what();
    }
    return "(no ParseError)";
}
} // namespace

TEST_CASE("nezha: service names drop the Deployment's hash segments", "[nezha]")
{
    CHECK(nezhaServiceFromPod("ts-travel-service-64469b5b48-25zj6") == "ts-travel-service");
    CHECK(nezhaServiceFromPod("ts-consign-price-service-df498d7fb-725nt") == "ts-consign-price-service");
    CHECK(nezhaServiceFromPod("ts-ui-dashboard-5477b965f-2chkr") == "ts-ui-dashboard");
    // Not a Deployment pod name: kept as it is.
    CHECK(nezhaServiceFromPod("redis-0") == "redis-0");
    CHECK(nezhaServiceFromPod("Frontend") == "Frontend");
    CHECK(nezhaServiceFromPod("my-service-abc") == "my-service-abc");
}

TEST_CASE("nezha: a day folder gives spans, logs, metrics and faults", "[nezha]")
{
    TempDir dir;
    writeDay(dir, "2023-01-29");
    dir.write("2023-01-29/2023-01-29-fault_list.json", kFaultList);
    CollectingSink sink;
    RecordingProgress progress;
    NezhaImporter().import(dir / "2023-01-29", sink, progress);

    SECTION("spans: services from pods, µs -> ns, roots, repeated rows once")
    {
        REQUIRE(sink.spans.size() == 3);
        const Span* s1 = sink.findSpan("s1");
        const Span* s2 = sink.findSpan("s2");
        const Span* s3 = sink.findSpan("s3");
        REQUIRE(s1);
        REQUIRE(s2);
        REQUIRE(s3);
        CHECK(s1->isRoot());
        CHECK(s1->traceId == "t1");
        CHECK(s1->service == "ts-gateway-service");
        CHECK(s1->instance == "ts-gateway-service-6f6cfc45b-h5m2n");
        CHECK(s1->operation == "/*");
        CHECK(s1->startNs == 1674981768697000000);
        CHECK(s1->durationNs == 318316000);
        CHECK(s1->status == StatusClass::Ok);
        CHECK(s2->parentId == "s1");
        CHECK(s2->service == "ts-auth-service");
        CHECK(s2->durationNs == 311521000);
        CHECK(s3->parentId == "s2");
        CHECK(s3->service == "ts-verification-code-service");
        CHECK(s3->durationNs == 2000);
        CHECK(sink.endedTraces.empty()); // a trace may continue in a later file
    }
    SECTION("logs: docker JSON message, level, join fields; the garbled row is skipped with a warning")
    {
        REQUIRE(sink.logs.size() == 2);
        const LogRecord& info = sink.logs[0];
        CHECK(info.timeNs == 1674981768701000001);
        CHECK(info.service == "ts-auth-service");
        CHECK(info.instance == "ts-auth-service-7f8d7d756d-k7b9j");
        CHECK(info.traceId == "t1");
        CHECK(info.spanId == "s2");
        CHECK(info.severity == "INFO");
        CHECK(info.message == "16:42:48.701 INFO  a.c.UserController#43 Login \"fdse\" \xE4\xB8\xAD");
        CHECK(sink.logs[1].severity == "ERROR");
        CHECK(sink.logs[1].message == "16:42:48.702 ERROR a.s.TokenServiceImpl#80 bad password");
        const bool warnedLine
            = std::any_of(sink.warnings.begin(), sink.warnings.end(), [](const std::string& w) {
                  return w.find("08_43_log.csv.gz:4") != std::string::npos
                      && w.find("expected 8 fields") != std::string::npos;
              });
        CHECK(warnedLine);
    }
    SECTION("metrics: one sample per numeric cell, empty and NaN cells skipped")
    {
        // pod file: 2 rows x 2 columns minus one empty cell = 3 (the all-NaN row gives none);
        // front: 1 row x 2 columns = 2.
        REQUIRE(sink.metrics.size() == 5);
        auto find = [&](const std::string& service, const std::string& name, std::int64_t seconds) {
            for (const auto& m : sink.metrics)
                if (m.service == service && m.name == name && m.timeNs == seconds * 1000000000)
                    return &m;
            return static_cast<const MetricSample*>(nullptr);
        };
        const MetricSample* cpu = find("ts-travel-service", "CpuUsage(m)", 1674981670);
        REQUIRE(cpu);
        CHECK(cpu->value == 11.5);
        CHECK(cpu->instance == "ts-travel-service-64469b5b48-25zj6");
        REQUIRE(find("ts-travel-service", "MemoryUsage(Mi)", 1674981670));
        CHECK(find("ts-travel-service", "MemoryUsage(Mi)", 1674981670)->value == 479.25);
        REQUIRE(find("ts-travel-service", "CpuUsage(m)", 1674981730));
        CHECK(find("ts-travel-service", "CpuUsage(m)", 1674981730)->value == 5.25);
        CHECK_FALSE(find("ts-travel-service", "MemoryUsage(Mi)", 1674981730));
        const MetricSample* front = find("Frontend", "LatencyP50(s)", 1674981669);
        REQUIRE(front);
        CHECK(front->instance.empty());
        CHECK(front->value == 0.0925);
        REQUIRE(find("Frontend", "SuccessRate(%)", 1674981669));
        CHECK(find("Frontend", "SuccessRate(%)", 1674981669)->value == 0.0);
    }
    SECTION("faults: inject_time as UTC, service from the pod, no end")
    {
        REQUIRE(sink.faults.size() == 2);
        // 2023-01-29 08:43:04 UTC = 19386 days * 86400 + 8*3600 + 43*60 + 4 = 1674981784 s
        CHECK(sink.faults[0].startNs == 1674981784LL * 1000000000);
        CHECK(sink.faults[0].endNs == 0);
        CHECK(sink.faults[0].service == "ts-contacts-service");
        CHECK(sink.faults[0].instance == "ts-contacts-service-866bd68c97-xcqfx");
        CHECK(sink.faults[0].faultType == "return");
        CHECK(sink.faults[0].source == "nezha");
        // 09:03:53 is 20 min 49 s = 1249 s after 08:43:04
        CHECK(sink.faults[1].startNs == (1674981784LL + 1249) * 1000000000);
        CHECK(sink.faults[1].service == "ts-basic-service");
        CHECK(sink.faults[1].faultType == "exception");
    }
    SECTION("progress ends at 1")
    {
        REQUIRE_FALSE(progress.fractions.empty());
        CHECK(progress.fractions.back() == 1.0);
        CHECK(std::is_sorted(progress.fractions.begin(), progress.fractions.end()));
    }
}

TEST_CASE(
    "nezha: the dataset root reads rca_data and construct_data, metric files shared by both once", "[nezha]")
{
    TempDir dir;
    writeDay(dir, "rca_data/2023-01-29");
    dir.write("rca_data/2023-01-29/2023-01-29-fault_list.json", kFaultList);
    writeDay(dir, "construct_data/2023-01-29"); // same files again, as in the published data
    CollectingSink sink;
    NullProgress progress;
    NezhaImporter().import(dir.path(), sink, progress);
    CHECK(sink.spans.size() == 3);
    CHECK(sink.logs.size() == 2);
    CHECK(sink.metrics.size() == 5);
    CHECK(sink.faults.size() == 2);
}

TEST_CASE("nezha: a single trace file", "[nezha]")
{
    TempDir dir;
    const auto file = dir.write(
        "x.csv", std::string(kTraceHeader) + "t9,a,root,ts-order-service-5b67c48447-mv5hb,op,1000,2000,1\n");
    CollectingSink sink;
    NullProgress progress;
    NezhaImporter().import(file, sink, progress);
    REQUIRE(sink.spans.size() == 1);
    CHECK(sink.spans[0].service == "ts-order-service");
    CHECK(sink.spans[0].durationNs == 1000);
}

TEST_CASE("nezha: a single log file under another name is read as logs", "[nezha]")
{
    TempDir dir;
    const auto file = dir.write("pod-logs.csv",
        std::string(kLogHeader)
            + "x,5,n,ts-order-service-5b67c48447-mv5hb,c,t,s,"
              "\"{\"\"log\"\":\"\"12:00:00.000 WARN  slow\\n\"\"}\"\n");
    CollectingSink sink;
    NullProgress progress;
    NezhaImporter().import(file, sink, progress);
    REQUIRE(sink.logs.size() == 1);
    CHECK(sink.logs[0].timeNs == 5);
    CHECK(sink.logs[0].severity == "WARN");
    CHECK(sink.logs[0].message == "12:00:00.000 WARN  slow");
}

TEST_CASE("nezha: a truncated .gz file is an error, not a short file", "[nezha]")
{
    TempDir dir;
    std::string rows = kTraceHeader;
    for (int i = 0; i < 3000; ++i)
        rows += "t" + std::to_string(i) + ",s,root,ts-order-service-5b67c48447-mv5hb,op,"
            + std::to_string(1000 + i) + ",0," + std::to_string(i * 7919 % 100003) + "\n";
    const auto file = dir.write("cut_trace.csv.gz", rows);
    std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);
    CollectingSink sink;
    NullProgress progress;
    CHECK_THROWS_WITH(NezhaImporter().import(file, sink, progress), Catch::Contains("truncated"));
}

TEST_CASE("nezha: bad input names the file, line, field and value", "[nezha]")
{
    TempDir dir;
    CollectingSink sink;
    NullProgress progress;
    SECTION("bad Duration")
    {
        const auto file = dir.write("day/trace/08_43_trace.csv.gz",
            std::string(kTraceHeader)
                + "t,a,root,p-1234567-abcde,op,1,2,1\n"
                  "t,b,a,p-1234567-abcde,op,1,2,abc\n");
        dir.write("day/log/08_43_log.csv.gz", kLogHeader);
        const std::string msg = messageOf([&] { NezhaImporter().import(dir / "day", sink, progress); });
        CHECK(msg.find("08_43_trace.csv.gz:3") != std::string::npos);
        CHECK(msg.find("'Duration'") != std::string::npos);
        CHECK(msg.find("abc") != std::string::npos);
    }
    SECTION("wrong field count in a trace file")
    {
        const auto file = dir.write("t.csv", std::string(kTraceHeader) + "t,a,root,pod,op,1,2\n");
        const std::string msg = messageOf([&] { NezhaImporter().import(file, sink, progress); });
        CHECK(msg.find("t.csv:2") != std::string::npos);
        CHECK(msg.find("expected 8 fields") != std::string::npos);
    }
    SECTION("missing column")
    {
        const auto file = dir.write("t.csv",
            "TraceID,SpanID,ParentID,PodName,OperationName,StartTimeUnixNano\n"
            "t,a,root,pod,op,1\n");
        const std::string msg = messageOf([&] { NezhaImporter().import(file, sink, progress); });
        CHECK(msg.find("t.csv:1") != std::string::npos);
        CHECK(msg.find("'Duration'") != std::string::npos);
        CHECK(msg.find("missing column") != std::string::npos);
    }
    SECTION("fault list with a bad inject_time")
    {
        const auto file = dir.write("f-fault_list.json", R"({"08": [{"inject_time": "29/01/2023 08:43",
            "inject_pod": "ts-a-service-1234567-abcde", "inject_type": "return"}]})");
        const std::string msg = messageOf([&] { NezhaImporter().import(file, sink, progress); });
        CHECK(msg.find("08[0].inject_time") != std::string::npos);
        CHECK(msg.find("29/01/2023 08:43") != std::string::npos);
    }
    SECTION("fault list that is not JSON")
    {
        const auto file = dir.write("f-fault_list.json", R"({"08": [)");
        CHECK(messageOf([&] { NezhaImporter().import(file, sink, progress); }).find("not valid JSON")
            != std::string::npos);
    }
    SECTION("a folder without Nezha data")
    {
        dir.write("empty/readme.txt", "x");
        CHECK_THROWS_AS(NezhaImporter().import(dir / "empty", sink, progress), Error);
    }
}

TEST_CASE("nezha: a cancelled import stops", "[nezha]")
{
    TempDir dir;
    writeDay(dir, "day");
    CollectingSink sink;
    NullProgress progress;
    progress.cancel();
    CHECK_THROWS_AS(NezhaImporter().import(dir / "day", sink, progress), Cancelled);
}
