#include "core/model/Label.h"

namespace tracemark {

std::string_view toString(TraceLabel label)
{
    switch (label) {
    case TraceLabel::Unlabeled: return "unlabeled";
    case TraceLabel::Normal: return "normal";
    case TraceLabel::Abnormal: return "abnormal";
    }
    return "unlabeled";
}

std::string_view toString(LabelSource source)
{
    switch (source) {
    case LabelSource::Human: return "human";
    case LabelSource::Propagated: return "propagated";
    case LabelSource::Model: return "model";
    }
    return "human";
}

std::optional<TraceLabel> traceLabelFromString(std::string_view text)
{
    for (auto l : {TraceLabel::Unlabeled, TraceLabel::Normal, TraceLabel::Abnormal})
        if (toString(l) == text)
            return l;
    return std::nullopt;
}

std::optional<LabelSource> labelSourceFromString(std::string_view text)
{
    for (auto s : {LabelSource::Human, LabelSource::Propagated, LabelSource::Model})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

} // namespace tracemark
