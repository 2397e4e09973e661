#include "ml/features/TextEncoder.h"

#include "core/common/Error.h"
#include "ml/gnn/TensorShape.h"

#include <fstream>
#include <iterator>
#include <sstream>

namespace tracemark::ml {
namespace {

std::string contractProblem(const std::string& origin, const std::string& problem)
{
    return "text encoder " + origin + ": " + problem +
           " (expected a TorchScript module whose forward(names: List[str]) returns a [len(names), D] "
           "float tensor)";
}

} // namespace

TextEncoder TextEncoder::load(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError("cannot read text encoder " + file.string() + ": no such file or no permission");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return fromBytes(std::move(bytes), file.string());
}

TextEncoder TextEncoder::fromBytes(std::string bytes, const std::string& origin)
{
    TextEncoder encoder;
    encoder.origin_ = origin;
    try {
        std::istringstream stream(bytes);
        encoder.module_ = torch::jit::load(stream, torch::kCPU);
    } catch (const c10::Error& error) {
        throw Error("text encoder " + origin + " is not a TorchScript file torch::jit::load can read: " +
                    std::string(error.what_without_backtrace()));
    }
    encoder.module_.eval();
    encoder.bytes_ = std::move(bytes);
    const torch::Tensor probe = encoder.run({"frontend GET /", "cartservice GetCart"});
    encoder.dimension_ = probe.size(1);
    return encoder;
}

torch::Tensor TextEncoder::run(const std::vector<std::string>& texts)
{
    c10::List<std::string> names;
    for (const std::string& text : texts)
        names.push_back(text);
    torch::IValue output;
    try {
        torch::NoGradGuard noGrad;
        output = module_.forward({names});
    } catch (const c10::Error& error) {
        throw Error(contractProblem(origin_, "forward failed: " + std::string(error.what_without_backtrace())));
    } catch (const std::exception& error) {
        throw Error(contractProblem(origin_, std::string("forward failed: ") + error.what()));
    }
    if (!output.isTensor())
        throw Error(contractProblem(origin_, "forward returned a " + output.tagKind() + ", not a tensor"));
    torch::Tensor vectors = output.toTensor();
    if (vectors.dim() != 2 || vectors.size(0) != static_cast<std::int64_t>(texts.size()) || vectors.size(1) < 1)
        throw Error(contractProblem(origin_, "forward returned a tensor of shape " +
                                                 shapeText(vectors) + " for " +
                                                 std::to_string(texts.size()) + " names"));
    if (!vectors.is_floating_point())
        throw Error(contractProblem(origin_, "forward returned a non-float tensor"));
    if (dimension_ > 0 && vectors.size(1) != dimension_)
        throw Error(contractProblem(origin_, "forward returned width " + std::to_string(vectors.size(1)) +
                                                 " after " + std::to_string(dimension_) + " before"));
    return vectors.to(torch::kCPU, torch::kFloat).contiguous();
}

torch::Tensor TextEncoder::encode(const std::vector<std::string>& texts)
{
    std::vector<std::string> missing;
    for (const std::string& text : texts)
        if (cache_.find(text) == cache_.end())
            missing.push_back(text);
    if (!missing.empty()) {
        const torch::Tensor fresh = run(missing);
        for (std::size_t i = 0; i < missing.size(); ++i)
            cache_.emplace(missing[i], fresh[static_cast<std::int64_t>(i)].clone());
    }
    std::vector<torch::Tensor> rows;
    rows.reserve(texts.size());
    for (const std::string& text : texts)
        rows.push_back(cache_.at(text));
    return torch::stack(rows);
}

} // namespace tracemark::ml
