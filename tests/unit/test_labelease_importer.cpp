// LabelEase data.csv importer: units judged from the timestamp, cmdb_id as instance, "0" roots.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/LabelEaseImporter.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using tracemark::test::CollectingSink;
using tracemark::test::TempDir;

namespace {
const char* kHeader
    = "trace_id,span_id,parent_span_id,service_name,status,timestamp,cmdb_id,operation_name,duration\n";
}

TEST_CASE("labelease: microsecond timestamps (LabelEase's own data)", "[labelease]")
{
    TempDir dir;
    dir.write("data1/data.csv",
        std::string(kHeader)
            + "tr1,a,0,frontend,0,1703071804771092,frontend-0,GET /home,1500\n"
              "tr1,b,a,,500,1703071804771200,cartservice-1,GetCart,250.5\n"
              "tr1,c,b,redis,Error,1703071804771300,redis-cart-0,HGET,10\n");
    CollectingSink sink;
    NullProgress progress;
    LabelEaseImporter().import(dir / "data1", sink, progress); // the folder LabelEase reads data.csv from
    REQUIRE(sink.spans.size() == 3);
    const Span& a = sink.spans[0];
    CHECK(a.isRoot());
    CHECK(a.traceId == "tr1");
    CHECK(a.service == "frontend");
    CHECK(a.instance == "frontend-0");
    CHECK(a.operation == "GET /home");
    CHECK(a.startNs == 1703071804771092000LL);
    CHECK(a.durationNs == 1500000); // 1500 µs
    CHECK(a.status == StatusClass::Ok);
    CHECK(a.statusCode == "0");
    const Span& b = sink.spans[1];
    CHECK(b.parentId == "a");
    CHECK(b.service == "cartservice-1"); // no service_name: the instance names it
    CHECK(b.durationNs == 250500);
    CHECK(b.status == StatusClass::ServerError);
    CHECK(sink.spans[2].status == StatusClass::Error);
}

TEST_CASE("labelease: millisecond timestamps (AIOps challenge data)", "[labelease]")
{
    TempDir dir;
    const auto file = dir.write(
        "spans.csv.gz", std::string(kHeader) + "t,s,0,os_021,200,1587571200000,os_021,csf_001,25\n");
    CollectingSink sink;
    NullProgress progress;
    LabelEaseImporter().import(file, sink, progress);
    REQUIRE(sink.spans.size() == 1);
    CHECK(sink.spans[0].startNs == 1587571200000LL * 1000000);
    CHECK(sink.spans[0].durationNs == 25000000);
    CHECK(sink.spans[0].status == StatusClass::Ok);
}

TEST_CASE("labelease: errors name the line, field and value", "[labelease]")
{
    TempDir dir;
    CollectingSink sink;
    NullProgress progress;
    SECTION("unknown status")
    {
        const auto file
            = dir.write("d.csv", std::string(kHeader) + "t,s,0,svc,maybe,1703071804771092,i,op,1\n");
        try {
            LabelEaseImporter().import(file, sink, progress);
            FAIL("no error");
        } catch (const ParseError& e) {
            CHECK(e.where().line == 2);
            CHECK(e.field() == "status");
            CHECK(e.value() == "maybe");
        }
    }
    SECTION("a row in another unit than the first")
    {
        const auto file = dir.write("d.csv",
            std::string(kHeader)
                + "t,s,0,svc,0,1703071804771092,i,op,1\n"
                  "t,u,s,svc,0,1703071804771,i,op,1\n");
        CHECK_THROWS_WITH(LabelEaseImporter().import(file, sink, progress),
            Catch::Contains("d.csv:3") && Catch::Contains("timestamp") && Catch::Contains("first row"));
    }
    SECTION("bad duration")
    {
        const auto file = dir.write("d.csv", std::string(kHeader) + "t,s,0,svc,0,1703071804771092,i,op,x1\n");
        CHECK_THROWS_WITH(LabelEaseImporter().import(file, sink, progress),
            Catch::Contains("d.csv:2") && Catch::Contains("'duration'") && Catch::Contains("x1"));
    }
    SECTION("missing column")
    {
        const auto file
            = dir.write("d.csv", "trace_id,span_id,parent_span_id,timestamp,operation_name,duration\n");
        CHECK_THROWS_WITH(
            LabelEaseImporter().import(file, sink, progress), Catch::Contains("'service_name'"));
    }
}
