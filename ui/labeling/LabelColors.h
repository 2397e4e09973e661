#pragma once
// The label colours used wherever a trace's label is shown (queue rows, trace table, counts):
// black unlabeled, green normal, red abnormal, and a lighter tint of the same colour for labels
// that propagation gave, paler the lower their confidence.
#include "ui/labeling/LabelHistory.h"

#include <QColor>
#include <QString>

namespace tracemark {

QColor labelTextColor(const LabelState& label, const QColor& unlabeled);
// A light background for propagated labels; invalid (no background) otherwise.
QColor labelBackground(const LabelState& label);
// "normal", "abnormal (propagated, 0.82)", "unlabeled" — translated.
QString labelDisplayText(const LabelState& label);

} // namespace tracemark
