// Training the trace encoder end to end on simulated traces (ml/train): the loss falls, traces of
// the same structure end up closer than traces of different structures, runs are reproducible,
// models survive a save/load, and cancelling stops training.
#include "SimulatedCorpus.h"

#include "core/common/Error.h"
#include "ml/train/EmbeddingTrainer.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <torch/torch.h>

using namespace tracemark;
using namespace tracemark::ml;
using tracemark::test::TempDir;

namespace {

const ml_test::SimulatedCorpus& sharedCorpus()
{
    static const ml_test::SimulatedCorpus corpus = ml_test::simulateCorpus(1200, 4, 7);
    return corpus;
}

EmbeddingTrainOptions quickOptions()
{
    EmbeddingTrainOptions options;
    options.epochs = 4;
    options.learningRate = 1e-3; // the default 1e-4 needs more steps than a unit test should take
    options.tripletsPerEpoch = 800;
    options.device = DeviceChoice::Cpu;
    return options;
}

double cosineDistance(const std::vector<float>& rows, int dim, std::size_t i, std::size_t j)
{
    double dot = 0, ni = 0, nj = 0;
    for (int d = 0; d < dim; ++d) {
        const double x = rows[i * static_cast<std::size_t>(dim) + static_cast<std::size_t>(d)];
        const double y = rows[j * static_cast<std::size_t>(dim) + static_cast<std::size_t>(d)];
        dot += x * y;
        ni += x * x;
        nj += y * y;
    }
    return 1.0 - dot / std::sqrt(ni * nj);
}

} // namespace

TEST_CASE("training lowers the loss and brings same-path traces closer than different-path ones", "[train]")
{
    ml_test::SimulatedCorpus data = sharedCorpus();
    NullProgress progress;
    TrainingReport report;
    EmbeddingModel model = trainEmbeddingModel(data.corpus, *data.extractor, quickOptions(), progress, report);

    REQUIRE(report.epochs.size() >= 2);
    CHECK(report.traces == 1200);
    CHECK(report.validationTriplets == 120); // 10 % of the traces are held-out anchors
    CHECK(report.epochs.back().validationLoss < 0.5 * report.initialValidationLoss);
    CHECK(report.epochs.back().trainLoss < report.epochs.front().trainLoss);

    const std::vector<float> rows = model.embed(data.corpus, progress);
    REQUIRE(rows.size() == 1200 * 64);
    // Mean distance over the first 400 traces' pairs, split by whether they share the path ID.
    double same = 0, different = 0;
    int sameCount = 0, differentCount = 0;
    for (std::size_t i = 0; i < 400; ++i)
        for (std::size_t j = i + 1; j < 400; ++j) {
            const double d = cosineDistance(rows, 64, i, j);
            if (data.corpus.traces[i].pathId == data.corpus.traces[j].pathId) {
                same += d;
                ++sameCount;
            } else {
                different += d;
                ++differentCount;
            }
        }
    REQUIRE(sameCount > 100);
    REQUIRE(differentCount > 100);
    CHECK(same / sameCount < 0.25 * (different / differentCount));
}

TEST_CASE("the same seed trains the same model; a saved model embeds identically after loading", "[train][model]")
{
    ml_test::SimulatedCorpus data = sharedCorpus();
    EmbeddingTrainOptions options = quickOptions();
    options.epochs = 1;
    options.tripletsPerEpoch = 100;
    NullProgress progress;
    TrainingReport report;
    EmbeddingModel first = trainEmbeddingModel(data.corpus, *data.extractor, options, progress, report);
    EmbeddingModel second = trainEmbeddingModel(data.corpus, *data.extractor, options, progress, report);
    const std::vector<float> rows = first.embed(data.corpus, progress);
    CHECK(rows == second.embed(data.corpus, progress));
    options.seed = 2;
    EmbeddingModel other = trainEmbeddingModel(data.corpus, *data.extractor, options, progress, report);
    CHECK(rows != other.embed(data.corpus, progress));

    TempDir dir;
    const auto file = dir.path() / "encoder.pt";
    first.save(file);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "encoder.pt.tmp"));
    EmbeddingModel loaded = EmbeddingModel::load(file, DeviceChoice::Cpu);
    CHECK(loaded.embed(data.corpus, progress) == rows);
    CHECK(loaded.description() == first.description());
    CHECK(loaded.features().vocabulary().pieces() == first.features().vocabulary().pieces());
    CHECK_THAT(loaded.trainingJson(), Catch::Contains("\"epochs_requested\":1"));
}

TEST_CASE("a file that is not a model of this version gives a clear error", "[model]")
{
    TempDir dir;
    REQUIRE_THROWS_WITH(EmbeddingModel::load(dir.path() / "none.pt"), Catch::Contains("none.pt") &&
                                                                          Catch::Contains("does not exist"));
    const auto garbage = dir.write("garbage.pt", "this is not a zip archive");
    REQUIRE_THROWS_WITH(EmbeddingModel::load(garbage), Catch::Contains("garbage.pt") &&
                                                           Catch::Contains("not a Tracemark model"));

    const auto foreign = dir.path() / "foreign.pt";
    {
        torch::serialize::OutputArchive archive;
        archive.write("weights", torch::ones({3}));
        archive.save_to(foreign.string());
    }
    REQUIRE_THROWS_WITH(EmbeddingModel::load(foreign), Catch::Contains("foreign.pt") &&
                                                           Catch::Contains("not written by Tracemark"));

    const auto future = dir.path() / "future.pt";
    {
        torch::serialize::OutputArchive archive;
        archive.write("tracemark.format", c10::IValue(std::string("tracemark-trace-encoder")));
        archive.write("tracemark.version", c10::IValue(static_cast<std::int64_t>(99)));
        archive.save_to(future.string());
    }
    REQUIRE_THROWS_WITH(EmbeddingModel::load(future),
                        Catch::Contains("future.pt") && Catch::Contains("format version 99; this build reads 1"));
}

TEST_CASE("cancelling stops training with Cancelled", "[train]")
{
    ml_test::SimulatedCorpus data = sharedCorpus();
    EmbeddingTrainOptions options = quickOptions();
    NullProgress progress;
    TrainingReport report;
    int epochsSeen = 0;
    options.onEpoch = [&](const EpochReport&) {
        ++epochsSeen;
        progress.cancel();
    };
    REQUIRE_THROWS_AS(trainEmbeddingModel(data.corpus, *data.extractor, options, progress, report), Cancelled);
    CHECK(epochsSeen == 1);
}

TEST_CASE("bad training options are UsageErrors", "[train]")
{
    ml_test::SimulatedCorpus data = sharedCorpus();
    NullProgress progress;
    TrainingReport report;
    EmbeddingTrainOptions options = quickOptions();
    options.epochs = 0;
    REQUIRE_THROWS_AS(trainEmbeddingModel(data.corpus, *data.extractor, options, progress, report), UsageError);
    options = quickOptions();
    options.learningRate = 0;
    REQUIRE_THROWS_AS(trainEmbeddingModel(data.corpus, *data.extractor, options, progress, report), UsageError);
    EmbeddingCorpus empty;
    REQUIRE_THROWS_AS(trainEmbeddingModel(empty, *data.extractor, quickOptions(), progress, report), UsageError);
}
