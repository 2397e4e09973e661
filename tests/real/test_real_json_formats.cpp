// The JSON importers on the real client-format fixtures in ../shared/datasets/trace-formats
// (Jaeger, Jaeger UI, Zipkin lens test data, OpenTelemetry proto examples). Expected values were
// read from the files themselves.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/JaegerImporter.h"
#include "core/io/OtlpImporter.h"
#include "core/io/ZipkinImporter.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

using namespace tracemark;
using tracemark::test::CollectingSink;
namespace fs = std::filesystem;

namespace {

fs::path formats()
{
    return *tracemark::test::datasetsDir() / "trace-formats";
}
fs::path jaeger(const std::string& rel)
{
    return formats() / "jaegertracing-jaeger" / rel;
}
fs::path jaegerUi(const std::string& rel)
{
    return formats() / "jaegertracing-jaeger-ui/packages/jaeger-ui/src" / rel;
}
fs::path zipkin(const std::string& name)
{
    return formats() / "openzipkin-zipkin/zipkin-lens/testdata" / name;
}
fs::path otel(const std::string& name)
{
    return formats() / "opentelemetry-proto/examples" / name;
}

template <typename ImporterType> CollectingSink importWith(const fs::path& file)
{
    INFO("file " << file.string());
    REQUIRE(fs::exists(file));
    CollectingSink sink;
    NullProgress progress;
    ImporterType().import(file, sink, progress);
    return sink;
}

bool hasAttribute(const Span& s, const std::string& key, const std::string& value)
{
    for (const auto& a : s.attributes)
        if (a.key == key && a.value == value)
            return true;
    return false;
}

std::vector<const Span*> spansWithId(const CollectingSink& sink, const std::string& id)
{
    std::vector<const Span*> out;
    for (const auto& s : sink.spans)
        if (s.spanId == id)
            out.push_back(&s);
    return out;
}

// Jaeger's own OTLP -> Jaeger conversion fixtures: both sides must import to the same spans.
void checkSameSpans(const CollectingSink& fromJaeger, const CollectingSink& fromOtlp)
{
    REQUIRE(fromJaeger.spans.size() == fromOtlp.spans.size());
    for (const auto& j : fromJaeger.spans) {
        INFO("span " << j.spanId);
        const Span* o = fromOtlp.findSpan(j.spanId);
        REQUIRE(o);
        CHECK(o->traceId == j.traceId);
        CHECK(o->parentId == j.parentId);
        CHECK(o->operation == j.operation);
        CHECK(o->service == j.service);
        CHECK(o->kind == j.kind);
        CHECK(o->status == j.status);
        CHECK(o->startNs / 1000 * 1000 == j.startNs); // Jaeger truncates to the µs
        CHECK(o->durationNs / 1000 * 1000 == j.durationNs);
    }
}

} // namespace

TEST_CASE("Jaeger anonymizer output: a bare array of spans with embedded processes", "[real][jaeger]")
{
    const auto sink
        = importWith<JaegerImporter>(jaeger("cmd/anonymizer/app/uiconv/fixtures/trace_success.json"));
    REQUIRE(sink.spans.size() == 2);
    const Span* server = sink.findSpan("7606ddfe69932d34");
    REQUIRE(server);
    CHECK(server->traceId == "2be38093ead7a083");
    CHECK(server->parentId == "492770a15935810f");
    CHECK(server->operation == "a071653098f9250d");
    CHECK(server->service == "16af988c443cff37");
    CHECK(server->kind == SpanKind::Server);
    CHECK(server->startNs == 1605223981761425000LL);
    CHECK(server->durationNs == 267037000);
    CHECK(server->status == StatusClass::Ok);
    const Span* client = sink.findSpan("7bd66f09ba90ea3d");
    REQUIRE(client);
    CHECK(client->parentId == "7606ddfe69932d34");
    CHECK(client->service == "3c220036602f839e");
    CHECK(client->kind == SpanKind::Client);
    CHECK(client->status == StatusClass::Error); // error=true
    CHECK(sink.endedTraces == std::vector<std::string> { "2be38093ead7a083" });
}

TEST_CASE("Jaeger UI JSON converter fixture ui_01.json", "[real][jaeger]")
{
    const auto sink
        = importWith<JaegerImporter>(jaeger("internal/uimodel/converter/v1/json/fixtures/ui_01.json"));
    REQUIRE(sink.spans.size() == 5);
    CHECK(sink.endedTraces == std::vector<std::string> { "0000000000000001" });
    const auto twos = spansWithId(sink, "0000000000000002"); // the fixture repeats this id on purpose
    REQUIRE(twos.size() == 2);
    CHECK(twos[0]->operation == "test-general-conversion");
    CHECK(twos[0]->service == "service-x");
    CHECK(twos[0]->startNs == 1485467191639875000LL);
    CHECK(twos[0]->durationNs == 5000);
    CHECK(twos[1]->operation == "some-operation");
    CHECK(twos[1]->status == StatusClass::Error);
    CHECK(hasAttribute(*twos[1], "peer.service", "service-y"));
    CHECK(hasAttribute(*twos[1], "temperature", "72.5"));
    CHECK(sink.findSpan("0000000000000003")->parentId == "0000000000000002");
    CHECK(sink.findSpan("0000000000000003")->service == "service-y");
    // reference-test: its first CHILD_OF points into trace ...ff, so the parent is the next one.
    CHECK(sink.findSpan("0000000000000004")->parentId == "0000000000000002");
    CHECK(sink.findSpan("0000000000000005")->parentId == "0000000000000004");
    CHECK(sink.findSpan("0000000000000005")->durationNs == 4000);
    REQUIRE(sink.logs.size() == 2);
    CHECK(sink.logs[0].message == "some-event");
    CHECK(sink.logs[1].message == "x=y");
    CHECK(sink.logs[0].timeNs == 1485467191639875000LL);
    CHECK(sink.logs[0].service == "service-x");
}

TEST_CASE("Jaeger domain JSON domain_01.json gives the same trace as ui_01.json", "[real][jaeger]")
{
    const auto ui
        = importWith<JaegerImporter>(jaeger("internal/uimodel/converter/v1/json/fixtures/ui_01.json"));
    const auto domain
        = importWith<JaegerImporter>(jaeger("internal/uimodel/converter/v1/json/fixtures/domain_01.json"));
    REQUIRE(domain.spans.size() == ui.spans.size());
    for (std::size_t i = 0; i < ui.spans.size(); ++i) {
        INFO("span #" << i);
        CHECK(domain.spans[i].traceId == ui.spans[i].traceId);
        CHECK(domain.spans[i].spanId == ui.spans[i].spanId);
        CHECK(domain.spans[i].parentId == ui.spans[i].parentId);
        CHECK(domain.spans[i].operation == ui.spans[i].operation);
        CHECK(domain.spans[i].service == ui.spans[i].service);
        CHECK(domain.spans[i].status == ui.spans[i].status);
        CHECK(domain.spans[i].durationNs == ui.spans[i].durationNs);
        // The domain model keeps nanoseconds: 16:46:31.639875139-05:00.
        CHECK(domain.spans[i].startNs == 1485467191639875139LL);
    }
    CHECK(domain.logs.size() == 2);
}

TEST_CASE("Jaeger Elasticsearch span documents", "[real][jaeger]")
{
    for (const auto& file : { jaeger("internal/uimodel/converter/v1/json/fixtures/es_01.json"),
             jaeger("internal/storage/v2/elasticsearch/tracestore/core/fixtures/es_01.json"),
             jaeger("internal/uimodel/converter/v1/json/fixtures/domain_es_01.json") }) {
        INFO(file.string());
        const auto sink = importWith<JaegerImporter>(file);
        REQUIRE(sink.spans.size() == 1);
        const Span& s = sink.spans[0];
        CHECK(s.traceId == "0000000000000001");
        CHECK(s.spanId == "0000000000000002");
        CHECK(s.parentId == "0000000000000003"); // CHILD_OF ...03 comes before FOLLOWS_FROM ...04
        CHECK(s.operation == "test-general-conversion");
        CHECK(s.service == "service-x");
        CHECK(s.startNs == 1485467191639875000LL);
        CHECK(s.durationNs == 5000);
        CHECK(s.status == StatusClass::Error);
        CHECK(hasAttribute(s, "peer.service", "service-y"));
        REQUIRE(sink.logs.size() == 2);
        CHECK(sink.logs[0].message == "123415");
        CHECK(sink.logs[1].message == "x=y");
        CHECK(sink.endedTraces.empty()); // one span of a trace: more may come
    }
}

TEST_CASE("Jaeger UI test traces", "[real][jaeger]")
{
    // {"data": {trace}} as the UI keeps it, with extra derived fields.
    const auto flame
        = importWith<JaegerImporter>(jaegerUi("components/TracePage/TraceFlamegraph/testTrace.json"));
    REQUIRE(flame.spans.size() == 4);
    CHECK(flame.findSpan("487f03177ef9cf89")->operation == "OrderVehicle");
    CHECK(flame.findSpan("487f03177ef9cf89")->parentId.empty());
    CHECK(flame.findSpan("487f03177ef9cf89")->service == "load-generator");
    CHECK(flame.findSpan("d81ccf159d71bc66")->statusCode == "200");
    CHECK(flame.findSpan("d81ccf159d71bc66")->kind == SpanKind::Client);
    CHECK(flame.findSpan("3d4670fa91902216")->parentId == "d81ccf159d71bc66");
    CHECK(flame.findSpan("3d4670fa91902216")->service == "ride-sharing-app");
    CHECK(flame.findSpan("7bc101ef51dbc40c")->durationNs == 966333000);

    const auto genai = importWith<JaegerImporter>(
        jaegerUi("components/TracePage/TraceTimelineViewer/genaiTestTrace.json"));
    REQUIRE(genai.spans.size() == 57);
    std::set<std::string> services;
    for (const auto& s : genai.spans)
        services.insert(s.service);
    CHECK(services.size() == 10);
    const Span* root = genai.findSpan("0000000000000001");
    REQUIRE(root);
    CHECK(root->operation == "POST /api/graphql");
    CHECK(root->service == "api-edge");
    CHECK(root->durationNs == 44000000000LL);
    CHECK(root->status == StatusClass::Ok);
    const Span* pods = genai.findSpan("0000000000000011");
    REQUIRE(pods);
    CHECK(pods->operation == "GET /api/v1/pods");
    CHECK(pods->service == "k8s-api");
    CHECK(pods->parentId == "000000000000000f");
    CHECK(pods->status == StatusClass::ServerError);
    CHECK(pods->statusCode == "500");
}

TEST_CASE("Jaeger's OTLP->Jaeger fixtures: both sides import to the same spans", "[real][jaeger][otlp]")
{
    const auto cmdOut = importWith<JaegerImporter>(
        jaeger("cmd/jaeger/internal/extension/jaegerquery/internal/fixture/otlp2jaeger-out.json"));
    const auto cmdIn = importWith<OtlpImporter>(
        jaeger("cmd/jaeger/internal/extension/jaegerquery/internal/fixture/otlp2jaeger-in.json"));
    REQUIRE(cmdOut.spans.size() == 2);
    CHECK(cmdOut.spans[0].spanId == "e127af99e3b3e074");
    CHECK(cmdOut.spans[0].parentId == "909541b92cf05311");
    CHECK(cmdOut.spans[0].service == "telemetrygen");
    CHECK(cmdOut.spans[0].durationNs == 123000);
    checkSameSpans(cmdOut, cmdIn);

    const auto uiOut = importWith<JaegerImporter>(jaegerUi("utils/fixtures/otlp2jaeger-out.json"));
    const auto uiIn = importWith<OtlpImporter>(jaegerUi("utils/fixtures/otlp2jaeger-in.json"));
    checkSameSpans(uiOut, uiIn);

    // The multi-trace case: the OTLP input as NDJSON (one request per line) and combined.
    const auto multiOut = importWith<JaegerImporter>(jaegerUi("utils/fixtures/oltp2jaeger-multi-out.json"));
    const auto multiLines
        = importWith<OtlpImporter>(jaegerUi("utils/fixtures/otlp2jaeger-multi-in.json.txt"));
    const auto multiCombined
        = importWith<OtlpImporter>(jaegerUi("utils/fixtures/otlp2jaeger-multi-in-combined.json"));
    REQUIRE(multiOut.spans.size() == 4);
    CHECK(multiOut.findSpan("26f5ef9dbb885479")->parentId == "49b8e9efa1e8a3b1");
    CHECK(multiOut.findSpan("26f5ef9dbb885479")->durationNs == 46460000); // 46460625 ns truncated
    CHECK(multiOut.findSpan("eff3153be6b1fb93")->parentId.empty());
    checkSameSpans(multiOut, multiLines);
    checkSameSpans(multiOut, multiCombined);
}

TEST_CASE(
    "OTLP files in the Jaeger folders: rejected by the Jaeger importer, read as OTLP", "[real][jaeger][otlp]")
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(jaeger("internal/storage/integration/fixtures/traces")))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() == 32);
    files.push_back(jaeger("internal/storage/v2/cassandra/tracestore/fixtures/otel_traces_01.json"));
    files.push_back(jaegerUi("utils/fixtures/otlp2jaeger-in-error.json"));
    for (const auto& file : files) {
        INFO(file.string());
        CollectingSink ignored;
        NullProgress progress;
        CHECK_THROWS_WITH(JaegerImporter().import(file, ignored, progress), Catch::Contains("OTLP"));
        const auto sink = importWith<OtlpImporter>(file);
        CHECK_FALSE(sink.spans.empty());
        for (const auto& s : sink.spans)
            CHECK_FALSE(s.service.empty());
    }

    const auto example
        = importWith<OtlpImporter>(jaeger("internal/storage/integration/fixtures/traces/example_trace.json"));
    REQUIRE(example.spans.size() == 5);
    CHECK(std::count_if(example.spans.begin(), example.spans.end(), [](const Span& s) {
        return s.service == "example-service-1";
    }) == 3);
    CHECK(example.findSpan("0000000000000006")->kind == SpanKind::Server);
    CHECK(example.findSpan("0000000000000007")->kind == SpanKind::Client);
    CHECK(example.findSpan("0000000000000004")->durationNs == 100000);
    CHECK(example.findSpan("0000000000000004")->traceId == "00000000000000000000000000000011");

    const auto cassandra = importWith<OtlpImporter>(
        jaeger("internal/storage/v2/cassandra/tracestore/fixtures/otel_traces_01.json"));
    REQUIRE(cassandra.spans.size() == 1);
    CHECK(cassandra.spans[0].parentId == "0000000000000003");
    CHECK(cassandra.spans[0].status == StatusClass::Error);
    CHECK(cassandra.spans[0].durationNs == 5000);
    CHECK(hasAttribute(cassandra.spans[0], "otel.status_description", "random-message"));
    REQUIRE(cassandra.logs.size() == 2);
    CHECK(cassandra.logs[0].message == "x=y");
    CHECK(cassandra.logs[1].message == "testing-event event-x=event-y");

    // No service.name in the resource: OpenTelemetry's default name.
    const auto noService = importWith<OtlpImporter>(jaegerUi("utils/fixtures/otlp2jaeger-in-error.json"));
    REQUIRE(noService.spans.size() == 1);
    CHECK(noService.spans[0].service == "unknown_service");
}

TEST_CASE("Zipkin lens test data: every file imports", "[real][zipkin]")
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(zipkin("")))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    REQUIRE(files.size() == 10);
    for (const auto& file : files) {
        INFO(file.string());
        const auto sink = importWith<ZipkinImporter>(file);
        CHECK_FALSE(sink.spans.empty());
        CHECK(sink.endedTraces.size() == 1); // each file is one trace
        CHECK(sink.warnings.empty());
    }
    CHECK(importWith<ZipkinImporter>(zipkin("ascend.json")).spans.size() == 8);
    CHECK(importWith<ZipkinImporter>(zipkin("messaging-kafka.json")).spans.size() == 28);
    CHECK(importWith<ZipkinImporter>(zipkin("messaging.json")).spans.size() == 4);
    CHECK(importWith<ZipkinImporter>(zipkin("messaging2.json")).spans.size() == 11);
    CHECK(importWith<ZipkinImporter>(zipkin("simple-db-p6.json")).spans.size() == 5);
}

TEST_CASE("Zipkin yelp.json: shared spans split into a connected tree", "[real][zipkin]")
{
    const auto sink = importWith<ZipkinImporter>(zipkin("yelp.json"));
    REQUIRE(sink.spans.size() == 16);
    std::set<std::string> ids;
    for (const auto& s : sink.spans)
        ids.insert(s.spanId);
    CHECK(ids.size() == 16);
    int roots = 0;
    for (const auto& s : sink.spans) {
        INFO("span " << s.spanId);
        if (s.parentId.empty())
            ++roots;
        else
            CHECK(ids.count(s.parentId) == 1); // no orphans
    }
    CHECK(roots == 1);
    // 2e8cfb154b59a41f is a shared server span whose client is not in the file: it keeps its id.
    CHECK(sink.findSpan("2e8cfb154b59a41f")->parentId.empty());
    CHECK(sink.findSpan("2e8cfb154b59a41f")->service == "routing");
    // f5f268651b2a2b34: client in yelp-main, server in mobile_api.
    CHECK(sink.findSpan("f5f268651b2a2b34")->service == "yelp-main");
    CHECK(sink.findSpan("f5f268651b2a2b34.server")->service == "mobile_api");
    CHECK(sink.findSpan("f5f268651b2a2b34.server")->parentId == "f5f268651b2a2b34");
    // mobile_api's calls hang under its server half.
    const Span* post = sink.findSpan("15fc03927f0f68df");
    REQUIRE(post);
    CHECK(post->parentId == "f5f268651b2a2b34.server");
    CHECK(post->operation == "post");
    CHECK(post->kind == SpanKind::Client);
    CHECK(post->startNs == 1571896375322000000LL);
    CHECK(post->durationNs == 14000000);
    CHECK(hasAttribute(*post, "peer.service", "blt"));
    // yelp-main's spans under 668ed78ad94b35a1 attach to the client half (the server half is
    // yelp_main/api_proxy, another service).
    CHECK(sink.findSpan("241cea1aa4cb2884")->parentId == "668ed78ad94b35a1");
    CHECK(sink.findSpan("668ed78ad94b35a1.server")->service == "yelp_main/api_proxy");
}

TEST_CASE("Zipkin skew.json and envoy.json", "[real][zipkin]")
{
    const auto skew = importWith<ZipkinImporter>(zipkin("skew.json"));
    REQUIRE(skew.spans.size() == 4);
    CHECK(skew.findSpan("74280ae0c10d8062")->service == "servicea");
    CHECK(skew.findSpan("74280ae0c10d8062")->parentId == "bf396325699c84bf");
    CHECK(skew.findSpan("74280ae0c10d8062.server")->service == "serviceb");
    CHECK(skew.findSpan("43210ae0c10d1234")->parentId == "74280ae0c10d8062.server");
    CHECK(skew.findSpan("bf396325699c84bf")->parentId.empty());

    const auto envoy = importWith<ZipkinImporter>(zipkin("envoy.json"));
    REQUIRE(envoy.spans.size() == 1);
    CHECK(envoy.spans[0].spanId == "978883983d506fa5");
    CHECK(envoy.spans[0].service == "unknown"); // no serviceName in the file
    CHECK(envoy.spans[0].instance == "169.254.65.45");
    CHECK(envoy.spans[0].statusCode == "200");
    CHECK(envoy.spans[0].durationNs == 127115000);
}

TEST_CASE("Zipkin SmartThings traces: fragments, many servers on one id, errors", "[real][zipkin]")
{
    // 1,041 spans; 84 are kind-less, timestamp-less fragments of a shared server span (merged);
    // one id has five pusher servers on different hosts (five server halves).
    const auto install = importWith<ZipkinImporter>(zipkin("smartthings-mobile-web-install.json"));
    CHECK(install.spans.size() == 957);
    CHECK(install.logs.size() == 92); // the annotations
    CHECK(install.warnings.empty());
    REQUIRE(install.findSpan("a0dc23f22c4fee3f.server"));
    CHECK(install.findSpan("a0dc23f22c4fee3f.server")->service == "platformapi");
    CHECK(install.findSpan("a0dc23f22c4fee3f.server")->instance == "10.104.90.167:8140");
    CHECK(install.findSpan("a0dc23f22c4fee3f")->service == "strongman");
    CHECK(install.findSpan("cbab506b53f336fc")->service == "bouncer");
    for (const char* half :
        { "cbab506b53f336fc.server", "cbab506b53f336fc.server2", "cbab506b53f336fc.server5" }) {
        INFO(half);
        REQUIRE(install.findSpan(half));
        CHECK(install.findSpan(half)->service == "pusher");
        CHECK(install.findSpan(half)->parentId == "cbab506b53f336fc");
    }

    // 175 spans; six share one id: a bouncer client and five pusher pieces on two hosts, which
    // merge into two servers -> 172.
    const auto oauth = importWith<ZipkinImporter>(zipkin("smartthings-oauth-authorization.json"));
    CHECK(oauth.spans.size() == 172);
    const Span* client = oauth.findSpan("c47bff7f7964b321");
    REQUIRE(client);
    CHECK(client->service == "stlogin");
    CHECK(client->status == StatusClass::ClientError);
    CHECK(client->statusCode == "401");
    CHECK(hasAttribute(*client, "error.message", "401"));
    const Span* server = oauth.findSpan("c47bff7f7964b321.server");
    REQUIRE(server);
    CHECK(server->service == "auth");
    CHECK(server->instance == "10.0.0.63:8180");
    CHECK(server->status == StatusClass::ClientError);
    CHECK(oauth.findSpan("8ce82b2e9ed820ba")->parentId.empty());
    CHECK(oauth.findSpan("8ce82b2e9ed820ba")->service == "datamgmt");
}

TEST_CASE("OpenTelemetry proto examples", "[real][otlp]")
{
    const auto trace = importWith<OtlpImporter>(otel("trace.json"));
    REQUIRE(trace.spans.size() == 1);
    const Span& s = trace.spans[0];
    CHECK(s.traceId == "5b8efff798038103d269b633813fc60c");
    CHECK(s.spanId == "eee19b7ec3c1b174");
    CHECK(s.parentId == "eee19b7ec3c1b173");
    CHECK(s.operation == "I'm a server span");
    CHECK(s.service == "my.service");
    CHECK(s.kind == SpanKind::Server);
    CHECK(s.startNs == 1544712660000000000LL);
    CHECK(s.durationNs == 1000000000LL);
    CHECK(hasAttribute(s, "my.span.attr", "some value"));

    const auto logs = importWith<OtlpImporter>(otel("logs.json"));
    REQUIRE(logs.logs.size() == 1);
    CHECK(logs.logs[0].message == "Example log record");
    CHECK(logs.logs[0].severity == "Information");
    CHECK(logs.logs[0].timeNs == 1544712660300000000LL);
    CHECK(logs.logs[0].traceId == "5b8efff798038103d269b633813fc60c");
    CHECK(logs.logs[0].spanId == "eee19b7ec3c1b174");
    CHECK(logs.logs[0].service == "my.service");

    const auto events = importWith<OtlpImporter>(otel("events.json"));
    REQUIRE(events.logs.size() == 1);
    CHECK_THAT(events.logs[0].message,
        Catch::Contains("\"url\":\"https://www.guidgenerator.com/online-guid-generator.aspx\""));
    CHECK(events.logs[0].severity == "test severity text");

    const auto metrics = importWith<OtlpImporter>(otel("metrics.json"));
    REQUIRE(metrics.metrics.size() == 6); // counter, gauge, histogram count+sum, exp. histogram count+sum
    auto find = [&](const std::string& name) -> const MetricSample* {
        for (const auto& m : metrics.metrics)
            if (m.name == name)
                return &m;
        return nullptr;
    };
    REQUIRE(find("my.counter{my.counter.attr=some value}"));
    CHECK(find("my.counter{my.counter.attr=some value}")->value == 5.0);
    CHECK(find("my.counter{my.counter.attr=some value}")->service == "my.service");
    CHECK(find("my.counter{my.counter.attr=some value}")->timeNs == 1544712660300000000LL);
    REQUIRE(find("my.gauge{my.gauge.attr=some value}"));
    CHECK(find("my.gauge{my.gauge.attr=some value}")->value == 10.0);
    REQUIRE(find("my.histogram.count{my.histogram.attr=some value}"));
    CHECK(find("my.histogram.count{my.histogram.attr=some value}")->value == 2.0);
    CHECK(find("my.histogram.sum{my.histogram.attr=some value}")->value == 2.0);
    REQUIRE(find("my.exponential.histogram.count{my.exponential.histogram.attr=some value}"));
    CHECK(find("my.exponential.histogram.count{my.exponential.histogram.attr=some value}")->value == 3.0);
    CHECK(find("my.exponential.histogram.sum{my.exponential.histogram.attr=some value}")->value == 10.0);
}
