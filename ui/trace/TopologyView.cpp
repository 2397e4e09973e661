#include "ui/trace/TopologyView.h"

#include "ui/graph/GraphLayoutWorker.h"
#include "ui/trace/TraceStyle.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tracemark {

namespace {

constexpr double kNodeSeparation = 18;
constexpr double kRankSeparation = 36;
constexpr double kMinReadableScale = 0.4; // below this the first view zooms to the root instead of fitting

TopologyNodeLook lookOf(const LoadedTrace& trace, const TopologyNode& node)
{
    const TraceTree& tree = trace.tree;
    const Span& span = tree.span(node.representative());
    TopologyNodeLook look;
    look.service = QString::fromStdString(span.service);
    look.operation = QString::fromStdString(span.operation);
    look.serviceColor = serviceColor(span.service);
    look.error = node.errorCount > 0;
    look.critical = node.onCriticalPath;
    const double mean = static_cast<double>(node.totalDurationNs) / node.count();
    if (node.count() == 1) {
        look.detail = formatSpanDuration(mean);
        if (look.error)
            look.detail += QStringLiteral(" · ") + statusText(span.status);
    } else {
        look.detail = TopologyView::tr("×%1 · mean %2").arg(QLocale().toString(node.count()), formatSpanDuration(mean));
        if (look.error)
            look.detail += QStringLiteral(" · ") + TopologyView::tr("%n error(s)", nullptr, node.errorCount);
    }
    look.toolTip = TopologyView::tr("<b>%1</b> %2<br>%3 span(s), mean %4, longest %5")
                       .arg(look.service.toHtmlEscaped(), look.operation.toHtmlEscaped())
                       .arg(node.count())
                       .arg(formatSpanDuration(mean), formatSpanDuration(static_cast<double>(node.maxDurationNs)));
    if (look.error)
        look.toolTip += TopologyView::tr("<br>%n span(s) with an error status", nullptr, node.errorCount);
    if (look.critical)
        look.toolTip += TopologyView::tr("<br>on the critical path");
    return look;
}

// Top-to-bottom suits wide shallow trees, left-to-right deep narrow ones: take the direction in
// which the estimated drawing fits the view at the larger scale.
bool preferLeftToRight(const LoadedTrace& trace, const std::vector<QSizeF>& sizes, QSizeF view)
{
    std::vector<int> perLevel;
    double width = 0;
    double height = 0;
    for (std::size_t n = 0; n < trace.topology.nodes.size(); ++n) {
        const int level = trace.tree.depth(trace.topology.nodes[n].representative());
        if (level >= static_cast<int>(perLevel.size()))
            perLevel.resize(static_cast<std::size_t>(level) + 1, 0);
        ++perLevel[static_cast<std::size_t>(level)];
        width += sizes[n].width();
        height += sizes[n].height();
    }
    if (sizes.empty())
        return false;
    width /= static_cast<double>(sizes.size());
    height /= static_cast<double>(sizes.size());
    const double widest = *std::max_element(perLevel.begin(), perLevel.end());
    const double levels = static_cast<double>(perLevel.size());
    auto fit = [&view](double w, double h) { return std::min(view.width() / w, view.height() / h); };
    const double topDown = fit(widest * (width + kNodeSeparation), levels * (height + kRankSeparation));
    const double leftRight = fit(levels * (width + kRankSeparation), widest * (height + kNodeSeparation));
    return leftRight > topDown * 1.1;
}

} // namespace

TopologyView::TopologyView(QWidget* parent)
    : QGraphicsView(parent)
    , message_(new QLabel(this))
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfc));
    setFocusPolicy(Qt::StrongFocus);
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("QLabel { background: rgba(255,255,255,230); border: 1px solid #c0c4c8;"
                                           " border-radius: 4px; padding: 10px; color: #3c4043; }"));
    showMessage(tr("No trace"));
}

QString TopologyView::groupingText() const
{
    if (!trace_ || trace_->topology.grouping == TopologyGrouping::None)
        return {};
    const QString spans = QLocale().toString(trace_->tree.size());
    const QString nodes = QLocale().toString(static_cast<int>(trace_->topology.nodes.size()));
    return trace_->topology.grouping == TopologyGrouping::IdenticalSubtrees
        ? tr("%1 spans in %2 nodes: identical repeated calls are grouped (×N)").arg(spans, nodes)
        : tr("%1 spans in %2 nodes: sibling calls of one operation are grouped (×N)").arg(spans, nodes);
}

void TopologyView::setTrace(LoadedTracePtr trace)
{
    trace_ = std::move(trace);
    selectedSpan_ = -1;
    requestLayout();
}

void TopologyView::requestLayout()
{
    const JobTicket ticket = layouts_.next(); // a layout still queued for the previous trace is skipped
    scene()->clear();
    items_.clear();
    error_.clear();
    layingOut_ = false;
    resetTransform();
    if (!trace_ || trace_->tree.isEmpty()) {
        showMessage(trace_ ? tr("This trace has no spans") : tr("No trace"));
        return;
    }
    std::vector<TopologyNodeLook> looks;
    std::vector<QSizeF> sizes;
    GraphLayoutRequest request;
    for (const TopologyNode& node : trace_->topology.nodes) {
        looks.push_back(lookOf(*trace_, node));
        sizes.push_back(TopologyNodeItem::measure(looks.back(), font()));
        request.nodes.push_back({sizes.back()});
    }
    for (const auto& [from, to] : trace_->topology.edges)
        request.edges.push_back({from, to});
    const QSizeF view = viewport()->width() > 50 ? QSizeF(viewport()->size()) : QSizeF(1000, 300);
    request.leftToRight = preferLeftToRight(*trace_, sizes, view);
    request.nodeSeparation = kNodeSeparation;
    request.rankSeparation = kRankSeparation;
    layingOut_ = true;
    showMessage(tr("Laying out %n node(s)…", nullptr, static_cast<int>(looks.size())));
    GraphLayoutWorker::instance().layout(
        this, ticket, std::move(request),
        [this, sizes = std::move(sizes), looks = std::move(looks)](const GraphLayoutResult& result) {
            showLayout(result, sizes, looks);
        });
}

void TopologyView::showLayout(const GraphLayoutResult& result, const std::vector<QSizeF>& sizes,
                              const std::vector<TopologyNodeLook>& looks)
{
    layingOut_ = false;
    if (!result.error.isEmpty()) {
        error_ = result.error;
        showMessage(tr("The topology could not be laid out: %1").arg(result.error));
        Q_EMIT layoutFinished();
        return;
    }
    message_->hide();
    for (std::size_t n = 0; n < looks.size(); ++n) {
        auto* item = new TopologyNodeItem(static_cast<int>(n), looks[n], sizes[n], font());
        item->setPos(result.nodeCentres[static_cast<int>(n)]);
        scene()->addItem(item);
        items_.push_back(item);
    }
    for (std::size_t e = 0; e < trace_->topology.edges.size(); ++e) {
        const QVector<QPointF>& points = result.edgePaths[static_cast<int>(e)];
        if (points.size() < 4)
            continue;
        const auto [from, to] = trace_->topology.edges[e];
        const bool critical = trace_->topology.nodes[static_cast<std::size_t>(from)].onCriticalPath
            && trace_->topology.nodes[static_cast<std::size_t>(to)].onCriticalPath;
        const QPen pen(critical ? criticalPathColor() : QColor(0x9e, 0xa4, 0xab), critical ? 1.8 : 1.2);
        QPainterPath path(points[0]);
        for (int p = 1; p + 2 < points.size(); p += 3)
            path.cubicTo(points[p], points[p + 1], points[p + 2]);
        scene()->addPath(path, pen)->setZValue(0);
        const QPointF tip = result.edgeArrowTips[static_cast<int>(e)];
        if (std::isnan(tip.x()))
            continue;
        // An arrow head from the path's end to the tip Graphviz left room for.
        const QPointF base = points.back();
        const QPointF direction = tip - base;
        const double length = std::hypot(direction.x(), direction.y());
        if (length < 0.1)
            continue;
        const QPointF unit = direction / length;
        const QPointF normal(-unit.y(), unit.x());
        const QPolygonF head({tip, base + normal * 4, base - normal * 4});
        scene()->addPolygon(head, QPen(pen.color(), 1), pen.color())->setZValue(0);
    }
    scene()->setSceneRect(result.bounds.adjusted(-20, -20, 20, 20));
    fitToView();
    if (transform().m11() < kMinReadableScale) {
        // Too small to read: start at a readable zoom on the root instead.
        resetTransform();
        scale(0.75, 0.75);
        fitted_ = false;
        if (!items_.empty())
            centerOn(items_.front());
    }
    setSelectedSpan(selectedSpan_);
    Q_EMIT layoutFinished();
}

void TopologyView::showMessage(const QString& text)
{
    message_->setText(text);
    message_->adjustSize();
    message_->setMaximumWidth(std::max(200, width() - 40));
    message_->adjustSize();
    message_->move((width() - message_->width()) / 2, (height() - message_->height()) / 2);
    message_->show();
    message_->raise();
}

void TopologyView::setSelectedSpan(int span)
{
    selectedSpan_ = span;
    const int node = trace_ && span >= 0 && span < trace_->tree.size()
        ? trace_->topology.nodeOfSpan[static_cast<std::size_t>(span)]
        : -1;
    for (TopologyNodeItem* item : items_)
        item->setSelectedNode(item->node() == node);
    if (node >= 0 && node < nodeCount())
        ensureVisible(items_[static_cast<std::size_t>(node)], 30, 30);
}

void TopologyView::clickNode(int node)
{
    if (!trace_ || node < 0 || node >= static_cast<int>(trace_->topology.nodes.size()))
        return;
    const TopologyNode& clicked = trace_->topology.nodes[static_cast<std::size_t>(node)];
    // A grouped node keeps a selected member selected; otherwise its first span is chosen.
    const bool keep = selectedSpan_ >= 0 && trace_->topology.nodeOfSpan[static_cast<std::size_t>(selectedSpan_)] == node;
    setSelectedSpan(keep ? selectedSpan_ : clicked.representative());
    Q_EMIT spanSelected(selectedSpan_);
}

void TopologyView::zoomIn()
{
    zoomBy(1.25);
}

void TopologyView::zoomOut()
{
    zoomBy(0.8);
}

void TopologyView::fitToView()
{
    if (!isLaidOut())
        return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() > 1.2) // a small graph is not blown up beyond a comfortable size
        setTransform(QTransform::fromScale(1.2, 1.2));
    fitted_ = true;
}

void TopologyView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double target = std::clamp(current * factor, 0.03, 4.0);
    scale(target / current, target / current);
    fitted_ = false;
}

void TopologyView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomIn();
    case Qt::Key_Minus:
        return zoomOut();
    case Qt::Key_F:
        return fitToView();
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void TopologyView::mousePressEvent(QMouseEvent* event)
{
    pressPos_ = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || (pos - pressPos_).manhattanLength() > 4)
        return; // a pan, not a click
    for (QGraphicsItem* item : items(pos)) {
        if (auto* node = dynamic_cast<TopologyNodeItem*>(item)) {
            clickNode(node->node());
            return;
        }
    }
}

void TopologyView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (fitted_)
        fitToView();
    if (message_->isVisible())
        showMessage(message_->text());
}

} // namespace tracemark
