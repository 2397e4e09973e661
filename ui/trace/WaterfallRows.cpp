#include "ui/trace/WaterfallRows.h"

namespace tracemark {

WaterfallRows::WaterfallRows(const TraceTree* tree)
    : tree_(tree)
    , collapsed_(tree ? static_cast<std::size_t>(tree->size()) : 0, false)
{
    rebuild();
}

int WaterfallRows::rowOf(int span) const
{
    if (span < 0 || span >= static_cast<int>(rowOfSpan_.size()))
        return -1;
    return rowOfSpan_[static_cast<std::size_t>(span)];
}

bool WaterfallRows::hasChildren(int span) const
{
    return tree_ && span >= 0 && span < tree_->size() && !tree_->children(span).empty();
}

bool WaterfallRows::isCollapsed(int span) const
{
    return hasChildren(span) && collapsed_[static_cast<std::size_t>(span)];
}

bool WaterfallRows::setCollapsed(int span, bool collapsed)
{
    if (!hasChildren(span) || collapsed_[static_cast<std::size_t>(span)] == collapsed)
        return false;
    collapsed_[static_cast<std::size_t>(span)] = collapsed;
    rebuild();
    return true;
}

void WaterfallRows::expandAll()
{
    collapsed_.assign(collapsed_.size(), false);
    rebuild();
}

void WaterfallRows::collapseBelowDepth(int depth)
{
    for (std::size_t i = 0; i < collapsed_.size(); ++i)
        collapsed_[i] = tree_->depth(static_cast<int>(i)) >= depth && hasChildren(static_cast<int>(i));
    rebuild();
}

void WaterfallRows::reveal(int span)
{
    if (!tree_ || span < 0 || span >= tree_->size())
        return;
    bool changed = false;
    for (int p = tree_->parent(span); p >= 0; p = tree_->parent(p)) {
        changed = changed || collapsed_[static_cast<std::size_t>(p)];
        collapsed_[static_cast<std::size_t>(p)] = false;
    }
    if (changed)
        rebuild();
}

void WaterfallRows::rebuild()
{
    rows_.clear();
    rowOfSpan_.assign(collapsed_.size(), -1);
    if (!tree_)
        return;
    const std::vector<int>& order = tree_->preorder();
    // A collapsed span's descendants are the next subtreeSize - 1 spans of the preorder: skip them.
    for (std::size_t p = 0; p < order.size();) {
        const int span = order[p];
        rowOfSpan_[static_cast<std::size_t>(span)] = static_cast<int>(rows_.size());
        rows_.push_back(span);
        p += collapsed_[static_cast<std::size_t>(span)] ? static_cast<std::size_t>(tree_->subtreeSize(span)) : 1;
    }
}

} // namespace tracemark
