// The root-cause commands end to end on a simulated workspace: periods from abnormal labels,
// rank, rootcause, groundtruth/rootcauses export, and evaluate-rca against the injected faults.
#include "core/store/Workspace.h"
#include "support/CliTestSupport.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace cli_test;
using tracemark::test::TempDir;

namespace {

// 3,000 simulated traces with 3 faults; the ground truth's abnormal traces labelled by hand
// (what an operator would have after labeling and propagation).
fs::path labelledSimulation(const TempDir& dir)
{
    const fs::path ws = dir / "shop.tmk";
    REQUIRE(cli("simulate --traces 3000 --faults 3 --seed 4 -o " + shellQuoted(ws)) == 0);
    tracemark::Workspace workspace = tracemark::Workspace::open(ws);
    std::vector<std::pair<std::int64_t, tracemark::TraceLabel>> labels;
    for (const tracemark::TraceGroundTruth& truth : workspace.groundTruth())
        labels.emplace_back(workspace.traceById(truth.traceId)->key,
            truth.abnormal ? tracemark::TraceLabel::Abnormal : tracemark::TraceLabel::Normal);
    workspace.setHumanLabels(labels, "test");
    return ws;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("periods, rank, rootcause and export work on a labelled workspace", "[cli][rca]")
{
    TempDir dir;
    const fs::path ws = labelledSimulation(dir);
    const std::string w = " -w " + shellQuoted(ws);
    std::string out;
    REQUIRE(cli("periods" + w + " --padding 5 --gap 30 --json", &out) == 0);
    const long long first = jsonInt(out, "id");
    CHECK(jsonField(out, "origin") == "labels");
    CHECK(jsonInt(out, "abnormal_traces") >= 2);
    CHECK(contains(out, "\"root_cause\":null"));

    REQUIRE(cli("rank" + w + " --period " + std::to_string(first) + " --json", &out) == 0);
    CHECK(jsonInt(out, "period") == first);
    CHECK(jsonInt(out, "abnormal") > 0);
    CHECK(jsonInt(out, "rank") == 1);
    const std::string suspect = jsonField(out, "service");
    CHECK(contains(out, "\"edges\":[{\"caller\":"));
    REQUIRE(cli("rank" + w + " --period " + std::to_string(first) + " --formula dstar --graph", &out) == 0);
    CHECK(contains(out, "dstar ranking"));
    CHECK(contains(out, "service dependency graph"));

    REQUIRE(cli("rootcause" + w + " --period " + std::to_string(first) + " --service " + suspect
                    + " --type cpu --note 'cpu at 100 %' --author ana",
                &out) == 0);
    REQUIRE(cli("rootcause" + w + " --period " + std::to_string(first) + " --service x --type gremlins", &out) != 0);
    CHECK(contains(out, "not one of"));
    REQUIRE(cli("rootcause" + w + " --period 999999 --service x --type cpu", &out) != 0);
    CHECK(contains(out, "no fault period 999999"));

    // Re-detecting keeps the judged period.
    REQUIRE(cli("periods" + w + " --padding 5 --gap 30", &out) == 0);
    CHECK(contains(out, suspect + " (cpu)"));

    const fs::path groundtruth = dir / "groundtruth.json";
    REQUIRE(cli("export" + w + " --format groundtruth -o " + shellQuoted(groundtruth), &out) == 0);
    const std::string gt = readFile(groundtruth);
    CHECK(contains(gt, "\"level\":\"service\",\"cmdb_id\":\"" + suspect + "\",\"failure_type\":\"cpu\""));
    const fs::path rich = dir / "rootcauses.json";
    REQUIRE(cli("export" + w + " --format rootcauses -o " + shellQuoted(rich), &out) == 0);
    const std::string all = readFile(rich);
    CHECK(contains(all, "\"note\":\"cpu at 100 %\",\"author\":\"ana\""));
    CHECK(contains(all, "\"root_cause\":null")); // the other periods are not judged yet
    CHECK_FALSE(fs::exists(dir / "rootcauses.json.tmp"));
}

TEST_CASE("evaluate-rca scores periods and rankings against the injected faults", "[cli][rca][evaluate]")
{
    TempDir dir;
    const fs::path ws = labelledSimulation(dir);
    std::string out;
    REQUIRE(cli("evaluate-rca -w " + shellQuoted(ws) + " --padding 5 --gap 30 --json", &out) == 0);
    CHECK(jsonInt(out, "faults") == 3);
    for (const char* key : {"hr@1", "hr@3", "hr@5", "period_precision", "period_recall"}) {
        const double value = std::stod(jsonField(out, key));
        CHECK(value >= 0.0);
        CHECK(value <= 1.0);
    }
    CHECK(std::stod(jsonField(out, "hr@1")) <= std::stod(jsonField(out, "hr@3")));
    // The ground truth is the labels, so every fault's interval holds detected abnormal traces.
    CHECK(std::stod(jsonField(out, "period_recall")) == 1.0);
    CHECK(contains(out, "\"by_type\":{"));
    CHECK(jsonField(out, "labels") == "truth");

    REQUIRE(cli("evaluate-rca -w " + shellQuoted(ws) + " --labels rule", &out) != 0);
    CHECK(contains(out, "--baseline"));
}
