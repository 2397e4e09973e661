#pragma once
// The trace topology: one box per span (or per group of repeated sibling spans, see
// TopologyGraph.h) and parent->child edges, laid out by Graphviz dot on the GraphLayoutWorker
// thread while the view says "Laying out…". Ctrl+wheel or +/- zoom, dragging pans, F fits, a
// click selects the node's span.
#include "ui/jobs/JobTracker.h"
#include "ui/trace/LoadedTrace.h"
#include "ui/trace/TopologyNodeItem.h"

#include <QGraphicsView>

#include <vector>

class QLabel;

namespace tracemark {

struct GraphLayoutResult;

class TopologyView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TopologyView(QWidget* parent = nullptr);

    void setTrace(LoadedTracePtr trace); // nullptr clears
    bool isLayingOut() const { return layingOut_; }
    bool isLaidOut() const { return !items_.empty(); }
    QString layoutError() const { return error_; }
    int nodeCount() const { return static_cast<int>(items_.size()); }
    // Scene items by node index (empty until laid out); for tests and the screenshot check.
    const std::vector<TopologyNodeItem*>& nodeItems() const { return items_; }
    // "5,000 spans in 42 nodes: repeated calls are grouped (×N)" or empty.
    QString groupingText() const;

    int selectedSpan() const { return selectedSpan_; }
    // Highlights the node holding `span` and scrolls it into view; -1 clears. No signal.
    void setSelectedSpan(int span);
    // Selects the node's representative span, as a click does (emits spanSelected).
    void clickNode(int node);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();

Q_SIGNALS:
    void spanSelected(int span);
    void layoutFinished();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void requestLayout();
    void showLayout(const GraphLayoutResult& result, const std::vector<QSizeF>& sizes,
                    const std::vector<TopologyNodeLook>& looks);
    void showMessage(const QString& text);
    void zoomBy(double factor);

    LoadedTracePtr trace_;
    JobTracker layouts_;
    std::vector<TopologyNodeItem*> items_;
    QLabel* message_;
    QString error_;
    bool layingOut_ = false;
    bool fitted_ = true; // keep fitting on resize until the user zooms
    int selectedSpan_ = -1;
    QPoint pressPos_;
};

} // namespace tracemark
