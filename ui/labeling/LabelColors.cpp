#include "ui/labeling/LabelColors.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tracemark {

namespace {

const QColor kNormal(0x1b, 0x7f, 0x3b);
const QColor kAbnormal(0xc6, 0x28, 0x28);

QColor blend(const QColor& colour, const QColor& towards, double share)
{
    auto mix = [share](int a, int b) { return static_cast<int>(a + (b - a) * share); };
    return QColor(mix(colour.red(), towards.red()), mix(colour.green(), towards.green()),
                  mix(colour.blue(), towards.blue()));
}

} // namespace

QColor labelTextColor(const LabelState& label, const QColor& unlabeled)
{
    if (label.label == TraceLabel::Unlabeled)
        return unlabeled;
    const QColor base = label.label == TraceLabel::Normal ? kNormal : kAbnormal;
    if (label.source == LabelSource::Human)
        return base;
    return blend(base, Qt::white, 0.35); // lighter: not a human judgement
}

QColor labelBackground(const LabelState& label)
{
    if (label.label == TraceLabel::Unlabeled || label.source == LabelSource::Human)
        return {};
    const QColor base = label.label == TraceLabel::Normal ? kNormal : kAbnormal;
    // From 94 % white (confidence 0) to 80 % white (confidence 1).
    const double confidence = std::clamp(label.confidence, 0.0, 1.0);
    return blend(base, Qt::white, 0.94 - 0.14 * confidence);
}

QString labelDisplayText(const LabelState& label)
{
    const char* context = "LabelColors";
    if (label.label == TraceLabel::Unlabeled)
        return QCoreApplication::translate(context, "unlabeled");
    const QString name = label.label == TraceLabel::Normal ? QCoreApplication::translate(context, "normal")
                                                           : QCoreApplication::translate(context, "abnormal");
    switch (label.source) {
    case LabelSource::Human:
        return name;
    case LabelSource::Propagated:
        return QCoreApplication::translate(context, "%1 (propagated, %2)")
            .arg(name, QLocale().toString(label.confidence, 'f', 2));
    case LabelSource::Model:
        return QCoreApplication::translate(context, "%1 (model)").arg(name);
    }
    return name;
}

} // namespace tracemark
