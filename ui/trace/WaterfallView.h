#pragma once
// The waterfall timeline: one row per visible span in depth-first order, a label column
// (indented by depth, with a triangle to collapse a subtree) and a bar per span placed by its
// offset and sized by its duration, the critical path drawn as a dark line inside the bars, and
// a time ruler on top. It paints only the rows in view, so thousands of spans scroll smoothly.
#include "ui/trace/TimeAxis.h"
#include "ui/trace/TraceTree.h"
#include "ui/trace/WaterfallRows.h"

#include <QAbstractScrollArea>

#include <memory>
#include <vector>

namespace tracemark {

class WaterfallView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit WaterfallView(QWidget* parent = nullptr);

    // The tree must stay alive while shown (the shared pointer keeps it); nullptr clears.
    void setTree(std::shared_ptr<const TraceTree> tree);
    const TraceTree* tree() const { return tree_.get(); }
    const WaterfallRows& rows() const { return rows_; }

    int selectedSpan() const { return selected_; }
    // Reveals the span (expanding its ancestors) and scrolls to it; -1 clears. No signal.
    void setSelectedSpan(int span);
    void setCollapsed(int span, bool collapsed);
    void expandAll();
    // Collapses every subtree below `depth` (1: only the roots' children stay visible).
    void collapseBelowDepth(int depth);
    // Spans drawn with a tinted row (the compare view marks call paths the other trace lacks).
    void setMarkedSpans(std::vector<bool> marked);

    static constexpr int kRowHeight = 22;
    static constexpr int kHeaderHeight = 24;
    int labelColumnWidth() const { return labelWidth_; }
    // In viewport coordinates; for tests and the minimap.
    QRect rowRect(int row) const;
    QRect toggleRect(int row) const;
    int firstVisibleRow() const;
    int visibleRowCount() const;
    void scrollToRow(int row); // puts `row` in view, centred when it was out of view
    TimeAxis timeAxis() const;

Q_SIGNALS:
    void spanSelected(int span); // by a click or a key
    void rowsChanged();          // collapse state or tree changed
    void scrolled();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    friend class WaterfallHeader;
    void paintHeader(QPainter& painter, const QRect& rect) const;
    void paintRow(QPainter& painter, int row, const QRect& rect, const TimeAxis& axis,
                  const std::vector<double>& ticks) const;
    int rowAt(int y) const;
    int indentOf(int span) const;
    void updateScrollBars();
    void selectAndNotify(int span);
    QString toolTipFor(int span) const;

    std::shared_ptr<const TraceTree> tree_;
    WaterfallRows rows_;
    std::vector<bool> marked_;
    int selected_ = -1;
    int labelWidth_ = 300;
    bool draggingDivider_ = false;
    bool labelWidthChosen_ = false;
    QWidget* header_;
};

} // namespace tracemark
