#pragma once
// Trace labels with provenance: who or what said a trace is normal or abnormal.
#include <optional>
#include <string_view>

namespace tracemark {

enum class TraceLabel : int { Unlabeled = 0, Normal = 1, Abnormal = 2 };
enum class LabelSource : int { Human = 0, Propagated = 1, Model = 2 };

std::string_view toString(TraceLabel label);
std::string_view toString(LabelSource source);
std::optional<TraceLabel> traceLabelFromString(std::string_view text);
std::optional<LabelSource> labelSourceFromString(std::string_view text);

} // namespace tracemark
