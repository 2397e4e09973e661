#pragma once
// INTERNAL to ml/. LibTorch 1.13 prints "scatter_reduce() is in beta and the API may change" to
// stderr the first time the GAT softmax or the max readout runs; operators would read it as a
// fault. This installs (once) a warning handler that drops exactly those "is in beta" notices
// and passes every other warning to the handler that was there before.
namespace tracemark::ml {

void quietBetaWarnings();

} // namespace tracemark::ml
