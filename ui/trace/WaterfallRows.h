#pragma once
// Which spans the waterfall shows as rows, in depth-first order, given which subtrees are
// collapsed. Pure data: the view asks it for row <-> span and rebuilds it in O(spans) on a toggle.
#include "ui/trace/TraceTree.h"

#include <vector>

namespace tracemark {

class WaterfallRows {
public:
    WaterfallRows() = default;
    explicit WaterfallRows(const TraceTree* tree);

    int rowCount() const { return static_cast<int>(rows_.size()); }
    int spanAt(int row) const { return rows_[static_cast<std::size_t>(row)]; }
    const std::vector<int>& rows() const { return rows_; }
    // The row showing `span`, or -1 while an ancestor is collapsed.
    int rowOf(int span) const;

    bool hasChildren(int span) const;
    bool isCollapsed(int span) const;
    // Collapsing a leaf does nothing; returns whether the state changed.
    bool setCollapsed(int span, bool collapsed);
    bool toggle(int span) { return setCollapsed(span, !isCollapsed(span)); }
    void expandAll();
    // Collapses every span deeper than `depth` that has children (depth 0: only roots shown).
    void collapseBelowDepth(int depth);
    // Expands the ancestors of `span` so that it has a row.
    void reveal(int span);

private:
    void rebuild();

    const TraceTree* tree_ = nullptr;
    std::vector<bool> collapsed_;
    std::vector<int> rows_;
    std::vector<int> rowOfSpan_;
};

} // namespace tracemark
