// tracemark-cli embed end to end: training on a simulated workspace stores one vector per trace
// and a model another workspace can reuse; bad usage and missing models are refused; Ctrl-C keeps
// the previous embeddings and writes no model file.
#include "support/CliTestSupport.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace cli_test;
using tracemark::test::TempDir;

namespace {

fs::path simulated(const TempDir& dir, const std::string& name, int traces, int seed)
{
    const fs::path ws = dir / name;
    REQUIRE(cli("simulate --traces " + std::to_string(traces) + " --faults 2 --seed " + std::to_string(seed) +
                " --no-logs --no-metrics -o " + shellQuoted(ws)) == 0);
    return ws;
}

} // namespace

TEST_CASE("embed --train stores a vector per trace and a model another workspace can use", "[cli][embed]")
{
    TempDir dir;
    const fs::path ws = simulated(dir, "shop.tmk", 600, 4);
    CHECK(jsonInt(infoJson(ws), "embedded_traces") == 0);
    const fs::path model = dir / "encoder.pt";

    std::string out;
    REQUIRE(cli("embed -w " + shellQuoted(ws) + " --train --epochs 2 --triplets-per-epoch 200 --device cpu" +
                    " --save-model " + shellQuoted(model) + " --json",
                &out) == 0);
    CHECK(jsonInt(out, "traces") == 600);
    CHECK(jsonInt(out, "dimension") == 64);
    CHECK(jsonField(out, "device") == "cpu");
    CHECK(jsonInt(out, "epochs_requested") == 2);
    CHECK(jsonInt(out, "triplets_per_epoch") == 200);
    CHECK(jsonInt(infoJson(ws), "embedded_traces") == 600);
    CHECK(fs::exists(model));

    const fs::path other = simulated(dir, "tomorrow.tmk", 300, 5);
    REQUIRE(cli("embed -w " + shellQuoted(other) + " --model " + shellQuoted(model), &out) == 0);
    CHECK(contains(out, "embedded 300 traces (64-d)"));
    CHECK(jsonInt(infoJson(other), "embedded_traces") == 300);
}

TEST_CASE("embed refuses bad usage and names a missing model", "[cli][embed]")
{
    TempDir dir;
    const fs::path ws = simulated(dir, "shop.tmk", 50, 1);
    std::string out;
    CHECK(cli("embed -w " + shellQuoted(ws), &out) == 2);
    CHECK(contains(out, "exactly one of --train"));
    CHECK(cli("embed -w " + shellQuoted(ws) + " --model m.pt --save-model n.pt", &out) == 2);
    CHECK(cli("embed -w " + shellQuoted(ws) + " --train --epochs 0", &out) == 2);
    CHECK(cli("embed -w " + shellQuoted(ws) + " --model " + shellQuoted(dir / "absent.pt"), &out) == 1);
    CHECK(contains(out, "absent.pt"));
    CHECK(jsonInt(infoJson(ws), "embedded_traces") == 0);
}

TEST_CASE("SIGINT during embed --train keeps the previous embeddings and writes no model", "[cli][embed]")
{
    TempDir dir;
    const fs::path ws = simulated(dir, "shop.tmk", 200, 2);
    REQUIRE(cli("embed -w " + shellQuoted(ws) + " --train --epochs 1 --triplets-per-epoch 50") == 0);
    const fs::path model = dir / "never.pt";
    // A training run far longer than the test: interrupted after a second.
    const std::string out = interruptedCli(dir, "embed -w " + shellQuoted(ws) +
                                               " --train --epochs 1000 --triplets-per-epoch 100000 --save-model " +
                                               shellQuoted(model),
                                           "1.5");
    CHECK(contains(out, "cancelled; the workspace is unchanged"));
    CHECK(contains(out, "exit=130"));
    CHECK_FALSE(fs::exists(model));
    CHECK(jsonInt(infoJson(ws), "embedded_traces") == 200);
}

TEST_CASE("bench embed prints speed and the agreement of the embedding and both baselines", "[cli][embed][bench]")
{
    TempDir dir;
    const fs::path ws = simulated(dir, "shop.tmk", 400, 3);
    std::string out;
    REQUIRE(cli("bench embed -w " + shellQuoted(ws) + " --epochs 1 --triplets-per-epoch 100 --runs 2 --json", &out) ==
            0);
    CHECK(jsonInt(out, "traces") == 400);
    CHECK(std::stod(jsonField(out, "traces_per_s")) > 0);
    CHECK(std::stod(jsonField(out, "train_s_per_epoch")) > 0);
    for (const char* vector : {"gnn", "stv", "bag"}) {
        // The first "gnn" key is inside nn_agreement; all three are shares of the 400 traces.
        const double share = std::stod(jsonField(out, vector));
        CHECK(share >= 0.0);
        CHECK(share <= 1.0);
    }
    CHECK(contains(out, "\"nn_agreement_abnormal\":{"));
    CHECK(jsonInt(out, "agreement_traces") == 400);
    // Nothing was stored.
    CHECK(jsonInt(infoJson(ws), "embedded_traces") == 0);
}
