// Generic span CSV: the --map specification, units, root markers, status words and errors.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/CsvSpanImporter.h"
#include "core/io/CsvSpanTime.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using tracemark::test::CollectingSink;
using tracemark::test::TempDir;

namespace {
const char* kSpec
    = "trace_id=TraceID, span_id=SpanID,parent_id=ParentID,service=Service,operation=Op,start=Start,"
      "duration=Dur";
}

TEST_CASE("csv mapping: parse and validate", "[csv]")
{
    const auto m = CsvSpanMapping::parse(kSpec);
    CHECK(m.columns.size() == 7);
    CHECK(m.columns.at("span_id") == "SpanID"); // spaces around items are trimmed
    CHECK(m.columns.at("duration") == "Dur");
    CHECK(m.timeUnit == "us");

    CHECK_THROWS_WITH(CsvSpanMapping::parse("trace_id=a,span_id=b,service=c,start=d,duration=e,colour=f"),
        Catch::Contains("unknown CSV mapping field 'colour'"));
    CHECK_THROWS_WITH(
        CsvSpanMapping::parse("trace_id=a,span_id=b,service=c,start=d"), Catch::Contains("end or duration"));
    CHECK_THROWS_WITH(
        CsvSpanMapping::parse("span_id=b,service=c,start=d,end=e"), Catch::Contains("trace_id"));
    CHECK_THROWS_WITH(CsvSpanMapping::parse("trace_id=a,trace_id=b"), Catch::Contains("twice"));
    CHECK_THROWS_WITH(CsvSpanMapping::parse("trace_id"), Catch::Contains("not FIELD=COLUMN"));
    CHECK_THROWS_WITH(CsvSpanMapping::parse("trace_id="), Catch::Contains("needs both"));
    CHECK_THROWS_AS(CsvSpanMapping::parse(""), UsageError);

    CsvSpanMapping badUnit = m;
    badUnit.timeUnit = "minutes";
    CHECK_THROWS_AS(CsvSpanImporter(badUnit), UsageError);
}

TEST_CASE("csv: root markers, status values, time units", "[csv]")
{
    for (const char* root : { "", "root", "-1", "0", "null", "None", "nan" })
        CHECK(isRootParentMarker(root));
    CHECK_FALSE(isRootParentMarker("a1"));
    CHECK_FALSE(isRootParentMarker("00"));

    CHECK(statusFromCsvValue("") == StatusClass::Ok);
    CHECK(statusFromCsvValue("0") == StatusClass::Ok);
    CHECK(statusFromCsvValue("200") == StatusClass::Ok);
    CHECK(statusFromCsvValue("404 Not Found") == StatusClass::ClientError);
    CHECK(statusFromCsvValue("503") == StatusClass::ServerError);
    CHECK(statusFromCsvValue("14") == StatusClass::ServerError); // gRPC UNAVAILABLE
    CHECK(statusFromCsvValue("STATUS_CODE_ERROR") == StatusClass::Error);
    CHECK(statusFromCsvValue("Ok") == StatusClass::Ok);
    CHECK_FALSE(statusFromCsvValue("true"));

    CHECK(toNanoseconds("1.5", TimeUnit::Milliseconds) == 1500000);
    CHECK(toNanoseconds("42", TimeUnit::Seconds) == 42000000000LL);
    CHECK_FALSE(toNanoseconds("9223372036854775807", TimeUnit::Microseconds)); // overflows
    CHECK_FALSE(toNanoseconds("12x", TimeUnit::Nanoseconds));
    // 2023-01-29 08:43:04 UTC = 1674981784 s
    CHECK(parseUtcDateTimeNs("2023-01-29 08:43:04") == 1674981784LL * 1000000000);
    CHECK(parseUtcDateTimeNs("2023-01-29T08:43:04.25Z") == 1674981784LL * 1000000000 + 250000000);
    CHECK(parseUtcDateTimeNs("1970-01-01 00:00:00") == 0);
    CHECK(parseUtcDateTimeNs("2024-02-29 00:00:00") == 1709164800LL * 1000000000); // a leap day
    CHECK_FALSE(parseUtcDateTimeNs("2023-02-29 00:00:00"));
    CHECK_FALSE(parseUtcDateTimeNs("2023-01-29 08:43"));
    CHECK(epochUnitFromMagnitude(1674981784) == TimeUnit::Seconds);
    CHECK(epochUnitFromMagnitude(1674981784000.0) == TimeUnit::Milliseconds);
    CHECK(epochUnitFromMagnitude(1674981784000000.0) == TimeUnit::Microseconds);
    CHECK(epochUnitFromMagnitude(1674981784000000000.0) == TimeUnit::Nanoseconds);
}

TEST_CASE("csv: import with a mapping", "[csv]")
{
    TempDir dir;
    CollectingSink sink;
    NullProgress progress;
    SECTION("start and duration in µs")
    {
        const auto file = dir.write("spans.csv.gz",
            "TraceID,SpanID,ParentID,Service,Op,Start,Dur,Extra\n"
            "t1,a,-1,front,GET /,1674981768697000,318316,x\n"
            "t1,b,a,cart,GetCart,1674981768701000,12.5,y\n");
        CsvSpanImporter(CsvSpanMapping::parse(kSpec)).import(file, sink, progress);
        REQUIRE(sink.spans.size() == 2);
        CHECK(sink.spans[0].isRoot());
        CHECK(sink.spans[0].startNs == 1674981768697000000LL);
        CHECK(sink.spans[0].durationNs == 318316000);
        CHECK(sink.spans[1].parentId == "a");
        CHECK(sink.spans[1].service == "cart");
        CHECK(sink.spans[1].operation == "GetCart");
        CHECK(sink.spans[1].durationNs == 12500);
    }
    SECTION("end column in ms, times as text, status, instance, ';' delimiter")
    {
        auto m = CsvSpanMapping::parse(
            "trace_id=tid,span_id=sid,parent_id=pid,service=svc,instance=host,start=s,"
            "end=e,status=code");
        m.timeUnit = "ms";
        m.delimiter = ';';
        const auto file = dir.write("spans.csv",
            "tid;sid;pid;svc;host;s;e;code\n"
            "t;a;;api;h1;2023-01-29 08:43:04.5;1674981785000;500\n");
        CsvSpanImporter(m).import(file, sink, progress);
        REQUIRE(sink.spans.size() == 1);
        const Span& s = sink.spans[0];
        CHECK(s.isRoot());
        CHECK(s.instance == "h1");
        CHECK(s.startNs == 1674981784500000000LL);
        CHECK(s.durationNs == 500000000);
        CHECK(s.status == StatusClass::ServerError);
        CHECK(s.statusCode == "500");
    }
    SECTION("errors name file:line, column and value")
    {
        const auto file = dir.write("bad.csv",
            "TraceID,SpanID,ParentID,Service,Op,Start,Dur\n"
            "t1,a,,front,GET /,100,5\n"
            "t1,b,a,cart,GetCart,200,fast\n");
        try {
            CsvSpanImporter(CsvSpanMapping::parse(kSpec)).import(file, sink, progress);
            FAIL("no error");
        } catch (const ParseError& e) {
            CHECK(e.where().line == 3);
            CHECK(e.field() == "Dur");
            CHECK(e.value() == "fast");
            CHECK(std::string(e.what()).find("bad.csv:3") != std::string::npos);
        }
    }
    SECTION("a mapped column missing from the file")
    {
        const auto file = dir.write("few.csv", "TraceID,SpanID\nt,a\n");
        CHECK_THROWS_WITH(CsvSpanImporter(CsvSpanMapping::parse(kSpec)).import(file, sink, progress),
            Catch::Contains("few.csv:1") && Catch::Contains("'Service'"));
    }
}
