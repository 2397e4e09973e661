// ZipkinImporter on small files written here; expected values worked out from the text by hand.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/ZipkinImporter.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using tracemark::test::CollectingSink;
using tracemark::test::TempDir;
using tracemark::test::hasAttribute;
using tracemark::test::hasAttributeKey;
using tracemark::test::importText;
using tracemark::test::parseErrorOf;

namespace {

// frontend (root) calls cart over RPC with a shared span id 0002; cart's server half does a
// local "db" span; frontend also has a local span under its client span.
const char* kSharedTrace = R"([
 {"traceId":"00000000000000A1","id":"0000000000000001","kind":"SERVER","name":"get /","timestamp":1000000,"duration":500,
  "localEndpoint":{"serviceName":"frontend","ipv4":"10.0.0.1","port":8080},"tags":{"http.status_code":"200","http.path":"/"}},
 {"traceId":"00000000000000a1","parentId":"0000000000000001","id":"0000000000000002","kind":"CLIENT","name":"get /cart",
  "timestamp":1000100,"duration":300,"localEndpoint":{"serviceName":"frontend","ipv4":"10.0.0.1"},
  "remoteEndpoint":{"serviceName":"cart"},"tags":{"http.status_code":"503"}},
 {"traceId":"00000000000000a1","parentId":"0000000000000001","id":"0000000000000002","kind":"SERVER","name":"get /cart",
  "timestamp":1000150,"duration":200,"localEndpoint":{"serviceName":"cart","ipv4":"10.0.0.2","port":9000},"shared":true,
  "tags":{"http.status_code":"503","error":"boom"}},
 {"traceId":"00000000000000a1","parentId":"0000000000000002","id":"0000000000000003","name":"db","timestamp":1000160,"duration":50,
  "localEndpoint":{"serviceName":"cart","ipv4":"10.0.0.2"},"annotations":[{"timestamp":1000170,"value":"retry"}]},
 {"traceId":"00000000000000a1","parentId":"0000000000000002","id":"0000000000000004","name":"local","timestamp":1000110,"duration":5,
  "localEndpoint":{"serviceName":"frontend"}}
])";

} // namespace

TEST_CASE("Zipkin v2: spans, times, status, instance, tags", "[zipkin]")
{
    TempDir dir;
    const auto sink = importText<ZipkinImporter>(dir, "zipkin.json", kSharedTrace);
    REQUIRE(sink.spans.size() == 5);
    CHECK(sink.endedTraces == std::vector<std::string> { "00000000000000a1" });

    const Span* root = sink.findSpan("0000000000000001");
    REQUIRE(root);
    CHECK(root->traceId == "00000000000000a1"); // hex ids are lower-cased
    CHECK(root->parentId.empty());
    CHECK(root->service == "frontend");
    CHECK(root->instance == "10.0.0.1:8080");
    CHECK(root->operation == "get /");
    CHECK(root->kind == SpanKind::Server);
    CHECK(root->startNs == 1000000000);
    CHECK(root->durationNs == 500000);
    CHECK(root->status == StatusClass::Ok);
    CHECK(root->statusCode == "200");
    CHECK(hasAttribute(*root, "http.path", "/"));
}

TEST_CASE("Zipkin shared spans become client and server halves", "[zipkin]")
{
    TempDir dir;
    const auto sink = importText<ZipkinImporter>(dir, "zipkin.json.gz", kSharedTrace);
    REQUIRE(sink.spans.size() == 5);

    const Span* client = sink.findSpan("0000000000000002");
    REQUIRE(client);
    CHECK(client->parentId == "0000000000000001");
    CHECK(client->service == "frontend");
    CHECK(client->kind == SpanKind::Client);
    CHECK(client->status == StatusClass::ServerError);
    CHECK(hasAttribute(*client, "peer.service", "cart"));

    const Span* server = sink.findSpan("0000000000000002.server");
    REQUIRE(server);
    CHECK(server->parentId == "0000000000000002");
    CHECK(server->service == "cart");
    CHECK(server->instance == "10.0.0.2:9000");
    CHECK(server->kind == SpanKind::Server);
    CHECK(server->status == StatusClass::ServerError); // 503 decides; the error tag only repeats it
    CHECK(server->statusCode == "503");
    CHECK(hasAttribute(*server, "error.message", "boom"));
    CHECK(server->startNs == 1000150000);

    // Children of the shared id attach to the half in their own service.
    CHECK(sink.findSpan("0000000000000003")->parentId == "0000000000000002.server");
    CHECK(sink.findSpan("0000000000000004")->parentId == "0000000000000002");

    REQUIRE(sink.logs.size() == 1);
    CHECK(sink.logs[0].timeNs == 1000170000);
    CHECK(sink.logs[0].message == "retry");
    CHECK(sink.logs[0].spanId == "0000000000000003");
    CHECK(sink.logs[0].service == "cart");
    CHECK(sink.logs[0].traceId == "00000000000000a1");
}

TEST_CASE("Zipkin: a SERVER span reusing its CLIENT's id is shared even without the flag", "[zipkin]")
{
    TempDir dir;
    const auto sink = importText<ZipkinImporter>(dir, "z.json", R"([
      {"traceId":"aa","id":"01","kind":"CLIENT","name":"call","timestamp":10,"duration":9,"localEndpoint":{"serviceName":"a"}},
      {"traceId":"aa","id":"01","kind":"SERVER","name":"call","timestamp":11,"duration":7,"localEndpoint":{"serviceName":"b"}}])");
    REQUIRE(sink.spans.size() == 2);
    CHECK(sink.findSpan("01")->service == "a");
    REQUIRE(sink.findSpan("01.server"));
    CHECK(sink.findSpan("01.server")->service == "b");
    CHECK(sink.findSpan("01.server")->parentId == "01");
}

TEST_CASE("Zipkin: a shared server span without its client keeps its id", "[zipkin]")
{
    TempDir dir;
    const auto sink = importText<ZipkinImporter>(dir, "z.json", R"([
      {"traceId":"aa","parentId":"07","id":"08","kind":"SERVER","shared":true,"name":"x","timestamp":10,"duration":1,
       "localEndpoint":{"serviceName":"b"}}])");
    REQUIRE(sink.spans.size() == 1);
    CHECK(sink.spans[0].spanId == "08");
    CHECK(sink.spans[0].parentId == "07");
}

TEST_CASE("Zipkin: fragments of one span are merged", "[zipkin]")
{
    TempDir dir;
    const auto sink = importText<ZipkinImporter>(dir, "z.json", R"([
      {"traceId":"c","id":"9","kind":"SERVER","name":"get","timestamp":200,"duration":20,
       "localEndpoint":{"serviceName":"s","ipv4":"1.2.3.4"},"shared":true},
      {"traceId":"c","id":"9","kind":"CLIENT","name":"get","timestamp":190,"duration":40,"localEndpoint":{"serviceName":"caller"}},
      {"traceId":"c","id":"9","name":"get","localEndpoint":{"serviceName":"s","ipv4":"1.2.3.4"},"tags":{"extra":"x"}},
      {"traceId":"c","id":"5","kind":"CLIENT","name":"q","timestamp":300,"localEndpoint":{"serviceName":"caller"}},
      {"traceId":"c","id":"5","kind":"CLIENT","duration":12,"localEndpoint":{"serviceName":"caller"},"tags":{"late":"y"}}])");
    REQUIRE(sink.spans.size() == 3);
    CHECK(sink.warnings.empty());
    const Span* server = sink.findSpan("9.server");
    REQUIRE(server);
    CHECK(hasAttribute(*server, "extra", "x"));
    CHECK(server->startNs == 200000);
    CHECK(sink.findSpan("9")->service == "caller");
    const Span* merged = sink.findSpan("5");
    REQUIRE(merged);
    CHECK(merged->startNs == 300000);
    CHECK(merged->durationNs == 12000);
    CHECK(merged->operation == "q");
    CHECK(hasAttribute(*merged, "late", "y"));
}

TEST_CASE("Zipkin spans without a timestamp", "[zipkin]")
{
    TempDir dir;
    const auto sink = importText<ZipkinImporter>(dir, "z.json", R"([
      {"traceId":"b","id":"1","name":"root","timestamp":100,"duration":50,"localEndpoint":{"serviceName":"a"}},
      {"traceId":"b","parentId":"1","id":"2","name":"mid","localEndpoint":{"serviceName":"a"}},
      {"traceId":"b","parentId":"2","id":"3","name":"leaf1","timestamp":110,"duration":10,"localEndpoint":{"serviceName":"a"}},
      {"traceId":"b","parentId":"2","id":"4","name":"leaf2","timestamp":130,"duration":5,"localEndpoint":{"serviceName":"a"}},
      {"traceId":"b","parentId":"1","id":"5","name":"lost","localEndpoint":{"serviceName":"a"}}])");
    // "mid" takes its children's interval: 110 us to max(120, 135) = 135 us.
    REQUIRE(sink.spans.size() == 4);
    const Span* mid = sink.findSpan("2");
    REQUIRE(mid);
    CHECK(mid->startNs == 110000);
    CHECK(mid->durationNs == 25000);
    CHECK(hasAttribute(*mid, "tracemark.time_estimated", "children"));
    CHECK(sink.findSpan("5") == nullptr);
    REQUIRE(sink.warnings.size() == 1);
    CHECK_THAT(sink.warnings[0], Catch::Contains("skipped 1 Zipkin span"));
    CHECK_THAT(sink.warnings[0], Catch::Contains("span 5 of trace b"));
}

TEST_CASE("Zipkin: missing serviceName reads as unknown; NDJSON of single spans", "[zipkin]")
{
    TempDir dir;
    const auto sink = importText<ZipkinImporter>(dir, "spans.ndjson",
        "{\"traceId\":\"t1\",\"id\":\"1\",\"name\":\"a\",\"timestamp\":5,\"duration\":1,"
        "\"localEndpoint\":{\"ipv4\":\"169.254.0.1\"}}\n"
        "{\"traceId\":\"t2\",\"id\":\"2\",\"name\":\"b\",\"timestamp\":6,\"duration\":1,"
        "\"localEndpoint\":{\"serviceName\":\"x\"},\"tags\":{\"error\":\"\"}}\n");
    REQUIRE(sink.spans.size() == 2);
    CHECK(sink.spans[0].service == "unknown");
    CHECK(sink.spans[0].instance == "169.254.0.1");
    CHECK(sink.spans[1].status == StatusClass::Error); // an "error" tag marks failure, whatever its text
    CHECK(sink.endedTraces == std::vector<std::string> { "t1", "t2" });
}

TEST_CASE("Zipkin: errors name file, line, field and value", "[zipkin][errors]")
{
    TempDir dir;
    const std::string badTime = parseErrorOf<ZipkinImporter>(dir, "z.json",
        "[\n"
        "{\"traceId\":\"a\",\"id\":\"1\",\"timestamp\":1},\n"
        "{\"traceId\":\"a\",\"id\":\"2\",\n"
        " \"timestamp\":\"soon\"}\n"
        "]\n");
    CHECK_THAT(badTime, Catch::Contains("z.json:4:"));
    CHECK_THAT(badTime, Catch::Contains("field 'timestamp'"));
    CHECK_THAT(badTime, Catch::Contains("soon"));

    const std::string noId
        = parseErrorOf<ZipkinImporter>(dir, "n.json", "[\n{\"traceId\":\"a\",\"name\":\"nameless\",\"timestamp\":1}]");
    CHECK_THAT(noId, Catch::Contains("n.json:2:"));
    CHECK_THAT(noId, Catch::Contains("field 'id'"));
    CHECK_THAT(noId, Catch::Contains("nameless"));

    const std::string noTrace = parseErrorOf<ZipkinImporter>(dir, "t.json", "[{\"id\":\"1\",\"timestamp\":1}]");
    CHECK_THAT(noTrace, Catch::Contains("field 'traceId'"));

    CHECK_THAT(parseErrorOf<ZipkinImporter>(dir, "v1.json", R"([{"traceId":"a","id":"1","binaryAnnotations":[]}])"),
        Catch::Contains("Zipkin v1"));
    CHECK_THAT(parseErrorOf<ZipkinImporter>(dir, "cut.json", std::string(kSharedTrace).substr(0, 300)),
        Catch::Contains("truncated"));
}

TEST_CASE("Zipkin sniffing", "[zipkin][detect]")
{
    CHECK(looksLikeZipkinJson(kSharedTrace));
    CHECK_FALSE(looksLikeZipkinJson(
        R"({"data":[{"traceID":"a","spans":[{"traceID":"a","spanID":"b","operationName":"x"}]}]})"));
    CHECK_FALSE(looksLikeZipkinJson(
        R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"a","spanId":"b","name":"x"}]}]}]})"));
}
