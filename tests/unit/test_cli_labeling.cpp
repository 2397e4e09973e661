// The anomaly-labeling commands end to end on a small simulated workspace: select, label (one
// trace and a file), propagate, suggest, export --format labels and evaluate.
#include "support/CliTestSupport.h"

#include "core/store/Workspace.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace cli_test;
using tracemark::test::TempDir;

namespace {

fs::path simulated(const TempDir& dir, int traces)
{
    const fs::path ws = dir / "shop.tmk";
    REQUIRE(cli("simulate --traces " + std::to_string(traces) + " --faults 3 --seed 9 --no-logs --no-metrics -o " +
                shellQuoted(ws)) == 0);
    return ws;
}

// The quoted strings of a JSON array value, e.g. "representatives":["a","b"].
std::vector<std::string> jsonStrings(const std::string& json, const std::string& key)
{
    const auto at = json.find("\"" + key + "\":[");
    REQUIRE(at != std::string::npos);
    const auto end = json.find(']', at);
    std::vector<std::string> out;
    for (auto open = json.find('"', json.find('[', at)); open < end; open = json.find('"', open)) {
        const auto close = json.find('"', open + 1);
        out.push_back(json.substr(open + 1, close - open - 1));
        open = close + 1;
    }
    return out;
}

std::vector<std::string> fileLines(const fs::path& file)
{
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

} // namespace

TEST_CASE("select, label, propagate, suggest and export labels", "[cli][labeling]")
{
    TempDir dir;
    const fs::path ws = simulated(dir, 800);
    std::string out;

    // No embeddings yet: the GNN vectors are refused with the way out.
    CHECK(cli("select -w " + shellQuoted(ws) + " --k 12", &out) == 1);
    CHECK(contains(out, "tracemark-cli embed"));

    REQUIRE(cli("select -w " + shellQuoted(ws) + " --k 12 --vectors bag --json", &out) == 0);
    CHECK(jsonInt(out, "k") == 12);
    CHECK(jsonInt(out, "traces") == 800);
    const std::vector<std::string> representatives = jsonStrings(out, "representatives");
    REQUIRE(representatives.size() == 12);
    CHECK(std::set<std::string>(representatives.begin(), representatives.end()).size() == 12);

    // The first representative by hand, the other eleven from a LabelEase-style file.
    REQUIRE(cli("label -w " + shellQuoted(ws) + " --author ana --trace " + representatives[0] + " abnormal", &out) == 0);
    std::string csv = "trace_id,anomaly\n";
    for (std::size_t i = 1; i < representatives.size(); ++i)
        csv += representatives[i] + "," + (i < 3 ? "1" : "0") + "\n";
    REQUIRE(cli("label -w " + shellQuoted(ws) + " --file " + shellQuoted(dir.write("reviewed.csv", csv)), &out) == 0);
    CHECK(contains(out, "labelled 11 traces"));
    CHECK(jsonInt(infoJson(ws), "labeled_traces") == 12);

    REQUIRE(cli("propagate -w " + shellQuoted(ws) + " --json", &out) == 0);
    CHECK(jsonInt(out, "human_labels") == 12);
    CHECK(jsonInt(out, "propagated") == 788);
    CHECK(jsonInt(out, "normal") + jsonInt(out, "abnormal") == 788);
    CHECK(jsonInt(out, "abnormal") >= 1); // three representatives are abnormal
    CHECK(jsonField(out, "vectors") == "bag"); // taken from the selection

    REQUIRE(cli("suggest -w " + shellQuoted(ws) + " --n 5 --json", &out) == 0);
    const std::set<std::string> labelled(representatives.begin(), representatives.end());
    int suggested = 0;
    for (auto at = out.find("\"trace_id\":\""); at != std::string::npos; at = out.find("\"trace_id\":\"", at + 1)) {
        const auto begin = at + 12;
        CHECK(labelled.count(out.substr(begin, out.find('"', begin) - begin)) == 0);
        ++suggested;
    }
    CHECK(suggested == 5);

    const fs::path exported = dir / "labels.csv";
    REQUIRE(cli("export -w " + shellQuoted(ws) + " --format labels -o " + shellQuoted(exported), &out) == 0);
    const std::vector<std::string> lines = fileLines(exported);
    REQUIRE(lines.size() == 801);
    CHECK(lines[0] == "trace_id,anomaly,label,source,confidence,cluster,representative");
    int human = 0;
    for (const std::string& line : lines)
        if (line.find(",human,") != std::string::npos) {
            ++human;
            CHECK(labelled.count(line.substr(0, line.find(','))) == 1);
        }
    CHECK(human == 12);
}

TEST_CASE("label refuses unknown traces and bad files, changing nothing", "[cli][labeling]")
{
    TempDir dir;
    const fs::path ws = simulated(dir, 50);
    std::string out;
    CHECK(cli("label -w " + shellQuoted(ws) + " --trace no-such-trace normal", &out) == 1);
    CHECK(contains(out, "no-such-trace"));
    CHECK(cli("label -w " + shellQuoted(ws) + " --trace x maybe", &out) == 2);
    CHECK(cli("label -w " + shellQuoted(ws) + " --file " + shellQuoted(dir.write("bad.csv", "trace_id,label\nx,odd\n")),
              &out) == 1);
    CHECK(contains(out, "bad.csv:2"));
    CHECK(cli("label -w " + shellQuoted(ws) + " --file " +
                  shellQuoted(dir.write("unknown.csv", "trace_id,label\nnot-here,normal\n")),
              &out) == 1);
    CHECK(contains(out, "unknown.csv:2"));
    CHECK(contains(out, "not-here"));
    CHECK(jsonInt(infoJson(ws), "labeled_traces") == 0);
    CHECK(cli("propagate -w " + shellQuoted(ws) + " --vectors bag", &out) == 1);
    CHECK(contains(out, "no trace has a human label"));
}

TEST_CASE("evaluate runs the loop against ground truth and reports every step", "[cli][labeling][evaluate]")
{
    TempDir dir;
    const fs::path ws = simulated(dir, 800);
    std::string out;
    REQUIRE(cli("evaluate -w " + shellQuoted(ws) + " --vectors bag --k 20 --rounds 2 --per-round 5 --json", &out) == 0);
    CHECK(jsonInt(out, "human_labels") == 30); // 20 representatives + 2 rounds of 5
    CHECK(jsonInt(out, "traces") == 800);
    for (const char* key : {"precision", "recall", "f1", "seconds"}) {
        const double value = std::stod(jsonField(out, key));
        CHECK(value >= 0.0);
        CHECK(value <= (std::string(key) == "seconds" ? 60.0 : 1.0));
    }
    // Three steps: after the first propagation and after each round.
    std::size_t steps = 0;
    for (auto at = out.find("{\"human_labels\""); at != std::string::npos; at = out.find("{\"human_labels\"", at + 1))
        ++steps;
    CHECK(steps == 3);
    // Evaluating wrote nothing.
    CHECK(jsonInt(infoJson(ws), "labeled_traces") == 0);

    REQUIRE(cli("evaluate -w " + shellQuoted(ws) + " --vectors stv --sweep 10,20 --selector random --json", &out) == 0);
    CHECK(contains(out, "\"sweep\":[{\"k\":10"));
    CHECK(jsonField(out, "selector") == "random");
}

TEST_CASE("bench select times selection and propagation on synthetic vectors", "[cli][labeling][bench]")
{
    std::string out;
    REQUIRE(cli("bench select --traces 5000 --k 20 --blobs 40 --runs 2 --json", &out) == 0);
    CHECK(jsonInt(out, "traces") == 5000);
    CHECK(jsonInt(out, "k") == 20);
    CHECK(jsonInt(out, "sample_size") == 500);
    const double selection = std::stod(jsonField(out, "selection_s"));
    const double propagation = std::stod(jsonField(out, "propagation_s"));
    CHECK(selection > 0);
    CHECK(propagation > 0);
    CHECK(std::stod(jsonField(out, "total_s")) >= std::max(selection, propagation));
    CHECK(cli("bench select --traces 1", &out) == 2);
}

TEST_CASE("label --representatives-from-truth judges the representatives as the ground truth says",
          "[cli][labeling]")
{
    TempDir dir;
    const fs::path ws = simulated(dir, 800);
    std::string out;
    // Without a selection there is nothing to judge.
    CHECK(cli("label -w " + shellQuoted(ws) + " --representatives-from-truth", &out) == 1);
    CHECK(contains(out, "run `tracemark-cli select` first"));
    CHECK(cli("label -w " + shellQuoted(ws) + " --representatives-from-truth --trace x normal", &out) == 2);

    REQUIRE(cli("select -w " + shellQuoted(ws) + " --k 12 --vectors bag", &out) == 0);
    REQUIRE(cli("label -w " + shellQuoted(ws) + " --representatives-from-truth --author oracle", &out) == 0);
    CHECK(contains(out, "labelled 12 traces as oracle"));
    // Every representative's label is its truth.
    tracemark::Workspace workspace = tracemark::Workspace::open(ws);
    std::map<std::string, bool> truth;
    for (const auto& t : workspace.groundTruth())
        truth[t.traceId] = t.abnormal;
    int judged = 0;
    for (std::int64_t key : workspace.representatives()) {
        const auto trace = workspace.traceByKey(key);
        REQUIRE(trace);
        CHECK(trace->labelSource == tracemark::LabelSource::Human);
        CHECK((trace->label == tracemark::TraceLabel::Abnormal) == truth.at(trace->traceId));
        ++judged;
    }
    CHECK(judged == 12);
}
