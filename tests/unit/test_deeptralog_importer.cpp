// DeepTraLog importer on small hand-written folders laid out like TraceLogData/ + results/.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/DeepTraLogImporter.h"
#include "core/io/DeepTraLogReaders.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace tracemark;
using tracemark::test::CollectingSink;
using tracemark::test::TempDir;

namespace {
const char* kSpanHeader
    = "StartTime,EndTime,URL,SpanType,Service,SpanId,TraceId,Peer,ParentSpan,Component,IsError\n";

// Trace T1 crosses two segments: travel's Entry A.0 -> its Exit A.1 -> ticketinfo's Entry B.0
// (whose ParentSpan names A.1 in the other segment) -> B.1.
const char* kF05Spans
    = "1628329640714,1628329660742,{POST}/api/v1/travelservice/trips/left,Entry,ts-travel-service,A.0,T1,"
      "ts-travel-service,-1,SpringMVC,True\n"
      "1628329640720,1628329660740,/api/v1/ticketinfoservice/ticketinfo/Shang "
      "Hai,Exit,ts-travel-service,A.1,T1,"
      "ts-ticketinfo-service,A.0,SpringRestTemplate,True\n"
      "1628329640722,1628329736165,{GET}/api/v1/ticketinfoservice/ticketinfo/"
      "{name},Entry,ts-ticketinfo-service,B.0,"
      "T1,ts-ticketinfo-service,A.1,SpringMVC,False\n"
      "1628329736161,1628329736162,MongoDB/"
      "FindOperation,Exit,ts-ticketinfo-service,B.1,T1,ts-station-mongo,B.0,"
      "mongodb-driver,False\n";

void writeDataset(const TempDir& dir)
{
    dir.write("TraceLogData/F05/F05-01/ERROR_SpanData.csv.gz", std::string(kSpanHeader) + kF05Spans);
    // The SUCCESS file of the same run repeats B.1 (as F08's files do) and adds trace T2.
    dir.write("TraceLogData/F05/F05-01/SUCCESS_SpanData2021.csv.gz",
        std::string(kSpanHeader)
            + "1628329736161,1628329736162,MongoDB/FindOperation,Exit,ts-ticketinfo-service,B.1,T1,"
              "ts-station-mongo,B.0,mongodb-driver,False\n"
              "1628329000000,1628329000010,{GET}/"
              "x,Entry,ts-basic-service,C.0,T2,ts-basic-service,-1,SpringMVC,"
              "False\n");
    dir.write("TraceLogData/F05/F05-01/F05-01raw_log2021-08-14_11-28-09.log.gz",
        "2021-08-07 18:27:20.722 [SW_CTX:[ts-ticketinfo-service,2c2b@10.244.1.55,T1,B,0]] "
        "[http-nio-15681-exec-85] "
        "INFO  t.controller.TicketInfoController -Query ticket info for station id,Name: Shang Hai \n"
        "2021-08-07 18:27:40.742 [SW_CTX:[ts-travel-service,1bf8@10.244.3.63,T1,A,0]] "
        "[http-nio-12346-exec-10] "
        "ERROR travel.controller.TravelController -request trips left time "
        "out:java.net.SocketTimeoutException\n"
        "\tat java.net.SocketInputStream.socketRead0(Native Method)\n"
        "2021-07-30 14:12:02.819 [SW_CTX:[ts-admin-basic-info-service,9785@10.244.3.67,N/A,N/A,-1]] [main] "
        "INFO  adminbasic.AdminBasicInfoApplication -Starting\n");
    dir.write("TraceLogData/F05/F05-01/raw_log.log2021_structured.csv.gz", "LineId,Content\n1,ignored\n");
    dir.write("TraceLogData/normal/normal_put_consign/SUCCESSnormal_put_consign_SpanData.csv.gz",
        std::string(kSpanHeader)
            + "1628954163906,1628954163920,{POST}/"
              "consign,Entry,ts-consign-service,N.0,N1,ts-consign-service,-1,"
              "SpringMVC,False\n"
              "1628954163907,1628954163920,{POST}/"
              "consign,Entry,ts-consign-service,M.0,N2,ts-consign-service,-1,"
              "SpringMVC,False\n");
    // score is a baseline's output: ignored. T9 has no spans in this subset.
    dir.write("results/TraceAnomaly.csv.gz",
        "label,score,trace_id,error_type\n"
        "1,-9.5,T1,F05-01\n"
        "0,3.2,T2,normal\n"
        "1,0.1,T9,F08-02\n"
        "0,-1.0,N1,normal\n");
}

const TraceGroundTruth* truthOf(const CollectingSink& sink, const std::string& traceId)
{
    for (const auto& t : sink.truths)
        if (t.traceId == traceId)
            return &t;
    return nullptr;
}
} // namespace

TEST_CASE("deeptralog: spans link across segments; repeats are dropped", "[deeptralog]")
{
    TempDir dir;
    writeDataset(dir);
    CollectingSink sink;
    NullProgress progress;
    DeepTraLogImporter().import(dir.path(), sink, progress);

    REQUIRE(sink.spans.size() == 7); // 4 (T1) + 1 (T2) + 2 (normal); the repeated B.1 once
    const Span* a0 = sink.findSpan("A.0");
    const Span* a1 = sink.findSpan("A.1");
    const Span* b0 = sink.findSpan("B.0");
    const Span* b1 = sink.findSpan("B.1");
    REQUIRE((a0 && a1 && b0 && b1));
    CHECK(a0->isRoot());
    CHECK(a1->parentId == "A.0");
    CHECK(b0->parentId == "A.1"); // the cross-segment link
    CHECK(b1->parentId == "B.0");
    CHECK(a0->traceId == "T1");
    CHECK(a0->service == "ts-travel-service");
    CHECK(a0->operation == "{POST}/api/v1/travelservice/trips/left");
    CHECK(a0->startNs == 1628329640714LL * 1000000);
    CHECK(a0->durationNs == (1628329660742LL - 1628329640714LL) * 1000000);
    CHECK(a0->kind == SpanKind::Server);
    CHECK(a1->kind == SpanKind::Client);
    CHECK(a0->status == StatusClass::Error);
    CHECK(b0->status == StatusClass::Ok);
    CHECK(
        std::find(a1->attributes.begin(), a1->attributes.end(), Attribute { "peer", "ts-ticketinfo-service" })
        != a1->attributes.end());
    CHECK(std::find(
              a1->attributes.begin(), a1->attributes.end(), Attribute { "component", "SpringRestTemplate" })
        != a1->attributes.end());
    CHECK(b1->durationNs == 1000000);
    const bool warnedRepeat = std::any_of(sink.warnings.begin(), sink.warnings.end(),
        [](const std::string& w) { return w.find("1 span rows repeat") != std::string::npos; });
    CHECK(warnedRepeat);
}

TEST_CASE("deeptralog: raw log lines join to spans; times are UTC+8 local", "[deeptralog]")
{
    TempDir dir;
    writeDataset(dir);
    CollectingSink sink;
    NullProgress progress;
    DeepTraLogImporter().import(dir.path(), sink, progress);

    REQUIRE(sink.logs.size() == 3); // the structured Drain file is not read
    const LogRecord& info = sink.logs[0];
    // 18:27:20.722 in UTC+8 = 10:27:20.722 UTC; 2021-08-07 10:27:20 UTC = 1628332040 s
    CHECK(info.timeNs == 1628332040722LL * 1000000);
    CHECK(info.service == "ts-ticketinfo-service");
    CHECK(info.instance == "2c2b@10.244.1.55");
    CHECK(info.traceId == "T1");
    CHECK(info.spanId == "B.0");
    CHECK(info.severity == "INFO");
    CHECK(info.message
        == "[http-nio-15681-exec-85] INFO  t.controller.TicketInfoController -Query ticket info for station "
           "id,Name: "
           "Shang Hai");
    const LogRecord& error = sink.logs[1];
    CHECK(error.severity == "ERROR");
    CHECK(error.spanId == "A.0");
    // The stack trace line continues the record.
    CHECK(
        error.message.find("SocketTimeoutException\nat java.net.SocketInputStream.socketRead0(Native Method)")
        != std::string::npos);
    const LogRecord& startup = sink.logs[2];
    CHECK(startup.traceId.empty());
    CHECK(startup.spanId.empty());
    CHECK(startup.service == "ts-admin-basic-info-service");
}

TEST_CASE("deeptralog: ground truth for imported traces only; normal runs are normal", "[deeptralog]")
{
    TempDir dir;
    writeDataset(dir);
    CollectingSink sink;
    NullProgress progress;

    SECTION("whole dataset")
    {
        DeepTraLogImporter().import(dir.path(), sink, progress);
        REQUIRE(sink.truths.size() == 4); // T1, T2, N1 from the file; N2 from normal/
        const auto* t1 = truthOf(sink, "T1");
        REQUIRE(t1);
        CHECK(t1->abnormal);
        CHECK(t1->faultType == "F05-01");
        CHECK(t1->source == "deeptralog");
        REQUIRE(truthOf(sink, "T2"));
        CHECK_FALSE(truthOf(sink, "T2")->abnormal);
        CHECK_FALSE(truthOf(sink, "T9")); // no spans here
        REQUIRE(truthOf(sink, "N2"));
        CHECK_FALSE(truthOf(sink, "N2")->abnormal);
        CHECK(truthOf(sink, "N2")->faultType == "normal");
    }
    SECTION("a sub-folder finds results/ above it")
    {
        DeepTraLogImporter().import(dir / "TraceLogData/F05", sink, progress);
        CHECK(sink.spans.size() == 5);
        REQUIRE(sink.truths.size() == 2);
        CHECK(truthOf(sink, "T1"));
        CHECK(truthOf(sink, "T2"));
    }
    SECTION("the label file alone gives all its rows")
    {
        DeepTraLogImporter().import(dir / "results/TraceAnomaly.csv.gz", sink, progress);
        CHECK(sink.spans.empty());
        CHECK(sink.truths.size() == 4);
        REQUIRE(truthOf(sink, "T9"));
        CHECK(truthOf(sink, "T9")->faultType == "F08-02");
    }
}

TEST_CASE("deeptralog: log line parsing", "[deeptralog]")
{
    const auto line
        = parseDeepTraLogLine("2021-07-29 19:00:14.930 [SW_CTX:[ts-order-service,d517@10.244.3.8,T,S,3]] "
                              "[http-nio-12031-exec-3] WARN  order.service.OrderServiceImpl -x");
    REQUIRE(line);
    CHECK(line->timeNs == (1627556414930LL) * 1000000); // 19:00:14.930 UTC+8 = 11:00:14.930 UTC
    CHECK(line->spanSegment == "S");
    CHECK(line->spanIndex == "3");
    CHECK(line->level == "WARN");
    CHECK_FALSE(parseDeepTraLogLine("\tat a.b.C(D.java:1)"));
    CHECK_FALSE(parseDeepTraLogLine("2021-07-29 19:00:14"));
}

TEST_CASE("deeptralog: bad input names file, line, field and value", "[deeptralog]")
{
    TempDir dir;
    CollectingSink sink;
    NullProgress progress;
    SECTION("IsError")
    {
        const auto file
            = dir.write("x_SpanData.csv", std::string(kSpanHeader) + "1,2,/u,Entry,s,A.0,T,s,-1,c,maybe\n");
        try {
            DeepTraLogImporter().import(file, sink, progress);
            FAIL("no error");
        } catch (const ParseError& e) {
            CHECK(e.where().line == 2);
            CHECK(e.field() == "IsError");
            CHECK(e.value() == "maybe");
        }
    }
    SECTION("EndTime before StartTime")
    {
        const auto file
            = dir.write("x_SpanData.csv", std::string(kSpanHeader) + "5,2,/u,Entry,s,A.0,T,s,-1,c,False\n");
        CHECK_THROWS_WITH(DeepTraLogImporter().import(file, sink, progress),
            Catch::Contains("x_SpanData.csv:2") && Catch::Contains("EndTime"));
    }
    SECTION("a log that is not a DeepTraLog log")
    {
        const auto file = dir.write("a_raw_log.log", "hello world\n");
        CHECK_THROWS_WITH(
            DeepTraLogImporter().import(file, sink, progress), Catch::Contains("a_raw_log.log:1"));
    }
}
