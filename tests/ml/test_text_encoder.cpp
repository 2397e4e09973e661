// The optional TorchScript text encoder (ml/features/TextEncoder): a tiny module written by the
// test stands in for a site's BERT; training, embedding and a model round trip use it, and modules
// that break the contract are refused with a message that says what was expected.
#include "SimulatedCorpus.h"

#include "core/common/Error.h"
#include "ml/features/TextEncoder.h"
#include "ml/train/EmbeddingTrainer.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <torch/script.h>

using namespace tracemark;
using namespace tracemark::ml;
using tracemark::test::TempDir;

namespace {

// Three numbers per name: its length, whether it mentions "cart", and a constant.
constexpr const char* kTinyEncoder = R"(
def forward(self, names: List[str]) -> Tensor:
    rows: List[List[float]] = []
    for name in names:
        cart = 0.0
        if name.find("cart") >= 0:
            cart = 1.0
        rows.append([float(len(name)), cart, 1.0])
    return torch.tensor(rows)
)";

std::filesystem::path writeModule(const TempDir& dir, const std::string& name, const std::string& source)
{
    torch::jit::Module module("TinyTextEncoder");
    module.define(source);
    const auto file = dir.path() / name;
    module.save(file.string());
    return file;
}

} // namespace

TEST_CASE("a TorchScript text encoder maps names to vectors, cached per name", "[text-encoder]")
{
    TempDir dir;
    TextEncoder encoder = TextEncoder::load(writeModule(dir, "tiny.pt", kTinyEncoder));
    CHECK(encoder.dimension() == 3);
    const torch::Tensor vectors = encoder.encode({"cartservice GetCart", "frontend GET /", "cartservice GetCart"});
    REQUIRE(vectors.sizes() == torch::IntArrayRef({3, 3}));
    CHECK(vectors[0][0].item<float>() == 19.0f);
    CHECK(vectors[0][1].item<float>() == 1.0f);
    CHECK(vectors[1][0].item<float>() == 14.0f);
    CHECK(vectors[1][1].item<float>() == 0.0f);
    CHECK(torch::equal(vectors[0], vectors[2]));
}

TEST_CASE("an encoder with a text encoder trains, embeds and round-trips with the encoder inside", "[text-encoder][train]")
{
    TempDir dir;
    const auto moduleFile = writeModule(dir, "tiny.pt", kTinyEncoder);
    ml_test::SimulatedCorpus data = ml_test::simulateCorpus(300, 2, 5);
    EmbeddingTrainOptions options;
    options.epochs = 1;
    options.tripletsPerEpoch = 64;
    options.device = DeviceChoice::Cpu;
    options.textEncoder = moduleFile;
    NullProgress progress;
    TrainingReport report;
    EmbeddingModel model = trainEmbeddingModel(data.corpus, *data.extractor, options, progress, report);
    CHECK(model.usesTextEncoder());
    CHECK_THAT(model.description(), Catch::Contains("3-d text encoder"));
    const std::vector<float> rows = model.embed(data.corpus, progress);
    REQUIRE(rows.size() == 300 * 64);

    const auto saved = dir.path() / "model.pt";
    model.save(saved);
    std::filesystem::remove(moduleFile); // the model file must carry the encoder itself
    EmbeddingModel loaded = EmbeddingModel::load(saved, DeviceChoice::Cpu);
    CHECK(loaded.usesTextEncoder());
    CHECK(loaded.embed(data.corpus, progress) == rows);
}

TEST_CASE("text encoders that break the contract are refused", "[text-encoder]")
{
    TempDir dir;
    const auto notScript = dir.write("plain.pt", "not torchscript");
    REQUIRE_THROWS_WITH(TextEncoder::load(notScript),
                        Catch::Contains("plain.pt") && Catch::Contains("not a TorchScript file"));
    REQUIRE_THROWS_WITH(TextEncoder::load(dir.path() / "absent.pt"), Catch::Contains("absent.pt"));

    const auto wrongRows = writeModule(dir, "rows.pt", R"(
def forward(self, names: List[str]) -> Tensor:
    return torch.ones([1, 4])
)");
    REQUIRE_THROWS_WITH(TextEncoder::load(wrongRows), Catch::Contains("rows.pt") &&
                                                          Catch::Contains("for 2 names") &&
                                                          Catch::Contains("List[str]"));
    const auto notTensor = writeModule(dir, "text.pt", R"(
def forward(self, names: List[str]) -> str:
    return "hello"
)");
    REQUIRE_THROWS_WITH(TextEncoder::load(notTensor), Catch::Contains("not a tensor"));
    const auto wrongInput = writeModule(dir, "input.pt", R"(
def forward(self, x: Tensor) -> Tensor:
    return x
)");
    REQUIRE_THROWS_WITH(TextEncoder::load(wrongInput), Catch::Contains("input.pt") && Catch::Contains("forward failed"));
}
