// Jaeger JSON export: the writer on in-memory traces, the workspace export, and the round trip
// export -> JaegerImporter giving the same spans.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/io/JaegerExporter.h"
#include "core/io/JaegerImporter.h"
#include "core/store/Workspace.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace tracemark;
using tracemark::test::CollectingSink;
using tracemark::test::TempDir;

namespace {

Span makeSpan(const std::string& trace, const std::string& id, const std::string& parent,
    const std::string& service, const std::string& operation, std::int64_t startNs, std::int64_t durationNs)
{
    Span s;
    s.traceId = trace;
    s.spanId = id;
    s.parentId = parent;
    s.service = service;
    s.operation = operation;
    s.startNs = startNs;
    s.durationNs = durationNs;
    return s;
}

// One trace exercising every status path, kinds, instances and awkward text.
std::vector<Span> sampleTrace()
{
    std::vector<Span> t;
    t.push_back(makeSpan(
        "00000000000000aa", "01", "", "frontend", "GET /\"quoted\"", 1600000000000000000LL, 9000000));
    t.back().kind = SpanKind::Server;
    t.back().instance = "web-1";
    t.back().status = StatusClass::ServerError;
    t.back().statusCode = "503";
    t.back().attributes = { { "http.url", "http://x/a\\b\n\tc" }, { "note", "caf\xC3\xA9 \xE2\x9C\x93" },
        { "bin", "\x01\x1F" } };
    t.push_back(makeSpan("00000000000000aa", "02", "01", "cart", "GetCart", 1600000000001000000LL, 2000000));
    t.back().kind = SpanKind::Client;
    t.back().status = StatusClass::ClientError;
    t.back().statusCode = "404";
    t.push_back(makeSpan("00000000000000aa", "03", "02", "cart", "rpc", 1600000000001500000LL, 100000));
    t.back().status = StatusClass::ServerError;
    t.back().statusCode = "14"; // gRPC UNAVAILABLE
    t.push_back(makeSpan("00000000000000aa", "04", "02", "cart", "flag", 1600000000001600000LL, 100000));
    t.back().status = StatusClass::Error;
    t.back().statusCode = "true";
    t.push_back(makeSpan("00000000000000aa", "05", "02", "cart", "otel", 1600000000001700000LL, 100000));
    t.back().status = StatusClass::Error;
    t.back().statusCode = "STATUS_CODE_ERROR";
    t.push_back(makeSpan("00000000000000aa", "06", "01", "db", "q", 1600000000002000000LL, 100000));
    t.back().status = StatusClass::ClientError; // no code: only tracemark.status_class can carry it
    t.back().instance = "db-0";
    t.push_back(makeSpan("00000000000000aa", "07", "01", "db", "ok", 1600000000002500000LL, 100000));
    t.back().statusCode = "200";
    t.back().kind = SpanKind::Producer;
    // A start that is not a whole microsecond is truncated to one, as Jaeger does.
    t.push_back(makeSpan("00000000000000aa", "08", "01", "db", "odd", 1600000000003000999LL, 1999));
    t.back().status = StatusClass::Error; // a 200 with an error flag
    t.back().statusCode = "200";
    return t;
}

CollectingSink reimport(const TempDir& dir, const std::string& json)
{
    CollectingSink sink;
    NullProgress progress;
    JaegerImporter().import(dir.write("export.json", json), sink, progress);
    return sink;
}

bool hasAttribute(const Span& s, const std::string& key, const std::string& value)
{
    for (const auto& a : s.attributes)
        if (a.key == key && a.value == value)
            return true;
    return false;
}

bool hasKey(const Span& s, const std::string& key)
{
    for (const auto& a : s.attributes)
        if (a.key == key)
            return true;
    return false;
}

std::string readFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("Jaeger writer output is Jaeger query JSON", "[jaeger-export]")
{
    std::ostringstream out;
    JaegerJsonWriter writer(out);
    writer.writeTrace(sampleTrace());
    writer.finish();
    const std::string json = out.str();
    CHECK(json.rfind("{\"data\":[{\"traceID\":\"00000000000000aa\",\"spans\":[", 0) == 0);
    CHECK_THAT(json, Catch::EndsWith("],\"total\":1,\"limit\":0,\"offset\":0,\"errors\":null}\n"));
    CHECK_THAT(json,
        Catch::Contains(
            R"("processes":{"p1":{"serviceName":"frontend","tags":[{"key":"hostname","type":"string","value":"web-1"}]},"p2":{"serviceName":"cart","tags":[]})"));
    CHECK_THAT(json, Catch::Contains(R"("operationName":"GET /\"quoted\"")"));
    CHECK_THAT(json, Catch::Contains(R"("value":"http://x/a\\b\n\tc")"));
    CHECK_THAT(json, Catch::Contains(R"("value":"\u0001\u001f")"));
    CHECK_THAT(json,
        Catch::Contains(
            R"({"key":"http.status_code","type":"int64","value":503},{"key":"error","type":"bool","value":true})"));
    CHECK_THAT(json, Catch::Contains(R"({"key":"rpc.grpc.status_code","type":"int64","value":14})"));
    CHECK_THAT(
        json, Catch::Contains(R"({"key":"tracemark.status_class","type":"string","value":"client_error"})"));
    CHECK_THAT(json,
        Catch::Contains(
            R"("references":[{"refType":"CHILD_OF","traceID":"00000000000000aa","spanID":"01"}])"));
    CHECK_THAT(json, Catch::Contains(R"("startTime":1600000000003000,"duration":1,)"));
}

TEST_CASE("Jaeger export round trip gives the same spans", "[jaeger-export]")
{
    TempDir dir;
    const auto original = sampleTrace();
    std::ostringstream out;
    JaegerJsonWriter writer(out);
    writer.writeTrace(original);
    writer.finish();
    const auto sink = reimport(dir, out.str());
    REQUIRE(sink.spans.size() == original.size());
    CHECK(sink.endedTraces == std::vector<std::string> { "00000000000000aa" });
    for (const auto& o : original) {
        INFO("span " << o.spanId);
        const Span* r = sink.findSpan(o.spanId);
        REQUIRE(r);
        CHECK(r->traceId == o.traceId);
        CHECK(r->parentId == o.parentId);
        CHECK(r->service == o.service);
        CHECK(r->instance == o.instance);
        CHECK(r->operation == o.operation);
        CHECK(r->kind == o.kind);
        CHECK(r->status == o.status);
        CHECK(r->startNs == o.startNs / 1000 * 1000);
        CHECK(r->durationNs == o.durationNs / 1000 * 1000);
        for (const auto& a : o.attributes)
            CHECK(hasAttribute(*r, a.key, a.value));
    }
    CHECK(sink.findSpan("01")->statusCode == "503");
    CHECK(sink.findSpan("03")->statusCode == "14");
    CHECK(sink.findSpan("08")->startNs == 1600000000003000000LL);
    CHECK(sink.findSpan("08")->durationNs == 1000);
}

TEST_CASE("Jaeger export: labels on root spans, logs as span logs", "[jaeger-export]")
{
    TempDir dir;
    std::vector<Span> trace = { makeSpan("t1", "r", "", "a", "root", 1000000, 5000000),
        makeSpan("t1", "c", "r", "b", "child", 2000000, 1000000) };
    LogRecord log;
    log.timeNs = 2500000;
    log.traceId = "t1";
    log.spanId = "c";
    log.service = "b";
    log.severity = "ERROR";
    log.message = "disk \"full\"";
    std::ostringstream out;
    JaegerJsonWriter writer(out);
    writer.writeTrace(
        trace, { log }, JaegerTraceLabel { TraceLabel::Abnormal, LabelSource::Propagated, 0.75 });
    writer.writeTrace({ makeSpan("t2", "x", "", "a", "root", 9000000, 1000) }, {},
        JaegerTraceLabel { TraceLabel::Unlabeled, LabelSource::Human, 0.0 });
    writer.finish();
    CHECK(writer.tracesWritten() == 2);
    CHECK_THAT(out.str(), Catch::Contains("\"total\":2"));
    const auto sink = reimport(dir, out.str());
    REQUIRE(sink.spans.size() == 3);
    const Span* root = sink.findSpan("r");
    CHECK(hasAttribute(*root, "tracemark.label", "abnormal"));
    CHECK(hasAttribute(*root, "tracemark.label_source", "propagated"));
    CHECK(hasAttribute(*root, "tracemark.label_confidence", "0.75"));
    CHECK_FALSE(hasKey(*sink.findSpan("c"), "tracemark.label"));
    CHECK_FALSE(hasKey(*sink.findSpan("x"), "tracemark.label"));
    REQUIRE(sink.logs.size() == 1);
    CHECK(sink.logs[0].spanId == "c");
    CHECK(sink.logs[0].timeNs == 2500000);
    CHECK(sink.logs[0].message == "disk \"full\"");
    CHECK(sink.logs[0].severity == "ERROR");
    CHECK(sink.logs[0].service == "b");

    std::ostringstream withoutLabels;
    JaegerJsonWriter plain(withoutLabels, JaegerExportOptions { false, false });
    plain.writeTrace(trace, { log }, JaegerTraceLabel { TraceLabel::Abnormal, LabelSource::Human, 1.0 });
    plain.finish();
    CHECK_THAT(withoutLabels.str(), !Catch::Contains("tracemark.label"));
    CHECK_THAT(withoutLabels.str(), Catch::Contains("\"logs\":[]"));
}

TEST_CASE("Jaeger export of a workspace round-trips through the importer", "[jaeger-export]")
{
    TempDir dir;
    const auto wsPath = dir / "w.tmk";
    const auto original = sampleTrace();
    {
        Workspace ws = Workspace::create(wsPath);
        NullProgress progress;
        ws.import(
            "test",
            [&](ImportSink& sink, Progress&) {
                for (auto s : original)
                    sink.addSpan(std::move(s));
                sink.addSpan(
                    makeSpan("00000000000000bb", "91", "", "solo", "alone", 1700000000000000000LL, 4000));
                sink.endTrace("00000000000000aa");
                sink.endTrace("00000000000000bb");
            },
            progress);
        const auto summary = ws.traceById("00000000000000aa");
        REQUIRE(summary);
        ws.setLabel(summary->key, TraceLabel::Normal, LabelSource::Human, 1.0, "tester");

        NullProgress exporting;
        exportJaegerJson(ws, dir / "out.json", exporting);
    }
    CHECK_FALSE(std::filesystem::exists(dir / "out.json.tmp"));
    const std::string json = readFile(dir / "out.json");
    CHECK_THAT(json, Catch::Contains("\"total\":2"));
    const auto sink = reimport(dir, json);
    REQUIRE(sink.spans.size() == original.size() + 1);
    CHECK(sink.endedTraces
        == std::vector<std::string> { "00000000000000aa", "00000000000000bb" }); // start order
    for (const auto& o : original) {
        INFO("span " << o.spanId);
        const Span* r = sink.findSpan(o.spanId);
        REQUIRE(r);
        CHECK(r->parentId == o.parentId);
        CHECK(r->service == o.service);
        CHECK(r->instance == o.instance);
        CHECK(r->operation == o.operation);
        CHECK(r->status == o.status);
        CHECK(r->kind == o.kind);
        CHECK(r->startNs == o.startNs / 1000 * 1000);
        CHECK(r->durationNs == o.durationNs / 1000 * 1000);
    }
    CHECK(hasAttribute(*sink.findSpan("01"), "tracemark.label", "normal"));
    CHECK(hasAttribute(*sink.findSpan("01"), "tracemark.label_source", "human"));
    CHECK_FALSE(hasKey(*sink.findSpan("91"), "tracemark.label"));
}

TEST_CASE("A cancelled Jaeger export leaves no file behind", "[jaeger-export]")
{
    TempDir dir;
    Workspace ws = Workspace::create(dir / "w.tmk");
    NullProgress progress;
    ws.import(
        "test",
        [&](ImportSink& sink, Progress&) {
            for (auto s : sampleTrace())
                sink.addSpan(std::move(s));
        },
        progress);
    NullProgress cancelled;
    cancelled.cancel();
    CHECK_THROWS_AS(exportJaegerJson(ws, dir / "out.json", cancelled), Cancelled);
    CHECK_FALSE(std::filesystem::exists(dir / "out.json"));
    CHECK_FALSE(std::filesystem::exists(dir / "out.json.tmp"));

    // A folder that does not exist: IoError, nothing written.
    NullProgress ok;
    CHECK_THROWS_AS(exportJaegerJson(ws, dir / "missing" / "out.json", ok), IoError);
}
