#pragma once
// Precision, recall and F1 of trace labels against ground truth, abnormal being the positive
// class (as in the LabelEase paper). A trace left unlabelled counts as "not flagged", i.e. as a
// normal prediction: a labelling that leaves abnormal traces unlabelled loses recall for it.
#include "core/model/Label.h"

#include <cstdint>
#include <vector>

namespace tracemark {

struct BinaryScores {
    std::int64_t truePositives = 0;  // abnormal, labelled abnormal
    std::int64_t falsePositives = 0; // normal, labelled abnormal
    std::int64_t falseNegatives = 0; // abnormal, labelled normal or unlabelled
    std::int64_t trueNegatives = 0;  // normal, labelled normal or unlabelled
    // 0 when the denominator is 0 (nothing flagged / nothing abnormal), as scikit-learn reports.
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

// truth[i]: 1 abnormal, 0 normal. UsageError when the sizes differ or a truth value is not 0/1.
BinaryScores scoreLabels(const std::vector<int>& truth, const std::vector<TraceLabel>& predicted);

} // namespace tracemark
