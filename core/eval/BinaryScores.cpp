#include "core/eval/BinaryScores.h"

#include "core/common/Error.h"

#include <string>

namespace tracemark {

BinaryScores scoreLabels(const std::vector<int>& truth, const std::vector<TraceLabel>& predicted)
{
    if (truth.size() != predicted.size())
        throw UsageError("scoring labels: " + std::to_string(truth.size()) + " ground-truth values but " +
                         std::to_string(predicted.size()) + " predictions");
    BinaryScores s;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        if (truth[i] != 0 && truth[i] != 1)
            throw UsageError("scoring labels: ground truth of row " + std::to_string(i) + " is " +
                             std::to_string(truth[i]) + ", not 0 or 1");
        const bool flagged = predicted[i] == TraceLabel::Abnormal;
        if (truth[i] == 1)
            ++(flagged ? s.truePositives : s.falseNegatives);
        else
            ++(flagged ? s.falsePositives : s.trueNegatives);
    }
    const auto ratio = [](std::int64_t part, std::int64_t whole) {
        return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
    };
    s.precision = ratio(s.truePositives, s.truePositives + s.falsePositives);
    s.recall = ratio(s.truePositives, s.truePositives + s.falseNegatives);
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    return s;
}

} // namespace tracemark
