#pragma once
// INTERNAL to ml/: includes <torch/torch.h>. A tensor's shape for error messages: "[2, 16]", or
// "undefined" for a tensor that holds nothing (where sizes() would throw).
#include <string>
#include <torch/torch.h>

namespace tracemark::ml {

inline std::string shapeText(const torch::Tensor& t)
{
    if (!t.defined())
        return "undefined";
    std::string s = "[";
    for (std::int64_t d = 0; d < t.dim(); ++d)
        s += (d ? ", " : "") + std::to_string(t.size(d));
    return s + "]";
}

} // namespace tracemark::ml
