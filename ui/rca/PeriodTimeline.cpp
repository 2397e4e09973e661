#include "ui/rca/PeriodTimeline.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tracemark {

namespace {

constexpr double kEdgeGrabPixels = 5;
constexpr double kClickPixels = 4; // a shorter drag is a click
constexpr int kMaxBuckets = 160;

double toMs(std::int64_t ns)
{
    return static_cast<double>(ns) / 1e6;
}

} // namespace

PeriodTimeline::PeriodTimeline(QWidget* parent)
    : QChartView(parent)
    , counts_(new QLineSeries)
    , baseline_(new QLineSeries)
    , area_(new QAreaSeries(counts_, baseline_))
    , timeAxis_(new QDateTimeAxis)
    , countAxis_(new QValueAxis)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->setBackgroundRoundness(0);
    area_->setName(tr("Abnormal traces"));
    area_->setColor(QColor(0xc0, 0x39, 0x2b, 150));
    area_->setBorderColor(QColor(0xc0, 0x39, 0x2b));
    chart->addSeries(area_);
    timeAxis_->setTickCount(5);
    countAxis_->setLabelFormat(QStringLiteral("%d"));
    countAxis_->setTitleText(tr("Abnormal"));
    chart->addAxis(timeAxis_, Qt::AlignBottom);
    chart->addAxis(countAxis_, Qt::AlignLeft);
    area_->attachAxis(timeAxis_);
    area_->attachAxis(countAxis_);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    setMinimumHeight(170);
    setToolTip(tr("Drag across the chart to draw a fault period; drag a shaded period's edge to move it."));
}

void PeriodTimeline::setOverview(const PeriodOverview& overview)
{
    overview_ = overview;
    std::int64_t from = overview.firstNs, to = overview.lastNs;
    for (const FaultPeriodRecord& p : overview.periods) {
        from = from == 0 && to == 0 ? p.startNs : std::min(from, p.startNs);
        to = std::max(to, p.endNs);
    }
    if (to <= from)
        to = from + 60'000'000'000LL; // an empty or one-instant workspace still gets a minute
    buckets_ = bucketStarts(overview.abnormalStarts, from, to, kMaxBuckets);
    QList<QPointF> points, zero;
    int highest = 0;
    for (std::size_t i = 0; i < buckets_.counts.size(); ++i) {
        const std::int64_t start = buckets_.firstNs + static_cast<std::int64_t>(i) * buckets_.bucketNs;
        const int count = buckets_.counts[i];
        highest = std::max(highest, count);
        points << QPointF(toMs(start), count) << QPointF(toMs(start + buckets_.bucketNs), count);
        zero << QPointF(toMs(start), 0) << QPointF(toMs(start + buckets_.bucketNs), 0);
    }
    counts_->replace(points);
    baseline_->replace(zero);
    const std::int64_t end = buckets_.firstNs + static_cast<std::int64_t>(buckets_.counts.size()) * buckets_.bucketNs;
    timeAxis_->setRange(QDateTime::fromMSecsSinceEpoch(buckets_.firstNs / 1'000'000),
        QDateTime::fromMSecsSinceEpoch(end / 1'000'000));
    const std::int64_t span = end - buckets_.firstNs;
    timeAxis_->setFormat(span > 86'400'000'000'000LL ? QStringLiteral("MM-dd HH:mm")
            : span > 600'000'000'000LL             ? QStringLiteral("HH:mm")
                                                   : QStringLiteral("HH:mm:ss"));
    // A round top above the highest bucket: 1, 2 or 5 times a power of ten.
    const double wanted = std::max(highest, 1) * 1.05;
    double top = std::pow(10.0, std::floor(std::log10(wanted)));
    for (const double step : {1.0, 2.0, 5.0, 10.0})
        if (top * step >= wanted) {
            top *= step;
            break;
        }
    countAxis_->setRange(0, std::max(top, 1.0));
    countAxis_->setTickCount(3);
    viewport()->update();
}

void PeriodTimeline::setSelectedPeriod(std::optional<std::int64_t> periodId)
{
    selected_ = periodId;
    viewport()->update();
}

QRectF PeriodTimeline::plotAreaInViewport() const
{
    const QRectF scene = chart()->mapToScene(chart()->plotArea()).boundingRect();
    return viewportTransform().mapRect(scene);
}

double PeriodTimeline::viewportXOf(std::int64_t ns) const
{
    const QPointF inChart = chart()->mapToPosition(QPointF(toMs(ns), 0), area_);
    return viewportTransform().map(chart()->mapToScene(inChart)).x();
}

std::int64_t PeriodTimeline::timeAtViewportX(double x) const
{
    const QPointF scene = viewportTransform().inverted().map(QPointF(x, plotAreaInViewport().center().y()));
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scene), area_);
    return static_cast<std::int64_t>(std::llround(value.x() * 1e6));
}

QPoint PeriodTimeline::viewportPointAt(std::int64_t ns) const
{
    return QPointF(viewportXOf(ns), plotAreaInViewport().center().y()).toPoint();
}

std::optional<PeriodTimeline::EdgeHit> PeriodTimeline::edgeAt(double x) const
{
    std::optional<EdgeHit> best;
    double bestDistance = kEdgeGrabPixels + 1;
    for (std::size_t i = 0; i < overview_.periods.size(); ++i) {
        const FaultPeriodRecord& p = overview_.periods[i];
        // The selected period wins a tie, so its edges stay grabbable beside a neighbour's.
        const double bias = selected_ && *selected_ == p.id ? 0.5 : 0.0;
        const double toStart = std::abs(viewportXOf(p.startNs) - x) - bias;
        const double toEnd = std::abs(viewportXOf(p.endNs) - x) - bias;
        if (toStart <= kEdgeGrabPixels && toStart < bestDistance) {
            best = EdgeHit{i, Drag::MoveStart};
            bestDistance = toStart;
        }
        if (toEnd <= kEdgeGrabPixels && toEnd < bestDistance) {
            best = EdgeHit{i, Drag::MoveEnd};
            bestDistance = toEnd;
        }
    }
    return best;
}

void PeriodTimeline::mousePressEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (event->button() != Qt::LeftButton || !plotAreaInViewport().adjusted(-kEdgeGrabPixels, 0, kEdgeGrabPixels, 0).contains(pos)) {
        QChartView::mousePressEvent(event);
        return;
    }
    if (const std::optional<EdgeHit> hit = edgeAt(pos.x())) {
        drag_ = hit->drag;
        dragPeriod_ = hit->period;
    } else {
        drag_ = Drag::Draw;
    }
    dragFromX_ = dragToX_ = pos.x();
    event->accept();
}

void PeriodTimeline::mouseMoveEvent(QMouseEvent* event)
{
    const QRectF plot = plotAreaInViewport();
    const double x = std::clamp(event->position().x(), plot.left(), plot.right());
    if (drag_ != Drag::None) {
        dragToX_ = x;
        viewport()->update();
        event->accept();
        return;
    }
    if (edgeAt(event->position().x()) && plot.contains(QPointF(x, event->position().y())))
        viewport()->setCursor(Qt::SizeHorCursor);
    else if (plot.contains(event->position()))
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->unsetCursor();
    QChartView::mouseMoveEvent(event);
}

void PeriodTimeline::mouseReleaseEvent(QMouseEvent* event)
{
    if (drag_ == Drag::None || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = drag_;
    drag_ = Drag::None;
    viewport()->update();
    event->accept();
    const bool moved = std::abs(dragToX_ - dragFromX_) >= kClickPixels;
    if (drag == Drag::Draw && moved) {
        const std::int64_t a = timeAtViewportX(dragFromX_), b = timeAtViewportX(dragToX_);
        Q_EMIT periodDrawn(std::min(a, b), std::max(a, b));
        return;
    }
    if (drag != Drag::Draw && moved) {
        const FaultPeriodRecord& p = overview_.periods[dragPeriod_];
        std::int64_t start = p.startNs, end = p.endNs;
        (drag == Drag::MoveStart ? start : end) = timeAtViewportX(dragToX_);
        Q_EMIT periodAdjusted(p.id, std::min(start, end), std::max(start, end));
        return;
    }
    // A click: the period under the mouse (the narrowest, when they overlap).
    const std::int64_t at = timeAtViewportX(dragFromX_);
    std::optional<std::int64_t> hit;
    std::int64_t narrowest = 0;
    for (const FaultPeriodRecord& p : overview_.periods) {
        const double left = viewportXOf(p.startNs) - kEdgeGrabPixels, right = viewportXOf(p.endNs) + kEdgeGrabPixels;
        const bool inside = (p.startNs <= at && at <= p.endNs) || (left <= dragFromX_ && dragFromX_ <= right);
        if (inside && (!hit || p.endNs - p.startNs < narrowest)) {
            hit = p.id;
            narrowest = p.endNs - p.startNs;
        }
    }
    if (hit)
        Q_EMIT periodClicked(*hit);
}

void PeriodTimeline::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    painter->save();
    painter->resetTransform(); // viewport coordinates from here on
    const QRectF plot = plotAreaInViewport();
    painter->setClipRect(plot.adjusted(-2, 0, 2, 0));
    for (const FaultPeriodRecord& p : overview_.periods) {
        const bool selected = selected_ && *selected_ == p.id;
        double left = viewportXOf(p.startNs), right = viewportXOf(p.endNs);
        if (drag_ != Drag::None && drag_ != Drag::Draw && &p == &overview_.periods[dragPeriod_])
            (drag_ == Drag::MoveStart ? left : right) = dragToX_;
        QRectF band(QPointF(std::min(left, right), plot.top()), QPointF(std::max(left, right), plot.bottom()));
        band.setWidth(std::max(band.width(), 2.0)); // a short period stays visible
        const QColor base = p.rootCause ? QColor(0x27, 0xae, 0x60) : QColor(0xe6, 0x7e, 0x22);
        QColor fill(base);
        fill.setAlpha(selected ? 90 : 45);
        painter->fillRect(band, fill);
        painter->setPen(QPen(selected ? base.darker(150) : base, selected ? 2 : 1));
        painter->drawLine(band.topLeft(), band.bottomLeft());
        painter->drawLine(band.topRight(), band.bottomRight());
    }
    if (drag_ == Drag::Draw) {
        const QRectF band(QPointF(std::min(dragFromX_, dragToX_), plot.top()),
            QPointF(std::max(dragFromX_, dragToX_), plot.bottom()));
        painter->fillRect(band, QColor(0x29, 0x80, 0xb9, 70));
        painter->setPen(QPen(QColor(0x29, 0x80, 0xb9), 1, Qt::DashLine));
        painter->drawRect(band);
    }
    painter->restore();
}

} // namespace tracemark
