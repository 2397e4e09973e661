// detectFormat on folders and files of every supported kind, format names, makeImporter.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/Importer.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using tracemark::test::TempDir;

namespace {
const char* kNezhaTraceHeader
    = "TraceID,SpanID,ParentID,PodName,OperationName,StartTimeUnixNano,EndTimeUnixNano,Duration\n";
const char* kDeepTraLogHeader
    = "StartTime,EndTime,URL,SpanType,Service,SpanId,TraceId,Peer,ParentSpan,Component,IsError\n";
const char* kLabelEaseHeader
    = "trace_id,span_id,parent_span_id,service_name,status,timestamp,cmdb_id,operation_name,duration\n";
} // namespace

TEST_CASE("format names round-trip", "[detect]")
{
    for (auto f : { SourceFormat::Auto, SourceFormat::Jaeger, SourceFormat::Zipkin, SourceFormat::Otlp,
             SourceFormat::Nezha, SourceFormat::DeepTraLog, SourceFormat::LabelEase, SourceFormat::Csv })
        CHECK(sourceFormatFromString(toString(f)) == f);
    CHECK(toString(SourceFormat::DeepTraLog) == "deeptralog");
    CHECK(sourceFormatFromString("Nezha") == SourceFormat::Nezha);
    CHECK_FALSE(sourceFormatFromString("parquet"));
}

TEST_CASE("makeImporter gives the importer of each format", "[detect]")
{
    for (auto f : { SourceFormat::Auto, SourceFormat::Jaeger, SourceFormat::Zipkin, SourceFormat::Otlp,
             SourceFormat::Nezha, SourceFormat::DeepTraLog, SourceFormat::LabelEase })
        CHECK(makeImporter(f)->format() == f);
    ImportOptions options;
    options.csv = CsvSpanMapping::parse("trace_id=a,span_id=b,service=c,start=d,end=e");
    CHECK(makeImporter(SourceFormat::Csv, options)->format() == SourceFormat::Csv);
    CHECK_THROWS_AS(makeImporter(SourceFormat::Csv), UsageError); // an empty mapping
}

TEST_CASE("detectFormat: dataset folders", "[detect]")
{
    TempDir dir;
    dir.write("nezha/rca_data/2023-01-29/trace/08_43_trace.csv.gz", kNezhaTraceHeader);
    dir.write("nezha/rca_data/2023-01-29/log/08_43_log.csv.gz", "Timestamp\n");
    CHECK(detectFormat(dir / "nezha") == SourceFormat::Nezha);
    CHECK(detectFormat(dir / "nezha/rca_data") == SourceFormat::Nezha);
    CHECK(detectFormat(dir / "nezha/rca_data/2023-01-29") == SourceFormat::Nezha);

    dir.write("dtl/TraceLogData/F05/F05-01/ERROR_SpanData.csv.gz", kDeepTraLogHeader);
    CHECK(detectFormat(dir / "dtl") == SourceFormat::DeepTraLog);
    CHECK(detectFormat(dir / "dtl/TraceLogData/F05") == SourceFormat::DeepTraLog);
    CHECK(detectFormat(dir / "dtl/TraceLogData/F05/F05-01") == SourceFormat::DeepTraLog);

    dir.write("le/data.csv", kLabelEaseHeader);
    CHECK(detectFormat(dir / "le") == SourceFormat::LabelEase);

    dir.write("other/notes.txt", "hello");
    CHECK_THROWS_WITH(detectFormat(dir / "other"), Catch::Contains("folder not recognised"));
    CHECK_THROWS_AS(detectFormat(dir / "missing"), IoError);
}

TEST_CASE("detectFormat: files by their first bytes", "[detect]")
{
    TempDir dir;
    CHECK(detectFormat(dir.write("a.csv.gz", std::string(kNezhaTraceHeader) + "t,s,root,p,o,1,2,3\n"))
        == SourceFormat::Nezha);
    CHECK(detectFormat(
              dir.write("log.csv", "Timestamp,TimeUnixNano,Node,PodName,Container,TraceID,SpanID,Log\n"))
        == SourceFormat::Nezha);
    CHECK(detectFormat(
              dir.write("f.json", R"({"08": [{"inject_time": "2023-01-29 08:43:04", "inject_pod": "p"}]})"))
        == SourceFormat::Nezha);
    CHECK(detectFormat(dir.write("s.csv", kDeepTraLogHeader)) == SourceFormat::DeepTraLog);
    CHECK(detectFormat(dir.write("TraceAnomaly.csv.gz", "label,score,trace_id,error_type\n"))
        == SourceFormat::DeepTraLog);
    CHECK(detectFormat(
              dir.write("raw.log.gz", "2021-08-07 19:10:41.655 [SW_CTX:[svc,inst,T,S,0]] [main] INFO x -y\n"))
        == SourceFormat::DeepTraLog);
    CHECK(detectFormat(dir.write("data.csv", kLabelEaseHeader)) == SourceFormat::LabelEase);
    // UTF-8 byte order mark before the header
    CHECK(detectFormat(dir.write("bom.csv", std::string("\xEF\xBB\xBF") + kLabelEaseHeader))
        == SourceFormat::LabelEase);

    CHECK(detectFormat(dir.write("j.json",
              R"({"data":[{"traceID":"ab","spans":[{"traceID":"ab","spanID":"01",)"
              R"("operationName":"GET","references":[],"startTime":1,"duration":2,"processID":"p1"}],)"
              R"("processes":{"p1":{"serviceName":"front"}}}]})"))
        == SourceFormat::Jaeger);
    CHECK(detectFormat(dir.write("z.json.gz",
              R"([{"traceId":"ab","id":"01","name":"get","timestamp":1,"duration":2,)"
              R"("localEndpoint":{"serviceName":"front"}}])"))
        == SourceFormat::Zipkin);
    CHECK(detectFormat(
              dir.write("o.json", R"({"resourceSpans":[{"resource":{"attributes":[]},"scopeSpans":[]}]})"))
        == SourceFormat::Otlp);

    CHECK_THROWS_WITH(
        detectFormat(dir.write("x.json", R"({"hello": "world"})")), Catch::Contains("use --format"));
    CHECK_THROWS_WITH(detectFormat(dir.write("u.csv", "a,b,c\n1,2,3\n")),
        Catch::Contains("a, b, c") && Catch::Contains("--format csv --map"));
    CHECK_THROWS_WITH(detectFormat(dir.write("e.csv", "")), Catch::Contains("empty"));
    CHECK_THROWS_WITH(detectFormat(dir.write("t.txt", "just words\n")), Catch::Contains("not recognised"));
}
