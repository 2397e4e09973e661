// EmbeddingModel::save/load: one torch archive (a zip) holding a format tag and version, the
// feature extractor's text blob, the network shape and weights, the TorchScript text encoder's
// bytes when one was used, and the training report as JSON.
#include "ml/train/EmbeddingModelImpl.h"

#include "core/common/Error.h"

#include <sstream>
#include <system_error>

namespace tracemark::ml {
namespace {

constexpr const char* kFormatTag = "tracemark-trace-encoder";
constexpr std::int64_t kFormatVersion = 1;

std::string shapeText(const EncoderShape& shape)
{
    std::ostringstream out;
    out << shape.semanticDim << ' ' << shape.timeDim << ' ' << shape.hidden << ' ' << shape.heads << ' '
        << shape.gatLayers << ' ' << shape.embeddingDim;
    return out.str();
}

EncoderShape parseShape(const std::string& text, const std::string& file)
{
    EncoderShape shape;
    std::istringstream in(text);
    in >> shape.semanticDim >> shape.timeDim >> shape.hidden >> shape.heads >> shape.gatLayers >> shape.embeddingDim;
    if (!in || shape.semanticDim < 1 || shape.timeDim < 1 || shape.hidden < 1 || shape.heads < 1 ||
        shape.gatLayers < 1 || shape.embeddingDim < 1)
        throw Error("model file " + file + ": bad network shape \"" + text + "\"");
    return shape;
}

c10::IValue readValue(torch::serialize::InputArchive& archive, const char* key, const std::string& file)
{
    c10::IValue value;
    if (!archive.try_read(key, value))
        throw Error("model file " + file + " has no \"" + key + "\" entry; it was not written by Tracemark");
    return value;
}

} // namespace

int EmbeddingModel::fileFormatVersion()
{
    return static_cast<int>(kFormatVersion);
}

void EmbeddingModel::save(const std::filesystem::path& file) const
{
    torch::serialize::OutputArchive archive;
    archive.write("tracemark.format", c10::IValue(std::string(kFormatTag)));
    archive.write("tracemark.version", c10::IValue(kFormatVersion));
    std::string features;
    impl_->extractor.serialize(features);
    archive.write("features", c10::IValue(features));
    archive.write("shape", c10::IValue(shapeText(impl_->shape)));
    archive.write("training", c10::IValue(impl_->trainingJson));
    if (impl_->text) {
        // Raw bytes as a uint8 tensor: a pickled string would have to be valid UTF-8.
        std::string bytes = impl_->text->bytes();
        archive.write("text_encoder",
                      torch::from_blob(bytes.data(), {static_cast<std::int64_t>(bytes.size())}, torch::kUInt8).clone());
        archive.write("text_encoder.origin", c10::IValue(impl_->text->origin()));
    }
    torch::serialize::OutputArchive weights;
    impl_->net->save(weights);
    archive.write("net", weights);

    std::filesystem::path temporary = file;
    temporary += ".tmp";
    try {
        archive.save_to(temporary.string());
    } catch (const c10::Error& error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw IoError("cannot write model file " + file.string() + ": " + error.what_without_backtrace());
    }
    std::error_code renameError;
    std::filesystem::rename(temporary, file, renameError);
    if (renameError)
        throw IoError("cannot write model file " + file.string() + ": " + renameError.message());
}

EmbeddingModel EmbeddingModel::load(const std::filesystem::path& file, DeviceChoice choice)
{
    const std::string name = file.string();
    if (!std::filesystem::exists(file))
        throw IoError("model file " + name + " does not exist");
    const DeviceDescription device = resolveDevice(choice);
    const torch::Device torchDevice = device.useCuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(name, torchDevice);
    } catch (const c10::Error& error) {
        throw Error("model file " + name + " is not a Tracemark model (not a torch archive: " +
                    error.what_without_backtrace() + ")");
    }
    const c10::IValue tag = readValue(archive, "tracemark.format", name);
    if (!tag.isString() || tag.toStringRef() != kFormatTag)
        throw Error("model file " + name + " is not a Tracemark trace encoder");
    const c10::IValue version = readValue(archive, "tracemark.version", name);
    if (!version.isInt() || version.toInt() != kFormatVersion)
        throw Error("model file " + name + " has format version " +
                    (version.isInt() ? std::to_string(version.toInt()) : std::string("?")) + "; this build reads " +
                    std::to_string(kFormatVersion) + " — retrain with `tracemark-cli embed --train`");

    TraceFeatureExtractor extractor = [&] {
        try {
            return TraceFeatureExtractor::deserialize(readValue(archive, "features", name).toStringRef());
        } catch (const Error& error) {
            throw Error("model file " + name + ": " + error.what());
        }
    }();
    const EncoderShape shape = parseShape(readValue(archive, "shape", name).toStringRef(), name);
    std::optional<TextEncoder> text;
    c10::IValue textBytes;
    if (archive.try_read("text_encoder", textBytes)) {
        const torch::Tensor bytes = textBytes.toTensor().to(torch::kCPU).contiguous();
        c10::IValue origin;
        archive.try_read("text_encoder.origin", origin);
        text = TextEncoder::fromBytes(
            std::string(reinterpret_cast<const char*>(bytes.data_ptr<std::uint8_t>()), static_cast<std::size_t>(bytes.numel())),
            origin.isString() ? origin.toStringRef() + " (stored in " + name + ")" : name);
    }

    auto impl = std::make_unique<Impl>(std::move(extractor), shape, std::move(text), torchDevice);
    try {
        torch::serialize::InputArchive weights;
        archive.read("net", weights);
        impl->net->load(weights);
    } catch (const c10::Error& error) {
        throw Error("model file " + name + ": the network weights do not match its shape: " +
                    error.what_without_backtrace());
    }
    impl->net->to(torchDevice);
    c10::IValue training;
    if (archive.try_read("training", training) && training.isString())
        impl->trainingJson = training.toStringRef();
    return EmbeddingModel(std::move(impl));
}

} // namespace tracemark::ml
