#pragma once
// INTERNAL to ml/: includes <torch/script.h>. Only ml/*.cpp and tests/ml may include this header.
//
// An optional, site-provided TorchScript text encoder (e.g. a BERT exported with torch.jit.script)
// that turns span names into fixed vectors instead of the learned subword embeddings.
// Contract of the module: `forward(self, names: List[str]) -> Tensor` returning [len(names), D]
// float, one row per name, D the same for every call. The text of a span is
// "<service> <operation>". Vectors are cached per text: an encoder is run once per distinct name.
#include <cstdint>
#include <filesystem>
#include <string>
#include <torch/script.h>
#include <unordered_map>
#include <vector>

namespace tracemark::ml {

class TextEncoder {
public:
    // Throws Error naming the file when it cannot be read, is not TorchScript, or does not honour
    // the contract above (checked by encoding two probe names).
    static TextEncoder load(const std::filesystem::path& file);
    // The same from the bytes of a TorchScript file (as stored inside a saved model).
    static TextEncoder fromBytes(std::string bytes, const std::string& origin);

    std::int64_t dimension() const { return dimension_; }
    const std::string& origin() const { return origin_; }
    const std::string& bytes() const { return bytes_; }

    // [texts.size(), dimension()] float on the CPU, computed for texts not seen before.
    torch::Tensor encode(const std::vector<std::string>& texts);

private:
    TextEncoder() = default;
    torch::Tensor run(const std::vector<std::string>& texts);

    torch::jit::Module module_;
    std::string bytes_;
    std::string origin_;
    std::int64_t dimension_ = 0;
    std::unordered_map<std::string, torch::Tensor> cache_;
};

} // namespace tracemark::ml
