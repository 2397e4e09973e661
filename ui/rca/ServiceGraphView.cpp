#include "ui/rca/ServiceGraphView.h"

#include "ui/graph/GraphLayoutWorker.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>

namespace tracemark {

namespace {

constexpr double kPaddingX = 10;
constexpr double kPaddingY = 6;
const QColor kRootCauseRed(0xd0, 0x1c, 0x1c);
const QColor kSelectedAmber(0xf0, 0x9a, 0x00);

QFont nameFont(const QFont& base)
{
    QFont font(base);
    font.setBold(true);
    return font;
}

// Light grey-blue for a healthy service to dark navy for the top suspect.
QColor suspicionFill(double suspicion)
{
    const double s = std::clamp(suspicion, 0.0, 1.0);
    return QColor::fromHslF(0.6, 0.25 + 0.35 * s, 0.95 - 0.65 * s);
}

} // namespace

// One service box. Its size comes from the font metrics of both lines, so text never clips.
class ServiceNodeItem : public QGraphicsItem {
public:
    ServiceNodeItem(const ServiceGraphView::Node& node, const QFont& font)
        : node_(node)
        , font_(font)
        , bold_(nameFont(font))
    {
        scoreLine_ = node.rank > 0
            ? ServiceGraphView::tr("#%1 · score %2").arg(node.rank).arg(QLocale().toString(node.score, 'f', 3))
            : ServiceGraphView::tr("not ranked");
        const QFontMetricsF nameMetrics(bold_), lineMetrics(font_);
        const double width = std::max(nameMetrics.horizontalAdvance(node.service), lineMetrics.horizontalAdvance(scoreLine_));
        size_ = QSizeF(std::ceil(width + 2 * kPaddingX), std::ceil(nameMetrics.height() + lineMetrics.height() + 2 * kPaddingY));
        setToolTip(ServiceGraphView::tr("%1\n%2").arg(node.service, scoreLine_));
        setCursor(Qt::PointingHandCursor);
    }

    QSizeF size() const { return size_; }
    const ServiceGraphView::Node& node() const { return node_; }
    QString text() const { return node_.service + QLatin1Char('\n') + scoreLine_; }
    bool textFits() const
    {
        const QFontMetricsF nameMetrics(bold_), lineMetrics(font_);
        return nameMetrics.horizontalAdvance(node_.service) <= size_.width() - 2 * kPaddingX + 0.5
            && lineMetrics.horizontalAdvance(scoreLine_) <= size_.width() - 2 * kPaddingX + 0.5
            && nameMetrics.height() + lineMetrics.height() <= size_.height() - 2 * kPaddingY + 0.5;
    }
    void setRootCause(bool on)
    {
        rootCause_ = on;
        update();
    }
    bool isRootCause() const { return rootCause_; }
    void setHighlighted(bool on)
    {
        highlighted_ = on;
        update();
    }

    QRectF boundingRect() const override
    {
        const QRectF box(-size_.width() / 2, -size_.height() / 2, size_.width(), size_.height());
        return box.adjusted(-4, -4, 4, 4); // room for the outlines
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QRectF box(-size_.width() / 2, -size_.height() / 2, size_.width(), size_.height());
        painter->setRenderHint(QPainter::Antialiasing);
        if (highlighted_) {
            painter->setPen(QPen(kSelectedAmber, 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), 7, 7);
        }
        const QColor fill = suspicionFill(node_.suspicion);
        painter->setBrush(fill);
        painter->setPen(rootCause_ ? QPen(kRootCauseRed, 3) : QPen(fill.darker(160), 1));
        painter->drawRoundedRect(box, 5, 5);
        const QColor ink = fill.lightnessF() < 0.55 ? Qt::white : QColor(0x20, 0x20, 0x20);
        painter->setPen(ink);
        const QFontMetricsF nameMetrics(bold_);
        QRectF nameRect(box.left() + kPaddingX, box.top() + kPaddingY, box.width() - 2 * kPaddingX, nameMetrics.height());
        painter->setFont(bold_);
        painter->drawText(nameRect, Qt::AlignCenter, node_.service);
        painter->setFont(font_);
        QRectF lineRect(nameRect.left(), nameRect.bottom(), nameRect.width(), box.bottom() - kPaddingY - nameRect.bottom());
        painter->drawText(lineRect, Qt::AlignCenter, scoreLine_);
    }

private:
    ServiceGraphView::Node node_;
    QFont font_;
    QFont bold_;
    QString scoreLine_;
    QSizeF size_;
    bool rootCause_ = false;
    bool highlighted_ = false;
};

ServiceGraphView::ServiceGraphView(QWidget* parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(palette().base());
}

void ServiceGraphView::showMessage(const QString& message)
{
    layouts_.invalidate();
    pending_ = false;
    message_ = message;
    scene()->clear();
    items_.clear();
    edgeTips_.clear();
    edgeItems_ = 0;
    auto* text = scene()->addText(message);
    text->setDefaultTextColor(palette().color(QPalette::Disabled, QPalette::Text));
    scene()->setSceneRect(text->boundingRect());
    resetTransform();
}

void ServiceGraphView::setGraph(QVector<Node> nodes, QVector<Edge> edges)
{
    message_.clear();
    // Sizes are measured here, on the GUI thread, so that the layout leaves room for every label.
    GraphLayoutRequest request;
    QHash<QString, int> indexOf;
    for (const Node& node : nodes) {
        indexOf.insert(node.service, request.nodes.size());
        request.nodes.push_back({ServiceNodeItem(node, font()).size()});
    }
    QVector<Edge> drawn;
    for (const Edge& edge : edges) {
        if (edge.caller == edge.callee || !indexOf.contains(edge.caller) || !indexOf.contains(edge.callee))
            continue;
        request.edges.push_back({indexOf.value(edge.caller), indexOf.value(edge.callee)});
        drawn.push_back(edge);
    }
    // Left to right: service graphs are shallow and wide (a front end calling ten services), and
    // stacking a rank's services vertically keeps their labels readable in a wide, low view.
    request.leftToRight = true;
    request.nodeSeparation = 14;
    request.rankSeparation = 48;
    pending_ = true;
    GraphLayoutWorker::instance().layout(this, layouts_.next(), request,
        [this, nodes = std::move(nodes), drawn = std::move(drawn)](const GraphLayoutResult& result) {
            pending_ = false;
            if (!result.error.isEmpty()) {
                showMessage(tr("The graph could not be laid out: %1").arg(result.error));
                return;
            }
            draw(nodes, drawn, result);
            Q_EMIT layoutReady();
        });
}

void ServiceGraphView::draw(const QVector<Node>& nodes, const QVector<Edge>& edges, const GraphLayoutResult& layout)
{
    scene()->clear();
    items_.clear();
    edgeTips_.clear();
    edgeItems_ = 0;
    const QColor edgeColour = palette().color(QPalette::Text);
    const QLocale locale;
    for (int e = 0; e < edges.size(); ++e) {
        const Edge& edge = edges[e];
        const QVector<QPointF>& points = layout.edgePaths.value(e);
        if (points.size() < 4)
            continue;
        QPainterPath path(points[0]);
        for (int p = 1; p + 2 < points.size(); p += 3)
            path.cubicTo(points[p], points[p + 1], points[p + 2]);
        // Wider for busier edges: 1 px up to 10 calls, about 4 px at 100,000.
        const double width = 1.0 + 0.75 * std::max(0.0, std::log10(std::max<double>(edge.calls, 1)) - 1.0);
        QString tip = tr("%1 → %2\n%Ln call(s)", nullptr, static_cast<int>(std::min<qint64>(edge.calls, INT_MAX)))
                          .arg(edge.caller, edge.callee);
        tip += QLatin1Char('\n') + tr("mean callee latency %1 ms").arg(locale.toString(edge.meanLatencyNs / 1e6, 'f', 2));
        if (edge.meanCallGapNs)
            tip += QLatin1Char('\n') + tr("mean call gap %1 ms").arg(locale.toString(*edge.meanCallGapNs / 1e6, 'f', 2));
        auto* line = scene()->addPath(path, QPen(edgeColour, width, Qt::SolidLine, Qt::RoundCap));
        line->setToolTip(tip);
        line->setZValue(0);
        const QPointF tip0 = layout.edgeArrowTips.value(e);
        if (!std::isnan(tip0.x())) {
            const QPointF from = points.back();
            const QLineF shaft(from, tip0);
            const double angle = std::atan2(shaft.dy(), shaft.dx());
            const double length = 8 + width;
            QPolygonF head;
            head << tip0 << tip0 - QPointF(std::cos(angle - 0.45) * length, std::sin(angle - 0.45) * length)
                 << tip0 - QPointF(std::cos(angle + 0.45) * length, std::sin(angle + 0.45) * length);
            auto* arrow = scene()->addPolygon(head, QPen(edgeColour, 1), edgeColour);
            arrow->setToolTip(tip);
        }
        edgeTips_.insert(edge.caller + QLatin1Char('\n') + edge.callee, tip);
        ++edgeItems_;
    }
    for (int n = 0; n < nodes.size(); ++n) {
        auto* item = new ServiceNodeItem(nodes[n], font());
        item->setPos(layout.nodeCentres.value(n));
        item->setZValue(1);
        item->setRootCause(nodes[n].service == rootCause_);
        item->setHighlighted(nodes[n].service == selected_);
        scene()->addItem(item);
        items_.insert(nodes[n].service, item);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-12, -12, 12, 12));
    fitAll();
}

void ServiceGraphView::setRootCauseService(const QString& service)
{
    rootCause_ = service;
    for (auto it = items_.begin(); it != items_.end(); ++it)
        it.value()->setRootCause(it.key() == service);
}

void ServiceGraphView::setSelectedService(const QString& service)
{
    selected_ = service;
    for (auto it = items_.begin(); it != items_.end(); ++it)
        it.value()->setHighlighted(it.key() == service);
    if (ServiceNodeItem* item = items_.value(service))
        ensureVisible(item, 24, 24);
}

QRectF ServiceGraphView::nodeRect(const QString& service) const
{
    const ServiceNodeItem* item = items_.value(service);
    if (!item)
        return {};
    return QRectF(item->pos() - QPointF(item->size().width() / 2, item->size().height() / 2), item->size());
}

QString ServiceGraphView::nodeText(const QString& service) const
{
    const ServiceNodeItem* item = items_.value(service);
    return item ? item->text() : QString();
}

bool ServiceGraphView::nodeTextFits(const QString& service) const
{
    const ServiceNodeItem* item = items_.value(service);
    return item && item->textFits();
}

bool ServiceGraphView::isOutlinedAsRootCause(const QString& service) const
{
    const ServiceNodeItem* item = items_.value(service);
    return item && item->isRootCause();
}

double ServiceGraphView::nodeSuspicion(const QString& service) const
{
    const ServiceNodeItem* item = items_.value(service);
    return item ? item->node().suspicion : 0.0;
}

QString ServiceGraphView::edgeToolTip(const QString& caller, const QString& callee) const
{
    return edgeTips_.value(caller + QLatin1Char('\n') + callee);
}

void ServiceGraphView::zoomIn()
{
    zoomBy(1.25);
}

void ServiceGraphView::zoomOut()
{
    zoomBy(1 / 1.25);
}

void ServiceGraphView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.1, 4.0);
    scale(next / current, next / current);
}

void ServiceGraphView::fitAll()
{
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty())
        return;
    resetTransform();
    const QRectF viewRect = viewport()->rect().adjusted(4, 4, -4, -4);
    const double factor = std::min({1.0, viewRect.width() / rect.width(), viewRect.height() / rect.height()});
    scale(factor, factor);
    centerOn(rect.center());
}

void ServiceGraphView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void ServiceGraphView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem* item : items(event->position().toPoint())) {
            if (auto* node = dynamic_cast<ServiceNodeItem*>(item)) {
                const QString service = node->node().service;
                setSelectedService(service);
                Q_EMIT serviceClicked(service);
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event); // the background: hand-drag panning
}

} // namespace tracemark
