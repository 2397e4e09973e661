// tracemark-cli end to end: runs the built executable and checks exit statuses, output and
// what ends up in the workspace. Expected values are worked out by hand from the inputs the
// tests write (see the comments next to each file).
#include "support/CliTestSupport.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using namespace cli_test;
using tracemark::test::TempDir;

namespace {

// The one JSON object of a row in `stats --json`, found by its leading key/value.
std::string statsRow(const std::string& json, const std::string& leadingField)
{
    const auto at = json.find("{" + leadingField);
    INFO("row " << leadingField << " in " << json);
    REQUIRE(at != std::string::npos);
    return json.substr(at, json.find('}', at) - at + 1);
}

// Two traces, five spans, three services (one operation each):
//   trace 1: frontend "GET /" 100 ms [root] -> cart "GetCart" 40 ms, currency "Convert" 20 ms (error)
//   trace 2: frontend "GET /" 300 ms [root] -> cart "GetCart" 60 ms
// First start 1700000000 s = 2023-11-14T22:13:20Z; last end 1700000001.3 s.
const char* kJaegerTwoTraces = R"({"data":[
 {"traceID":"1f2e3d4c5b6a7981","spans":[
  {"traceID":"1f2e3d4c5b6a7981","spanID":"00000000000000a1","operationName":"GET /","references":[],
   "startTime":1700000000000000,"duration":100000,"tags":[],"logs":[],"processID":"p1"},
  {"traceID":"1f2e3d4c5b6a7981","spanID":"00000000000000a2","operationName":"GetCart",
   "references":[{"refType":"CHILD_OF","traceID":"1f2e3d4c5b6a7981","spanID":"00000000000000a1"}],
   "startTime":1700000000010000,"duration":40000,"tags":[],"logs":[],"processID":"p2"},
  {"traceID":"1f2e3d4c5b6a7981","spanID":"00000000000000a3","operationName":"Convert",
   "references":[{"refType":"CHILD_OF","traceID":"1f2e3d4c5b6a7981","spanID":"00000000000000a1"}],
   "startTime":1700000000060000,"duration":20000,"tags":[{"key":"error","type":"bool","value":true}],
   "logs":[],"processID":"p3"}],
  "processes":{"p1":{"serviceName":"frontend","tags":[]},"p2":{"serviceName":"cart","tags":[]},
               "p3":{"serviceName":"currency","tags":[]}}},
 {"traceID":"1f2e3d4c5b6a7982","spans":[
  {"traceID":"1f2e3d4c5b6a7982","spanID":"00000000000000b1","operationName":"GET /","references":[],
   "startTime":1700000001000000,"duration":300000,"tags":[],"logs":[],"processID":"p1"},
  {"traceID":"1f2e3d4c5b6a7982","spanID":"00000000000000b2","operationName":"GetCart",
   "references":[{"refType":"CHILD_OF","traceID":"1f2e3d4c5b6a7982","spanID":"00000000000000b1"}],
   "startTime":1700000001005000,"duration":60000,"tags":[],"logs":[],"processID":"p2"}],
  "processes":{"p1":{"serviceName":"frontend","tags":[]},"p2":{"serviceName":"cart","tags":[]}}}
]}
)";

// One more trace of two spans, for imports that should add to a workspace.
const char* kJaegerOneTrace = R"({"data":[
 {"traceID":"1f2e3d4c5b6a7983","spans":[
  {"traceID":"1f2e3d4c5b6a7983","spanID":"00000000000000c1","operationName":"GET /","references":[],
   "startTime":1700000002000000,"duration":50000,"tags":[],"logs":[],"processID":"p1"},
  {"traceID":"1f2e3d4c5b6a7983","spanID":"00000000000000c2","operationName":"GetCart",
   "references":[{"refType":"CHILD_OF","traceID":"1f2e3d4c5b6a7983","spanID":"00000000000000c1"}],
   "startTime":1700000002001000,"duration":10000,"tags":[],"logs":[],"processID":"p2"}],
  "processes":{"p1":{"serviceName":"frontend","tags":[]},"p2":{"serviceName":"cart","tags":[]}}}
]}
)";

const char* kCsvMapping = "--format csv --map trace_id=trace,span_id=span,parent_id=parent,service=svc,"
                          "operation=op,start=start_us,duration=dur_us --time-unit us";

// Valid: one trace of two spans.
const char* kCsvGood = "trace,span,parent,svc,op,start_us,dur_us\n"
                       "c1,s1,,web,GET /a,1700000100000000,5000\n"
                       "c1,s2,s1,db,query,1700000100001000,2000\n";

// Another valid trace.
const char* kCsvGoodOther = "trace,span,parent,svc,op,start_us,dur_us\n"
                            "c9,s1,,web,GET /a,1700000300000000,4000\n";

// Two valid spans (lines 2 and 3), then a start time that is not a number on line 4.
const char* kCsvBrokenAtLine4 = "trace,span,parent,svc,op,start_us,dur_us\n"
                                "d1,s1,,web,GET /b,1700000200000000,5000\n"
                                "d1,s2,s1,db,query,1700000200001000,2000\n"
                                "d2,s3,,web,GET /c,not-a-number,1000\n";

} // namespace

TEST_CASE("bad usage exits with status 2 and points to --help", "[cli]")
{
    std::string out;
    CHECK(cli("", &out) == 2);
    CHECK(contains(out, "missing command"));

    CHECK(cli("frobnicate", &out) == 2);
    CHECK(contains(out, "unknown command 'frobnicate'"));
    CHECK(contains(out, "tracemark-cli: error: "));
    CHECK(contains(out, "see tracemark-cli --help"));

    CHECK(cli("info -w x.tmk --frobnicate", &out) == 2);
    CHECK(contains(out, "unknown option '--frobnicate'"));
    CHECK(contains(out, "see tracemark-cli info --help"));

    CHECK(cli("info", &out) == 2);
    CHECK(contains(out, "missing required option --workspace"));
    CHECK(cli("import some.json", &out) == 2);
    CHECK(contains(out, "--workspace"));
    CHECK(cli("stats", &out) == 2);

    CHECK(cli("simulate --traces many -o x.tmk", &out) == 2);
    CHECK(contains(out, "--traces expects a whole number, got 'many'"));
    CHECK(cli("simulate --traces 10", &out) == 2);
    CHECK(contains(out, "--output"));

    CHECK(cli("import -w x.tmk --format parquet a.json", &out) == 2);
    CHECK(contains(out, "valid: auto, jaeger, zipkin, otlp, nezha, deeptralog, labelease, csv"));

    CHECK(cli("export -w x.tmk --format svg -o out.svg", &out) == 2);
    CHECK(contains(out, "unknown --format 'svg' (valid: jaeger, labels, groundtruth, rootcauses)"));

    CHECK(cli("bench frobnicate", &out) == 2);
    CHECK(cli("bench import --format nezha", &out) == 2);
    CHECK(contains(out, "--path"));
}

TEST_CASE("--help lists every command and each command has its own help", "[cli]")
{
    std::string out;
    REQUIRE(cli("--help", &out) == 0);
    for (const char* command : { "import", "simulate", "info", "stats", "export", "bench", "devices" }) {
        INFO(command);
        CHECK(contains(out, std::string("\n  ") + command + " "));
        std::string commandHelp;
        CHECK(cli(std::string(command) + " --help", &commandHelp) == 0);
        CHECK(contains(commandHelp, std::string("usage: tracemark-cli ") + command));
        CHECK(contains(commandHelp, "example"));
    }
    REQUIRE(cli("bench import --help", &out) == 0);
    CHECK(contains(out, "--spans"));
    REQUIRE(cli("help stats", &out) == 0);
    CHECK(contains(out, "--by"));

    REQUIRE(cli("--version", &out) == 0);
    CHECK(out == std::string("tracemark-cli ") + TRACEMARK_VERSION + "\n");
}

TEST_CASE("devices names the device training would use", "[cli]")
{
    std::string out;
    REQUIRE(cli("devices", &out) == 0);
    CHECK(contains(out, "LibTorch"));
    REQUIRE(cli("devices --device cpu --json", &out) == 0);
    CHECK(jsonField(out, "device") == "cpu");
    REQUIRE(cli("info --device", &out) == 0);
    CHECK(contains(out, "LibTorch"));
}

TEST_CASE("simulate creates a complete workspace and refuses to overwrite it", "[cli]")
{
    TempDir dir;
    const fs::path ws = dir / "shop.tmk";
    std::string out;
    REQUIRE(cli("simulate --traces 300 --faults 2 --seed 3 -o " + shellQuoted(ws), &out) == 0);
    CHECK(contains(out, "simulated 300 traces with 2 faults"));
    REQUIRE(fs::exists(ws));
    CHECK_FALSE(fs::exists(ws.string() + ".partial"));

    const std::string info = infoJson(ws);
    CHECK(jsonInt(info, "traces") == 300);
    CHECK(jsonInt(info, "schema_version") >= 1);
    CHECK(jsonInt(info, "services") > 5); // the Online-Boutique-like shop has about 11
    CHECK(jsonInt(info, "spans") > 300);
    CHECK(jsonInt(info, "ground_truth_traces") == 300);
    CHECK(jsonInt(info, "fault_injections") == 2);
    CHECK(jsonInt(info, "log_records") > 0);
    CHECK(jsonInt(info, "metric_samples") > 0);
    // The simulator starts at 2026-01-01T00:00:00Z by default.
    CHECK(jsonField(info, "first_start").rfind("2026-01-01T00:", 0) == 0);
    CHECK(jsonField(info, "last_end").back() == 'Z');

    std::string table;
    REQUIRE(cli("info -w " + shellQuoted(ws), &table) == 0);
    CHECK(contains(table, "traces"));
    CHECK(contains(table, "300"));

    const auto sizeBefore = fs::file_size(ws);
    CHECK(cli("simulate --traces 10 -o " + shellQuoted(ws), &out) == 1);
    CHECK(contains(out, "already exists"));
    CHECK(contains(out, "--force"));
    CHECK(fs::file_size(ws) == sizeBefore);
    CHECK(jsonInt(infoJson(ws), "traces") == 300);

    REQUIRE(cli("simulate --traces 20 --faults 1 --no-logs --no-metrics --force -o " + shellQuoted(ws), &out)
        == 0);
    const std::string replaced = infoJson(ws);
    CHECK(jsonInt(replaced, "traces") == 20);
    CHECK(jsonInt(replaced, "log_records") == 0);
    CHECK(jsonInt(replaced, "metric_samples") == 0);
    CHECK(jsonInt(replaced, "fault_injections") == 1);
}

TEST_CASE("simulate with the same seed gives the same workspace content", "[cli]")
{
    TempDir dir;
    REQUIRE(cli("simulate --traces 150 --faults 1 --seed 9 -o " + shellQuoted(dir / "a.tmk")) == 0);
    REQUIRE(cli("simulate --traces 150 --faults 1 --seed 9 -o " + shellQuoted(dir / "b.tmk")) == 0);
    std::string a, b;
    REQUIRE(cli("stats -w " + shellQuoted(dir / "a.tmk") + " --by operation --top 0 --json", &a) == 0);
    REQUIRE(cli("stats -w " + shellQuoted(dir / "b.tmk") + " --by operation --top 0 --json", &b) == 0);
    CHECK(a.substr(a.find("\"by\"")) == b.substr(b.find("\"by\"")));
}

TEST_CASE("import reads a Jaeger file and info reports what it holds", "[cli]")
{
    TempDir dir;
    const fs::path input = dir.write("two-traces.json", kJaegerTwoTraces);
    const fs::path ws = dir / "j.tmk";
    std::string out;
    REQUIRE(cli("import -w " + shellQuoted(ws) + " " + shellQuoted(input), &out) == 0);
    CHECK(contains(out, "jaeger"));
    CHECK(contains(out, "spans             5"));

    const std::string info = infoJson(ws);
    CHECK(jsonInt(info, "traces") == 2);
    CHECK(jsonInt(info, "spans") == 5);
    CHECK(jsonInt(info, "services") == 3);
    CHECK(jsonInt(info, "operations") == 3);
    CHECK(jsonInt(info, "orphan_spans") == 0);
    CHECK(jsonInt(info, "ground_truth_traces") == 0);
    CHECK(jsonField(info, "first_start") == "2023-11-14T22:13:20Z");
    CHECK(jsonField(info, "last_end") == "2023-11-14T22:13:21.300Z");

    // A second import adds to the workspace; --json prints the summary as one object.
    const fs::path more = dir.write("one-trace.json.gz", kJaegerOneTrace);
    REQUIRE(cli("import -w " + shellQuoted(ws) + " --format jaeger --json " + shellQuoted(more), &out) == 0);
    CHECK(jsonInt(out, "spans") == 2);
    CHECK(jsonInt(out, "traces") == 1);
    CHECK(jsonInt(infoJson(ws), "spans") == 7);
}

TEST_CASE("stats reports per-service durations in ms", "[cli]")
{
    TempDir dir;
    const fs::path ws = dir / "j.tmk";
    REQUIRE(
        cli("import -w " + shellQuoted(ws) + " " + shellQuoted(dir.write("t.json", kJaegerTwoTraces))) == 0);
    std::string out;
    REQUIRE(cli("stats -w " + shellQuoted(ws) + " --json", &out) == 0);
    CHECK(jsonField(out, "by") == "service");
    CHECK(jsonInt(out, "groups") == 3);

    // frontend 100 and 300 ms: mean 200, population std 100, median 200, p95 100 + 0.95 * 200.
    const std::string frontend = statsRow(out, "\"service\":\"frontend\"");
    CHECK(jsonInt(frontend, "spans") == 2);
    CHECK(jsonInt(frontend, "traces") == 2);
    CHECK(jsonField(frontend, "mean_ms") == "200.000");
    CHECK(jsonField(frontend, "std_ms") == "100.000");
    CHECK(jsonField(frontend, "median_ms") == "200.000");
    CHECK(jsonField(frontend, "p95_ms") == "290.000");
    // cart 40 and 60 ms.
    const std::string cart = statsRow(out, "\"service\":\"cart\"");
    CHECK(jsonField(cart, "mean_ms") == "50.000");
    CHECK(jsonField(cart, "std_ms") == "10.000");
    CHECK(jsonField(cart, "p95_ms") == "59.000");
    // currency: one 20 ms span, marked as an error.
    const std::string currency = statsRow(out, "\"service\":\"currency\"");
    CHECK(jsonInt(currency, "spans") == 1);
    CHECK(jsonInt(currency, "error_spans") == 1);
    CHECK(jsonField(currency, "median_ms") == "20.000");

    // Largest first, and --top cuts the list.
    REQUIRE(cli("stats -w " + shellQuoted(ws) + " --top 1 --json", &out) == 0);
    CHECK(contains(
        out, "\"rows\":[{\"service\":\"cart\"")); // cart and frontend tie at 2 spans; names break ties
    CHECK_FALSE(contains(out, "\"service\":\"currency\""));

    REQUIRE(cli("stats -w " + shellQuoted(ws) + " --by operation --json", &out) == 0);
    CHECK(jsonField(statsRow(out, "\"service\":\"cart\""), "operation") == "GetCart");

    // Call paths: frontend:GET / (2 spans) and its two children.
    REQUIRE(cli("stats -w " + shellQuoted(ws) + " --by callpath --json", &out) == 0);
    CHECK(jsonInt(out, "groups") == 3);
    CHECK(contains(out, "\"call_path\":\"frontend:GET / > cart:GetCart\""));

    REQUIRE(cli("stats -w " + shellQuoted(ws), &out) == 0);
    CHECK(contains(out, "frontend"));
    CHECK(contains(out, "200.000"));
}

TEST_CASE("an import that fails half way leaves the workspace unchanged", "[cli]")
{
    TempDir dir;
    const fs::path ws = dir / "w.tmk";
    REQUIRE(
        cli("import -w " + shellQuoted(ws) + " " + shellQuoted(dir.write("t.json", kJaegerTwoTraces))) == 0);
    REQUIRE(cli("import -w " + shellQuoted(ws) + " " + kCsvMapping + " "
                + shellQuoted(dir.write("good.csv", kCsvGood)))
        == 0);
    const std::string before = infoJson(ws);
    REQUIRE(jsonInt(before, "traces") == 3);
    REQUIRE(jsonInt(before, "spans") == 7);

    const fs::path broken = dir.write("broken.csv", kCsvBrokenAtLine4);
    std::string out;
    CHECK(cli("import -w " + shellQuoted(ws) + " " + kCsvMapping + " " + shellQuoted(broken), &out) == 1);
    CHECK(contains(out, "tracemark-cli: error: "));
    CHECK(contains(out, "broken.csv:4"));
    CHECK(contains(out, "not-a-number"));
    CHECK(infoJson(ws) == before);

    // Several paths are one import: the good file before the broken one is not kept either.
    const fs::path good = dir.write("good2.csv", kCsvGoodOther);
    CHECK(cli("import -w " + shellQuoted(ws) + " " + kCsvMapping + " " + shellQuoted(good) + " "
                  + shellQuoted(broken),
              &out)
        == 1);
    CHECK(contains(out, "broken.csv:4"));
    CHECK(infoJson(ws) == before);

    // A workspace the failed import would have created is not left behind.
    const fs::path fresh = dir / "fresh.tmk";
    CHECK(cli("import -w " + shellQuoted(fresh) + " " + kCsvMapping + " " + shellQuoted(broken), &out) == 1);
    CHECK_FALSE(fs::exists(fresh));
}

TEST_CASE("import of a missing path names it and writes nothing", "[cli]")
{
    TempDir dir;
    const fs::path ws = dir / "m.tmk";
    const fs::path missing = dir / "no-such-traces.json";
    std::string out;
    CHECK(cli("import -w " + shellQuoted(ws) + " " + shellQuoted(missing), &out) == 1);
    CHECK(contains(out, "tracemark-cli: error: "));
    CHECK(contains(out, missing.string()));
    CHECK_FALSE(fs::exists(ws));

    CHECK(cli("info -w " + shellQuoted(dir / "absent.tmk"), &out) == 1);
    CHECK(contains(out, "absent.tmk"));
}

TEST_CASE("export to Jaeger JSON and re-import gives the same traces and spans", "[cli]")
{
    TempDir dir;
    const fs::path ws = dir / "sim.tmk";
    REQUIRE(cli("simulate --traces 200 --faults 1 --seed 5 -o " + shellQuoted(ws)) == 0);
    const fs::path json = dir / "sim.json";
    std::string out;
    REQUIRE(cli("export -w " + shellQuoted(ws) + " --format jaeger -o " + shellQuoted(json), &out) == 0);
    REQUIRE(fs::exists(json));
    CHECK_FALSE(fs::exists(json.string() + ".tmp"));
    CHECK(cli("export -w " + shellQuoted(ws) + " --format jaeger -o " + shellQuoted(json), &out) == 1);
    CHECK(contains(out, "already exists"));

    const fs::path copy = dir / "copy.tmk";
    REQUIRE(cli("import -w " + shellQuoted(copy) + " --format auto " + shellQuoted(json), &out) == 0);
    const std::string original = infoJson(ws);
    const std::string reimported = infoJson(copy);
    CHECK(jsonInt(reimported, "traces") == jsonInt(original, "traces"));
    CHECK(jsonInt(reimported, "spans") == jsonInt(original, "spans"));
    // Jaeger JSON carries the services that have spans (not those seen only in logs or KPIs)
    // and times in whole microseconds.
    std::string stats;
    REQUIRE(cli("stats -w " + shellQuoted(ws) + " --json --top 0", &stats) == 0);
    CHECK(jsonInt(reimported, "services") == jsonInt(stats, "groups"));
    CHECK(jsonInt(reimported, "first_start_ns") == jsonInt(original, "first_start_ns") / 1000 * 1000);
}

TEST_CASE("bench simulate prints its figures as JSON", "[cli]")
{
    std::string out;
    REQUIRE(cli("bench simulate --traces 2000 --runs 1 --json", &out) == 0);
    CHECK(jsonField(out, "benchmark") == "simulate");
    CHECK(jsonInt(out, "traces") == 2000);
    CHECK(jsonInt(out, "spans") > 2000);
    CHECK(jsonInt(out, "runs") == 1);
    CHECK(std::stod(jsonField(out, "seconds")) > 0);
    CHECK(std::stod(jsonField(out, "traces_per_second")) > 0);
    CHECK(std::stod(jsonField(out, "spans_per_second")) > 0);
    CHECK(std::stod(jsonField(out, "mb_per_million_spans")) > 0);
}

TEST_CASE("bench import of a generated Jaeger file prints spans per second", "[cli]")
{
    std::string out;
    REQUIRE(cli("bench import --format jaeger --spans 3000 --runs 1 --json", &out) == 0);
    CHECK(jsonField(out, "format") == "jaeger");
    // The file is sized from the simulator's mean spans per trace: about 3,000 spans.
    CHECK(jsonInt(out, "spans") > 2500);
    CHECK(jsonInt(out, "spans") < 3500);
    CHECK(std::stod(jsonField(out, "spans_per_second")) > 0);
    CHECK(cli("bench import --format nezha --path /nonexistent/nezha-tt", &out) == 1);
    CHECK(contains(out, "/nonexistent/nezha-tt"));
}

TEST_CASE("SIGINT during simulate cancels it and leaves no workspace behind", "[cli]")
{
    TempDir dir;
    const fs::path ws = dir / "big.tmk";
    // Waits until the partial workspace exists (the handler is installed by then), then interrupts.
    const std::string out = interruptedCli(dir, "simulate --traces 5000000 --no-logs --no-metrics -o " + shellQuoted(ws),
                                           "0.5", ws.string() + ".partial");
    CHECK(contains(out, "cancelled; the workspace is unchanged"));
    CHECK(contains(out, "exit=130"));
    CHECK_FALSE(fs::exists(ws));
    CHECK_FALSE(fs::exists(ws.string() + ".partial"));
}

TEST_CASE("SIGINT during an import into a new workspace removes it again", "[cli]")
{
    TempDir dir;
    // 100,000 traces of three spans: long enough to be interrupted while it runs.
    std::string csv = "trace,span,parent,svc,op,start_us,dur_us\n";
    for (int t = 0; t < 100000; ++t) {
        const std::string id = "t" + std::to_string(t);
        const std::string start = std::to_string(1700000000000000LL + t * 1000LL);
        csv += id + ",a,,web,GET /," + start + ",900\n";
        csv += id + ",b,a,cart,GetCart," + start + ",300\n";
        csv += id + ",c,a,db,query," + start + ",200\n";
    }
    const fs::path input = dir.write("many.csv", csv);
    const fs::path ws = dir / "new.tmk";
    // The workspace file appears just before the import starts and the handler is installed.
    const std::string out = interruptedCli(
        dir, "import -w " + shellQuoted(ws) + " " + kCsvMapping + " " + shellQuoted(input), "0.3", ws);
    CHECK(contains(out, "cancelled; the workspace is unchanged"));
    CHECK(contains(out, "exit=130"));
    CHECK_FALSE(fs::exists(ws));
}
