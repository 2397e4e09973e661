#include "ui/labeling/LabelHistory.h"

namespace tracemark {

void LabelHistory::record(const LabelChange& change)
{
    changes_.resize(done_);
    changes_.push_back(change);
    done_ = changes_.size();
}

std::optional<LabelChange> LabelHistory::undo()
{
    if (!canUndo())
        return std::nullopt;
    return changes_[--done_];
}

std::optional<LabelChange> LabelHistory::redo()
{
    if (!canRedo())
        return std::nullopt;
    return changes_[done_++];
}

void LabelHistory::clear()
{
    changes_.clear();
    done_ = 0;
}

} // namespace tracemark
