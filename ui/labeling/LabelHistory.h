#pragma once
// The operator's label changes in this session, for undo and redo. Each change keeps the label the
// trace had before (which may be a propagated one, restored as such) and the one it got.
#include "core/model/Label.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tracemark {

struct LabelState {
    TraceLabel label = TraceLabel::Unlabeled;
    LabelSource source = LabelSource::Human;
    double confidence = 0.0;
    bool operator==(const LabelState& other) const
    {
        return label == other.label && (label == TraceLabel::Unlabeled
                                        || (source == other.source && confidence == other.confidence));
    }
    bool operator!=(const LabelState& other) const { return !(*this == other); }
};

struct LabelChange {
    std::int64_t traceKey = 0;
    LabelState before;
    LabelState after;
};

class LabelHistory {
public:
    // Records a change made now; anything that could be redone is forgotten.
    void record(const LabelChange& change);
    bool canUndo() const { return done_ > 0; }
    bool canRedo() const { return done_ < changes_.size(); }
    // The change to revert (apply its `before`), or nothing.
    std::optional<LabelChange> undo();
    // The change to apply again (its `after`), or nothing.
    std::optional<LabelChange> redo();
    // Forgets everything (another workspace was opened).
    void clear();
    std::size_t undoCount() const { return done_; }

private:
    std::vector<LabelChange> changes_;
    std::size_t done_ = 0; // changes_[0, done_) are applied
};

} // namespace tracemark
