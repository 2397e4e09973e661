// OtlpImporter on small files written here; expected values worked out from the text by hand.
// Base64 ids: 5b8efff798038103d269b633813fc60c = "W47/95gDgQPSabYzgT/GDA==",
// eee19b7ec3c1b175 = "7uGbfsPBsXU=", eee19b7ec3c1b174 = "7uGbfsPBsXQ=".
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/OtlpImporter.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using tracemark::test::CollectingSink;
using tracemark::test::TempDir;
using tracemark::test::hasAttribute;
using tracemark::test::hasAttributeKey;
using tracemark::test::importText;
using tracemark::test::parseErrorOf;

namespace {

const char* kTraces = R"({"resourceSpans":[
 {"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}},
                            {"key":"host.name","value":{"stringValue":"node-1"}},
                            {"key":"k8s.pod.name","value":{"stringValue":"checkout-5d9f-abcde"}}]},
  "scopeSpans":[{"scope":{"name":"lib"},"spans":[
   {"traceId":"5B8EFFF798038103D269B633813FC60C","spanId":"EEE19B7EC3C1B174","parentSpanId":"","name":"POST /pay","kind":2,
    "startTimeUnixNano":"1544712660000000000","endTimeUnixNano":"1544712661000000000",
    "attributes":[{"key":"http.response.status_code","value":{"intValue":"502"}},
                  {"key":"retry","value":{"boolValue":true}},
                  {"key":"ratio","value":{"doubleValue":0.5}},
                  {"key":"list","value":{"arrayValue":{"values":[{"stringValue":"a"},{"intValue":"2"}]}}}],
    "status":{"code":2,"message":"upstream failed"},
    "events":[{"timeUnixNano":"1544712660500000000","name":"exception",
               "attributes":[{"key":"exception.message","value":{"stringValue":"timeout"}}]}]},
   {"traceId":"W47/95gDgQPSabYzgT/GDA==","spanId":"7uGbfsPBsXU=","parentSpanId":"7uGbfsPBsXQ=","name":"charge",
    "kind":"SPAN_KIND_CLIENT","startTimeUnixNano":1544712660100000000,"endTimeUnixNano":1544712660300000000,
    "status":{"code":"STATUS_CODE_ERROR"}}]}]},
 {"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"bank"}}]},
  "instrumentationLibrarySpans":[{"spans":[
    {"traceId":"5b8efff798038103d269b633813fc60c","spanId":"0000000000000003","parentSpanId":"eee19b7ec3c1b175",
     "name":"Bank/Charge","kind":2,"startTimeUnixNano":"1544712660150000000","endTimeUnixNano":"1544712660250000000",
     "attributes":[{"key":"rpc.grpc.status_code","value":{"intValue":0}}]}]}]}
]})";

const char* kLogs = R"({"resourceLogs":[{"resource":{"attributes":[
   {"key":"service.name","value":{"stringValue":"api"}},{"key":"host.name","value":{"stringValue":"h-9"}}]},
 "scopeLogs":[{"logRecords":[
  {"timeUnixNano":"1700000000000000001","severityText":"Information","severityNumber":10,
   "traceId":"5B8EFFF798038103D269B633813FC60C","spanId":"EEE19B7EC3C1B174","body":{"stringValue":"Example log record"}},
  {"observedTimeUnixNano":"1700000000000000002","severityNumber":17,
   "body":{"kvlistValue":{"values":[{"key":"a","value":{"intValue":"1"}}]}}},
  {"timeUnixNano":"0","observedTimeUnixNano":"1700000000000000003","severityNumber":"SEVERITY_NUMBER_WARN",
   "eventName":"browser.page_view"}]}]}]})";

const char* kMetrics = R"({"resourceMetrics":[{"resource":{"attributes":[
   {"key":"service.name","value":{"stringValue":"cart"}},{"key":"service.instance.id","value":{"stringValue":"cart-1"}}]},
 "scopeMetrics":[{"metrics":[
   {"sum":{"dataPoints":[{"asInt":"7","timeUnixNano":"1000"}]},"name":"requests"},
   {"name":"cpu","gauge":{"dataPoints":[{"asDouble":0.25,"timeUnixNano":"2000",
     "attributes":[{"key":"state","value":{"stringValue":"user"}},{"key":"core","value":{"intValue":"1"}}]}]}},
   {"name":"latency","histogram":{"dataPoints":[{"timeUnixNano":"3000","count":"4","sum":10.5,"bucketCounts":["1","3"],"explicitBounds":[1]}]}},
   {"name":"q","summary":{"dataPoints":[{"timeUnixNano":"4000","count":"2","sum":3,
     "quantileValues":[{"quantile":0.5,"value":1},{"quantile":0.99,"value":2}]}]}}]}]}]})";

const MetricSample* findMetric(const CollectingSink& sink, const std::string& name)
{
    for (const auto& m : sink.metrics)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

TEST_CASE("OTLP traces: hex and base64 ids, string and number times, status, kind", "[otlp]")
{
    TempDir dir;
    const auto sink = importText<OtlpImporter>(dir, "trace.json", kTraces);
    REQUIRE(sink.spans.size() == 3);
    CHECK(sink.endedTraces.empty()); // OTLP batches do not delimit traces

    const Span& pay = sink.spans[0];
    CHECK(pay.traceId == "5b8efff798038103d269b633813fc60c");
    CHECK(pay.spanId == "eee19b7ec3c1b174");
    CHECK(pay.parentId.empty());
    CHECK(pay.service == "checkout");
    CHECK(pay.instance == "checkout-5d9f-abcde"); // the pod beats host.name
    CHECK(pay.operation == "POST /pay");
    CHECK(pay.kind == SpanKind::Server);
    CHECK(pay.startNs == 1544712660000000000LL);
    CHECK(pay.durationNs == 1000000000LL);
    CHECK(pay.status == StatusClass::ServerError); // 502 decides the class
    CHECK(pay.statusCode == "502");
    CHECK(hasAttribute(pay, "retry", "true"));
    CHECK(hasAttribute(pay, "ratio", "0.5"));
    CHECK(hasAttribute(pay, "list", "[\"a\",2]"));
    CHECK(hasAttribute(pay, "otel.status_description", "upstream failed"));

    const Span& charge = sink.spans[1];
    CHECK(charge.traceId == "5b8efff798038103d269b633813fc60c");
    CHECK(charge.spanId == "eee19b7ec3c1b175");
    CHECK(charge.parentId == "eee19b7ec3c1b174");
    CHECK(charge.kind == SpanKind::Client);
    CHECK(charge.status == StatusClass::Error);
    CHECK(charge.statusCode == "STATUS_CODE_ERROR");
    CHECK(charge.startNs == 1544712660100000000LL);
    CHECK(charge.durationNs == 200000000);

    const Span& bank = sink.spans[2];
    CHECK(bank.service == "bank");
    CHECK(bank.instance.empty());
    CHECK(bank.parentId == "eee19b7ec3c1b175");
    CHECK(bank.status == StatusClass::Ok);
    CHECK(bank.statusCode == "0");
    CHECK(bank.durationNs == 100000000);
}

TEST_CASE("OTLP span events become log records", "[otlp]")
{
    TempDir dir;
    const auto sink = importText<OtlpImporter>(dir, "trace.json.gz", kTraces);
    REQUIRE(sink.logs.size() == 1);
    const LogRecord& log = sink.logs[0];
    CHECK(log.timeNs == 1544712660500000000LL);
    CHECK(log.message == "exception exception.message=timeout");
    CHECK(log.severity == "ERROR");
    CHECK(log.traceId == "5b8efff798038103d269b633813fc60c");
    CHECK(log.spanId == "eee19b7ec3c1b174");
    CHECK(log.service == "checkout");
}

TEST_CASE("OTLP logs", "[otlp]")
{
    TempDir dir;
    const auto sink = importText<OtlpImporter>(dir, "logs.json", kLogs);
    REQUIRE(sink.logs.size() == 3);
    CHECK(sink.spans.empty());
    CHECK(sink.logs[0].timeNs == 1700000000000000001LL);
    CHECK(sink.logs[0].severity == "Information");
    CHECK(sink.logs[0].message == "Example log record");
    CHECK(sink.logs[0].traceId == "5b8efff798038103d269b633813fc60c");
    CHECK(sink.logs[0].spanId == "eee19b7ec3c1b174");
    CHECK(sink.logs[0].service == "api");
    CHECK(sink.logs[0].instance == "h-9");
    CHECK(sink.logs[1].timeNs == 1700000000000000002LL); // observed time when there is no time
    CHECK(sink.logs[1].severity == "ERROR"); // severity number 17
    CHECK(sink.logs[1].message == "{\"a\":1}");
    CHECK(sink.logs[2].timeNs == 1700000000000000003LL);
    CHECK(sink.logs[2].severity == "WARN");
    CHECK(sink.logs[2].message == "browser.page_view");
}

TEST_CASE("OTLP metrics", "[otlp]")
{
    TempDir dir;
    const auto sink = importText<OtlpImporter>(dir, "metrics.json", kMetrics);
    REQUIRE(sink.metrics.size() == 8);
    const MetricSample* requests = findMetric(sink, "requests");
    REQUIRE(requests);
    CHECK(requests->value == 7.0);
    CHECK(requests->timeNs == 1000);
    CHECK(requests->service == "cart");
    CHECK(requests->instance == "cart-1");
    const MetricSample* cpu = findMetric(sink, "cpu{core=1,state=user}");
    REQUIRE(cpu);
    CHECK(cpu->value == 0.25);
    CHECK(cpu->timeNs == 2000);
    REQUIRE(findMetric(sink, "latency.count"));
    CHECK(findMetric(sink, "latency.count")->value == 4.0);
    CHECK(findMetric(sink, "latency.sum")->value == 10.5);
    CHECK(findMetric(sink, "latency.sum")->timeNs == 3000);
    REQUIRE(findMetric(sink, "q.q0.99"));
    CHECK(findMetric(sink, "q.q0.99")->value == 2.0);
    CHECK(findMetric(sink, "q.q0.5")->value == 1.0);
    CHECK(findMetric(sink, "q.count")->value == 2.0);
    CHECK(findMetric(sink, "q.sum")->value == 3.0);
}

TEST_CASE("OTLP NDJSON with a different signal per line", "[otlp]")
{
    TempDir dir;
    auto oneLine = [](std::string s) {
        std::string out;
        for (char c : s)
            if (c != '\n')
                out += c;
        return out;
    };
    const auto sink = importText<OtlpImporter>(
        dir, "export.jsonl", oneLine(kTraces) + "\n" + oneLine(kLogs) + "\n" + oneLine(kMetrics) + "\n");
    CHECK(sink.spans.size() == 3);
    CHECK(sink.logs.size() == 4);
    CHECK(sink.metrics.size() == 8);
}

TEST_CASE("OTLP errors name file, line, field and value", "[otlp][errors]")
{
    TempDir dir;
    const std::string badTime = parseErrorOf<OtlpImporter>(dir, "t.json",
        "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[\n"
        "{\"traceId\":\"01\",\"spanId\":\"02\",\n"
        "\"startTimeUnixNano\":\"soon\"}]}]}]}");
    CHECK_THAT(badTime, Catch::Contains("t.json:3:"));
    CHECK_THAT(badTime, Catch::Contains("field 'startTimeUnixNano'"));
    CHECK_THAT(badTime, Catch::Contains("soon"));

    const std::string noSpanId = parseErrorOf<OtlpImporter>(dir, "s.json",
        "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[\n"
        "{\"traceId\":\"01\",\"name\":\"orphan-op\",\"startTimeUnixNano\":\"5\"}]}]}]}");
    CHECK_THAT(noSpanId, Catch::Contains("s.json:2:"));
    CHECK_THAT(noSpanId, Catch::Contains("field 'spanId'"));
    CHECK_THAT(noSpanId, Catch::Contains("orphan-op"));

    const std::string noStart = parseErrorOf<OtlpImporter>(
        dir, "u.json", R"({"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"01","spanId":"02"}]}]}]})");
    CHECK_THAT(noStart, Catch::Contains("field 'startTimeUnixNano'"));

    CHECK_THAT(parseErrorOf<OtlpImporter>(dir, "j.json", R"({"data":[]})"), Catch::Contains("not OTLP JSON"));
}

TEST_CASE("OTLP sniffing", "[otlp][detect]")
{
    CHECK(looksLikeOtlpJson(kTraces));
    CHECK(looksLikeOtlpJson(kLogs));
    CHECK(looksLikeOtlpJson(kMetrics));
    CHECK_FALSE(looksLikeOtlpJson(R"({"data":[{"traceID":"a","spans":[]}]})"));
    CHECK_FALSE(looksLikeOtlpJson(R"([{"traceId":"a","id":"b"}])"));
}
