#include "ui/trace/WaterfallMinimap.h"

#include "ui/trace/TraceStyle.h"
#include "ui/trace/WaterfallView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace tracemark {

WaterfallMinimap::WaterfallMinimap(WaterfallView* view, QWidget* parent)
    : QWidget(parent)
    , view_(view)
{
    setFixedHeight(sizeHint().height());
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview of the whole trace: click or drag to scroll the timeline"));
    connect(view_, &WaterfallView::rowsChanged, this, &WaterfallMinimap::invalidate);
    connect(view_, &WaterfallView::scrolled, this, qOverload<>(&QWidget::update));
}

QRect WaterfallMinimap::overviewRect() const
{
    // Aligned with the waterfall's timeline so a bar sits above its place in time.
    const TimeAxis axis = view_->timeAxis();
    const int left = std::clamp(static_cast<int>(axis.left()), 0, width() - 2);
    const int right = std::clamp(static_cast<int>(axis.right()), left + 1, width() - 1);
    return QRect(left, 2, right - left, height() - 4);
}

void WaterfallMinimap::invalidate()
{
    cache_ = QImage();
    update();
}

void WaterfallMinimap::resizeEvent(QResizeEvent*)
{
    invalidate();
}

int WaterfallMinimap::rowAtY(int y) const
{
    const int rows = view_->rows().rowCount();
    const QRect area = overviewRect();
    if (rows == 0 || area.height() <= 0)
        return -1;
    return std::clamp((y - area.top()) * rows / area.height(), 0, rows - 1);
}

void WaterfallMinimap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const TraceTree* tree = view_->tree();
    const int rows = view_->rows().rowCount();
    const QRect area = overviewRect();
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(area.adjusted(0, 0, -1, -1));
    if (!tree || rows == 0)
        return;
    if (cache_.size() != area.size()) {
        cache_ = QImage(area.size(), QImage::Format_ARGB32_Premultiplied);
        cache_.fill(palette().color(QPalette::Base));
        QPainter image(&cache_);
        const TimeAxis axis(tree->startNs(), tree->durationNs(), 0, area.width());
        const double rowHeight = static_cast<double>(area.height()) / rows;
        for (int row = 0; row < rows; ++row) {
            const int span = view_->rows().spanAt(row);
            const Span& s = tree->span(span);
            const double x0 = axis.x(s.startNs);
            const double x1 = std::max(axis.x(s.endNs()), x0 + 1);
            image.fillRect(QRectF(x0, row * rowHeight, x1 - x0, std::max(rowHeight, 1.0)),
                           tree->isError(span) ? errorColor() : serviceColor(s.service).darker(115));
        }
    }
    painter.drawImage(area.topLeft(), cache_);
    // The rows in view, as a translucent band with a border.
    const double scale = static_cast<double>(area.height()) / rows;
    const double top = area.top() + view_->firstVisibleRow() * scale;
    const double band = std::max(3.0, std::min(rows, view_->visibleRowCount()) * scale);
    const QRectF inView(area.left(), top, area.width(), std::min(band, area.bottom() - top + 1));
    painter.fillRect(inView, QColor(0x1e, 0x64, 0xc8, 40));
    painter.setPen(QColor(0x1e, 0x64, 0xc8));
    painter.drawRect(inView.adjusted(0, 0, -1, -1));
}

void WaterfallMinimap::mousePressEvent(QMouseEvent* event)
{
    scrollTo(event->position().toPoint().y());
}

void WaterfallMinimap::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        scrollTo(event->position().toPoint().y());
}

void WaterfallMinimap::scrollTo(int y)
{
    const int row = rowAtY(y);
    if (row < 0)
        return;
    // The clicked row goes to the middle of the waterfall.
    const int visible = view_->visibleRowCount();
    view_->verticalScrollBar()->setValue((row - visible / 2) * WaterfallView::kRowHeight);
    update();
}

} // namespace tracemark
