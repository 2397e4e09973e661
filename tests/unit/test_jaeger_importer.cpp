// JaegerImporter on small files written here; expected values worked out from the text by hand.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/JaegerImporter.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using tracemark::test::CollectingSink;
using tracemark::test::TempDir;
using tracemark::test::hasAttribute;
using tracemark::test::hasAttributeKey;
using tracemark::test::importText;
using tracemark::test::parseErrorOf;

namespace {

const char* kQueryJson = R"({"data":[{
 "traceID":"abc123",
 "spans":[
  {"traceID":"abc123","spanID":"0001","operationName":"GET /","references":[],
   "startTime":1600000000000000,"duration":5000,
   "tags":[{"key":"span.kind","type":"string","value":"server"},
           {"key":"http.status_code","type":"int64","value":503},
           {"key":"http.method","type":"string","value":"GET"}],
   "logs":[{"timestamp":1600000000001000,"fields":[{"key":"event","type":"string","value":"cache miss"},
                                                    {"key":"level","type":"string","value":"WARN"}]},
           {"timestamp":1600000000002000,"fields":[{"key":"k","type":"string","value":"v"},
                                                    {"key":"n","type":"int64","value":7}]}],
   "processID":"p1","warnings":null},
  {"traceID":"abc123","spanID":"0002","operationName":"query",
   "references":[{"refType":"CHILD_OF","traceID":"abc123","spanID":"0001"}],
   "startTime":1600000000000100,"duration":2500,
   "tags":[{"key":"error","type":"bool","value":true},{"key":"db.rows","type":"int64","value":42}],
   "logs":[],"processID":"p2"},
  {"traceID":"abc123","spanID":"0003","operationName":"publish",
   "references":[{"refType":"FOLLOWS_FROM","traceID":"abc123","spanID":"0002"}],
   "startTime":1600000000003000,"duration":10,
   "tags":[{"key":"otel.status_code","type":"string","value":"ERROR"}],"processID":"p2"},
  {"traceID":"abc123","spanID":"0004","operationName":"rpc",
   "references":[{"refType":"FOLLOWS_FROM","traceID":"abc123","spanID":"0002"},
                 {"refType":"CHILD_OF","traceID":"abc123","spanID":"0003"}],
   "startTime":1600000000003001,"duration":1,
   "tags":[{"key":"rpc.grpc.status_code","type":"int64","value":14},{"key":"span.kind","type":"string","value":"client"}],
   "processID":"p1"},
  {"traceID":"abc123","spanID":"0005","operationName":"linked",
   "references":[{"refType":"CHILD_OF","traceID":"ffff","spanID":"0009"}],
   "startTime":1600000000004000,"duration":3,
   "tags":[{"key":"http.status_code","type":"string","value":"404"}],"processID":"p1"}
 ],
 "processes":{
  "p1":{"serviceName":"frontend","tags":[{"key":"ip","type":"string","value":"10.0.0.1"},{"key":"hostname","type":"string","value":"web-1"}]},
  "p2":{"serviceName":"db","tags":[{"key":"hostname","type":"string","value":"node-3"},{"key":"k8s.pod.name","type":"string","value":"db-7f9c-x2"}]}
 }
}],"total":1,"limit":0,"offset":0,"errors":null}
)";

} // namespace

TEST_CASE("Jaeger query JSON: spans, parents, status, kind, instance, attributes", "[jaeger]")
{
    TempDir dir;
    const auto sink = importText<JaegerImporter>(dir, "trace.json", kQueryJson);
    REQUIRE(sink.spans.size() == 5);
    REQUIRE(sink.endedTraces == std::vector<std::string> { "abc123" });

    const Span* root = sink.findSpan("0001");
    REQUIRE(root);
    CHECK(root->traceId == "abc123");
    CHECK(root->parentId.empty());
    CHECK(root->service == "frontend");
    CHECK(root->instance == "web-1"); // hostname is preferred to ip
    CHECK(root->operation == "GET /");
    CHECK(root->kind == SpanKind::Server);
    CHECK(root->startNs == 1600000000000000000LL);
    CHECK(root->durationNs == 5000000);
    CHECK(root->status == StatusClass::ServerError);
    CHECK(root->statusCode == "503");
    CHECK(hasAttribute(*root, "http.method", "GET"));
    CHECK_FALSE(hasAttributeKey(*root, "span.kind"));
    CHECK_FALSE(hasAttributeKey(*root, "http.status_code"));

    const Span* query = sink.findSpan("0002");
    REQUIRE(query);
    CHECK(query->parentId == "0001");
    CHECK(query->service == "db");
    CHECK(query->instance == "db-7f9c-x2"); // k8s.pod.name beats hostname
    CHECK(query->status == StatusClass::Error);
    CHECK(query->statusCode == "true");
    CHECK(hasAttribute(*query, "db.rows", "42"));
    CHECK(query->startNs == 1600000000000100000LL);
    CHECK(query->durationNs == 2500000);

    const Span* publish = sink.findSpan("0003");
    REQUIRE(publish);
    CHECK(publish->parentId == "0002");
    CHECK(hasAttribute(*publish, "ref.type", "FOLLOWS_FROM"));
    CHECK(publish->status == StatusClass::Error);

    const Span* rpc = sink.findSpan("0004");
    REQUIRE(rpc);
    CHECK(rpc->parentId == "0003"); // CHILD_OF wins over an earlier FOLLOWS_FROM
    CHECK_FALSE(hasAttributeKey(*rpc, "ref.type"));
    CHECK(rpc->status == StatusClass::ServerError); // gRPC 14 UNAVAILABLE
    CHECK(rpc->statusCode == "14");
    CHECK(rpc->kind == SpanKind::Client);

    const Span* linked = sink.findSpan("0005");
    REQUIRE(linked);
    CHECK(linked->parentId.empty()); // a reference into another trace is a link, not a parent
    CHECK(linked->status == StatusClass::ClientError);
    CHECK(linked->statusCode == "404");
}

TEST_CASE("Jaeger span logs become log records", "[jaeger]")
{
    TempDir dir;
    const auto sink = importText<JaegerImporter>(dir, "trace.json", kQueryJson);
    REQUIRE(sink.logs.size() == 2);
    const LogRecord& first = sink.logs[0];
    CHECK(first.timeNs == 1600000000001000000LL);
    CHECK(first.message == "cache miss");
    CHECK(first.severity == "WARN");
    CHECK(first.traceId == "abc123");
    CHECK(first.spanId == "0001");
    CHECK(first.service == "frontend");
    CHECK(first.instance == "web-1");
    CHECK(sink.logs[1].message == "k=v n=7");
    CHECK(sink.logs[1].severity.empty());
}

TEST_CASE("Jaeger gzip files are read transparently", "[jaeger]")
{
    TempDir dir;
    const auto sink = importText<JaegerImporter>(dir, "trace.json.gz", kQueryJson);
    CHECK(sink.spans.size() == 5);
    CHECK(sink.logs.size() == 2);
}

TEST_CASE("Jaeger: single trace object, processes after spans, legacy parentSpanID", "[jaeger]")
{
    TempDir dir;
    const auto sink = importText<JaegerImporter>(dir, "one.json", R"({"traceID":"t1","spans":[
        {"spanID":"a","operationName":"root","startTime":10,"duration":3,"processID":"p1"},
        {"spanID":"b","parentSpanID":"a","operationName":"child","startTime":11,"duration":1,"processID":"p1"},
        {"spanID":"c","parentSpanID":"0000000000000000","operationName":"other","startTime":12,"duration":1,"processID":"p1"}],
      "processes":{"p1":{"serviceName":"svc","tags":[]}}})");
    REQUIRE(sink.spans.size() == 3);
    CHECK(sink.spans[0].traceId == "t1"); // from the trace object when the span has none
    CHECK(sink.spans[0].startNs == 10000);
    CHECK(sink.spans[0].durationNs == 3000);
    CHECK(sink.findSpan("b")->parentId == "a");
    CHECK(sink.findSpan("c")->parentId.empty()); // an all-zero parent id means none
    CHECK(sink.spans[0].service == "svc");
    CHECK(sink.spans[0].instance.empty());
    CHECK(sink.endedTraces == std::vector<std::string> { "t1" });
}

TEST_CASE("Jaeger: bare array of spans with embedded processes", "[jaeger]")
{
    TempDir dir;
    const auto sink = importText<JaegerImporter>(dir, "spans.json", R"([
      {"traceID":"t9","spanID":"s1","operationName":"a","references":[],"startTime":100,"duration":50,
       "tags":[],"process":{"serviceName":"alpha","tags":[{"key":"host.name","type":"string","value":"h1"}]}},
      {"traceID":"t9","spanID":"s2","operationName":"b","references":[{"refType":"CHILD_OF","traceID":"t9","spanID":"s1"}],
       "startTime":120,"duration":5,"tags":[{"key":"http.status_code","type":"int64","value":200},{"key":"error","type":"bool","value":"true"}],
       "process":{"serviceName":"beta","tags":[]}}])");
    REQUIRE(sink.spans.size() == 2);
    CHECK(sink.findSpan("s1")->service == "alpha");
    CHECK(sink.findSpan("s1")->instance == "h1");
    CHECK(sink.findSpan("s2")->service == "beta");
    CHECK(sink.findSpan("s2")->parentId == "s1");
    // An error flag on a span whose HTTP code says OK makes it an Error.
    CHECK(sink.findSpan("s2")->status == StatusClass::Error);
    CHECK(sink.findSpan("s2")->statusCode == "200");
    CHECK(sink.endedTraces == std::vector<std::string> { "t9" });
}

TEST_CASE("Jaeger: an HTTP 5xx with error=true stays a server error", "[jaeger]")
{
    TempDir dir;
    const auto sink = importText<JaegerImporter>(dir, "e.json", R"({"data":[{"traceID":"t","spans":[
      {"traceID":"t","spanID":"x","operationName":"op","startTime":1,"duration":1,"processID":"p",
       "tags":[{"key":"error","type":"bool","value":true},{"key":"http.status_code","type":"int64","value":500}]}],
      "processes":{"p":{"serviceName":"s"}}}]})");
    REQUIRE(sink.spans.size() == 1);
    CHECK(sink.spans[0].status == StatusClass::ServerError);
    CHECK(sink.spans[0].statusCode == "500");
}

TEST_CASE("Jaeger domain model JSON: base64 ids, RFC 3339 times, duration text, processMap", "[jaeger]")
{
    TempDir dir;
    const auto sink = importText<JaegerImporter>(dir, "domain.json", R"({"spans":[
      {"traceId":"AAAAAAAAAAAAAAAAAAAAAQ==","spanId":"AAAAAAAAAAI=","operationName":"op",
       "startTime":"2017-01-26T16:46:31.639875139-05:00","duration":"5000ns",
       "tags":[{"key":"peer.service","vType":"STRING","vStr":"service-y"},{"key":"n","vType":"INT64","vInt64":23456}],
       "process":{"serviceName":"service-x"}},
      {"traceId":"AAAAAAAAAAAAAAAAAAAAAQ==","spanId":"AAAAAAAAAAM=","operationName":"op2",
       "references":[{"refType":"CHILD_OF","traceId":"AAAAAAAAAAAAAAAAAAAAAQ==","spanId":"AAAAAAAAAAI="}],
       "startTime":"2017-01-26T21:46:31Z","duration":"1.5ms","processId":"p7"}],
      "processMap":[{"processId":"p7","process":{"serviceName":"service-z"}}]})");
    REQUIRE(sink.spans.size() == 2);
    const Span& a = sink.spans[0];
    // 2017-01-26T16:46:31-05:00 is 1485467191 s after the epoch.
    CHECK(a.traceId == "0000000000000001"); // high half zero: printed as 16 hex digits, as Jaeger does
    CHECK(a.spanId == "0000000000000002");
    CHECK(a.startNs == 1485467191639875139LL);
    CHECK(a.durationNs == 5000);
    CHECK(a.service == "service-x");
    CHECK(hasAttribute(a, "peer.service", "service-y"));
    CHECK(hasAttribute(a, "n", "23456"));
    const Span& b = sink.spans[1];
    CHECK(b.parentId == "0000000000000002");
    CHECK(b.startNs == 1485467191000000000LL);
    CHECK(b.durationNs == 1500000);
    CHECK(b.service == "service-z");
}

TEST_CASE("Jaeger NDJSON: one trace per line", "[jaeger]")
{
    TempDir dir;
    const std::string text
        = R"({"data":[{"traceID":"t1","spans":[{"traceID":"t1","spanID":"a","operationName":"x","startTime":1,"duration":1,"processID":"p"}],"processes":{"p":{"serviceName":"s1"}}}]})"
          "\n"
          R"({"traceID":"t2","spans":[{"traceID":"t2","spanID":"b","operationName":"y","startTime":2,"duration":1,"processID":"p"}],"processes":{"p":{"serviceName":"s2"}}})"
          "\n";
    const auto sink = importText<JaegerImporter>(dir, "traces.ndjson", text);
    REQUIRE(sink.spans.size() == 2);
    CHECK(sink.spans[0].service == "s1");
    CHECK(sink.spans[1].service == "s2");
    CHECK(sink.endedTraces == std::vector<std::string> { "t1", "t2" });
}

TEST_CASE("Jaeger: a bad value names the file, line, field and value", "[jaeger][errors]")
{
    TempDir dir;
    const std::string message = parseErrorOf<JaegerImporter>(dir, "trace.json",
        "{\"data\":[{\n"
        "\"traceID\":\"t\",\n"
        "\"spans\":[{\n"
        "  \"traceID\":\"t\",\n"
        "  \"spanID\":\"a\",\n"
        "  \"operationName\":\"x\",\n"
        "  \"startTime\":\"abc\",\n"
        "  \"processID\":\"p\"}],\n"
        "\"processes\":{\"p\":{\"serviceName\":\"s\"}}}]}\n");
    CHECK_THAT(message, Catch::Contains("trace.json:7:"));
    CHECK_THAT(message, Catch::Contains("field 'startTime'"));
    CHECK_THAT(message, Catch::Contains("'\"abc\"'"));
}

TEST_CASE("Jaeger: malformed JSON reports the line where it breaks", "[jaeger][errors]")
{
    TempDir dir;
    // Line 5 lacks the comma after "a".
    const std::string message = parseErrorOf<JaegerImporter>(dir, "broken.json",
        "{\"data\":[{\n"
        "\"traceID\":\"t\",\n"
        "\"spans\":[{\n"
        "  \"traceID\":\"t\",\n"
        "  \"spanID\":\"a\"\n"
        "  \"operationName\":\"x\",\n"
        "  \"startTime\":1,\n"
        "  \"processID\":\"p\"}],\n"
        "\"processes\":{\"p\":{\"serviceName\":\"s\"}}}]}\n");
    CHECK_THAT(message, Catch::Contains("broken.json:5:") || Catch::Contains("broken.json:6:"));
    CHECK_THAT(message, Catch::Contains("invalid JSON"));
}

TEST_CASE("Jaeger: a truncated file is reported as such", "[jaeger][errors]")
{
    TempDir dir;
    const std::string text(kQueryJson);
    const std::string message = parseErrorOf<JaegerImporter>(dir, "cut.json.gz", text.substr(0, text.size() / 2));
    CHECK_THAT(message, Catch::Contains("cut.json.gz"));
    CHECK_THAT(message, Catch::Contains("truncated"));
}

TEST_CASE("Jaeger: missing required fields name the field and the span", "[jaeger][errors]")
{
    TempDir dir;
    const std::string noSpanId = parseErrorOf<JaegerImporter>(dir, "a.json", R"({"data":[{"traceID":"t","spans":[
        {"traceID":"t","operationName":"lonely","startTime":1,"processID":"p"}],"processes":{"p":{"serviceName":"s"}}}]})");
    CHECK_THAT(noSpanId, Catch::Contains("a.json:2:"));
    CHECK_THAT(noSpanId, Catch::Contains("'spanID'"));
    CHECK_THAT(noSpanId, Catch::Contains("lonely"));

    const std::string noStart = parseErrorOf<JaegerImporter>(dir, "b.json", R"({"data":[{"traceID":"t","spans":[
        {"traceID":"t","spanID":"s7","operationName":"x","processID":"p"}],"processes":{"p":{"serviceName":"s"}}}]})");
    CHECK_THAT(noStart, Catch::Contains("'startTime'"));
    CHECK_THAT(noStart, Catch::Contains("span s7"));

    const std::string noTrace = parseErrorOf<JaegerImporter>(dir, "c.json",
        R"([{"spanID":"s8","operationName":"x","startTime":1,"process":{"serviceName":"s"}}])");
    CHECK_THAT(noTrace, Catch::Contains("'traceID'"));

    const std::string badProcess = parseErrorOf<JaegerImporter>(dir, "d.json", R"({"data":[{"traceID":"t","spans":[
        {"traceID":"t","spanID":"s9","operationName":"x","startTime":1,"processID":"p2"}],"processes":{"p":{"serviceName":"s"}}}]})");
    CHECK_THAT(badProcess, Catch::Contains("'processID'"));
    CHECK_THAT(badProcess, Catch::Contains("'p2'"));
}

TEST_CASE("Jaeger importer rejects OTLP and non-JSON input clearly", "[jaeger][errors]")
{
    TempDir dir;
    CHECK_THAT(parseErrorOf<JaegerImporter>(dir, "otlp.json", R"({"resourceSpans":[]})"), Catch::Contains("OTLP"));
    CHECK_THAT(parseErrorOf<JaegerImporter>(dir, "x.csv", "TraceID,SpanID\n1,2\n"), Catch::Contains("not JSON"));
}

TEST_CASE("Jaeger import stops when cancelled", "[jaeger]")
{
    TempDir dir;
    const auto file = dir.write("trace.json", kQueryJson);
    CollectingSink sink;
    NullProgress progress;
    progress.cancel();
    CHECK_THROWS_AS(JaegerImporter().import(file, sink, progress), Cancelled);
}

TEST_CASE("Jaeger sniffing", "[jaeger][detect]")
{
    CHECK(looksLikeJaegerJson(kQueryJson));
    CHECK(looksLikeJaegerJson(std::string(kQueryJson).substr(0, 200))); // a prefix is enough
    CHECK_FALSE(looksLikeJaegerJson(R"([{"traceId":"a","id":"b","name":"get","timestamp":1}])"));
    CHECK_FALSE(looksLikeJaegerJson(
        R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"a","spanId":"b","name":"x"}]}]}]})"));
}

TEST_CASE("Jaeger NDJSON larger than one parsing batch streams every document", "[jaeger]")
{
    TempDir dir;
    std::string text;
    const int traces = 20000; // about 3 MB: several 1 MB batches
    for (int i = 0; i < traces; ++i)
        text += R"({"traceID":"t)" + std::to_string(i)
            + R"(","spans":[{"spanID":"s","operationName":"op","startTime":)" + std::to_string(i)
            + R"(,"duration":1,"processID":"p"}],"processes":{"p":{"serviceName":"svc"}}})" + "\n";
    const auto sink = importText<JaegerImporter>(dir, "many.ndjson.gz", text);
    REQUIRE(sink.spans.size() == static_cast<std::size_t>(traces));
    CHECK(sink.endedTraces.size() == static_cast<std::size_t>(traces));
    CHECK(sink.spans.back().traceId == "t19999");
    CHECK(sink.spans.back().startNs == 19999000);
}

TEST_CASE("Jaeger: a UTF-8 byte order mark is skipped", "[jaeger]")
{
    TempDir dir;
    const auto sink = importText<JaegerImporter>(dir, "bom.json", std::string("\xEF\xBB\xBF") + kQueryJson);
    CHECK(sink.spans.size() == 5);
}

TEST_CASE("Jaeger import reports progress up to completion", "[jaeger]")
{
    struct RecordingProgress : Progress {
        std::vector<double> fractions;
        void onReport(double fraction, const std::string&) override { fractions.push_back(fraction); }
    };
    TempDir dir;
    CollectingSink sink;
    RecordingProgress progress;
    JaegerImporter().import(dir.write("trace.json", kQueryJson), sink, progress);
    REQUIRE_FALSE(progress.fractions.empty());
    CHECK(progress.fractions.back() == 1.0);
}
