#include "ui/trace/WaterfallView.h"

#include "ui/trace/TraceStyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tracemark {

namespace {
constexpr int kIndentStep = 14;
constexpr int kTimelineGap = 10;   // between the label column and the first tick
constexpr int kTimelineRight = 16; // free pixels right of the trace's end
constexpr int kTickSpacing = 90;   // minimum pixels between ruler ticks
} // namespace

// The ruler above the rows; it lives in the scroll area's top margin so it does not scroll.
class WaterfallHeader : public QWidget {
public:
    explicit WaterfallHeader(WaterfallView* view)
        : QWidget(view)
        , view_(view)
    {
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        view_->paintHeader(painter, rect());
    }

private:
    WaterfallView* view_;
};

WaterfallView::WaterfallView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , header_(new WaterfallHeader(this))
{
    setViewportMargins(0, kHeaderHeight, 0, 0);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    verticalScrollBar()->setSingleStep(kRowHeight);
}

void WaterfallView::setTree(std::shared_ptr<const TraceTree> tree)
{
    tree_ = std::move(tree);
    rows_ = WaterfallRows(tree_.get());
    marked_.clear();
    selected_ = -1;
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
    header_->update();
    Q_EMIT rowsChanged();
}

void WaterfallView::setSelectedSpan(int span)
{
    if (!tree_ || span < 0 || span >= tree_->size())
        span = -1;
    if (span >= 0 && rows_.rowOf(span) < 0) {
        rows_.reveal(span);
        updateScrollBars();
        Q_EMIT rowsChanged();
    }
    selected_ = span;
    if (span >= 0)
        scrollToRow(rows_.rowOf(span));
    viewport()->update();
}

void WaterfallView::setCollapsed(int span, bool collapsed)
{
    if (!rows_.setCollapsed(span, collapsed))
        return;
    // A selection inside the collapsed subtree moves to the collapsed span, which stays visible.
    if (selected_ >= 0 && rows_.rowOf(selected_) < 0)
        selectAndNotify(span);
    updateScrollBars();
    viewport()->update();
    Q_EMIT rowsChanged();
}

void WaterfallView::expandAll()
{
    rows_.expandAll();
    updateScrollBars();
    viewport()->update();
    Q_EMIT rowsChanged();
}

void WaterfallView::collapseBelowDepth(int depth)
{
    rows_.collapseBelowDepth(depth);
    if (selected_ >= 0 && rows_.rowOf(selected_) < 0) {
        int visible = selected_;
        while (rows_.rowOf(visible) < 0)
            visible = tree_->parent(visible);
        selectAndNotify(visible);
    }
    updateScrollBars();
    viewport()->update();
    Q_EMIT rowsChanged();
}

void WaterfallView::setMarkedSpans(std::vector<bool> marked)
{
    marked_ = std::move(marked);
    viewport()->update();
}

QRect WaterfallView::rowRect(int row) const
{
    return QRect(0, row * kRowHeight - verticalScrollBar()->value(), viewport()->width(), kRowHeight);
}

QRect WaterfallView::toggleRect(int row) const
{
    const QRect r = rowRect(row);
    return QRect(indentOf(rows_.spanAt(row)), r.top() + (kRowHeight - 12) / 2, 12, 12);
}

int WaterfallView::firstVisibleRow() const
{
    return verticalScrollBar()->value() / kRowHeight;
}

int WaterfallView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / kRowHeight);
}

void WaterfallView::scrollToRow(int row)
{
    if (row < 0)
        return;
    const QRect r = rowRect(row);
    if (r.top() >= 0 && r.bottom() < viewport()->height())
        return;
    verticalScrollBar()->setValue(row * kRowHeight - (viewport()->height() - kRowHeight) / 2);
}

TimeAxis WaterfallView::timeAxis() const
{
    const std::int64_t start = tree_ ? tree_->startNs() : 0;
    const std::int64_t duration = tree_ ? tree_->durationNs() : 1;
    return TimeAxis(start, duration, labelWidth_ + kTimelineGap, viewport()->width() - kTimelineRight);
}

int WaterfallView::rowAt(int y) const
{
    const int row = (y + verticalScrollBar()->value()) / kRowHeight;
    return y >= 0 && row < rows_.rowCount() ? row : -1;
}

int WaterfallView::indentOf(int span) const
{
    // Deep traces would push labels out of the column: the indent stops growing.
    return 4 + std::min(tree_->depth(span) * kIndentStep, std::max(0, labelWidth_ - 140));
}

void WaterfallView::updateScrollBars()
{
    const int content = rows_.rowCount() * kRowHeight;
    verticalScrollBar()->setRange(0, std::max(0, content - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
}

void WaterfallView::selectAndNotify(int span)
{
    if (span == selected_)
        return;
    setSelectedSpan(span);
    Q_EMIT spanSelected(selected_);
}

void WaterfallView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    const QRect area = viewport()->geometry();
    header_->setGeometry(area.left(), area.top() - kHeaderHeight, area.width(), kHeaderHeight);
    if (!labelWidthChosen_) // until the user drags the divider, the label column takes a third
        labelWidth_ = std::clamp(viewport()->width() / 3, 200, 420);
    labelWidth_ = std::clamp(labelWidth_, 120, std::max(120, viewport()->width() - 160));
    updateScrollBars();
}

void WaterfallView::scrollContentsBy(int, int)
{
    viewport()->update();
    Q_EMIT scrolled();
}

void WaterfallView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    if (!tree_ || rows_.rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No spans to show"));
        return;
    }
    const TimeAxis axis = timeAxis();
    const std::vector<double> ticks = axis.ticks(kTickSpacing);
    const int first = firstVisibleRow();
    const int last = std::min(rows_.rowCount() - 1, first + visibleRowCount() + 1);
    for (int row = first; row <= last; ++row)
        paintRow(painter, row, rowRect(row), axis, ticks);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(labelWidth_, 0, labelWidth_, viewport()->height());
}

void WaterfallView::paintRow(QPainter& painter, int row, const QRect& rect, const TimeAxis& axis,
                             const std::vector<double>& ticks) const
{
    const int span = rows_.spanAt(row);
    const Span& s = tree_->span(span);
    const bool error = tree_->isError(span);
    QColor background = row % 2 ? QColor(0xf6, 0xf7, 0xf9) : palette().color(QPalette::Base);
    if (span < static_cast<int>(marked_.size()) && marked_[static_cast<std::size_t>(span)])
        background = QColor(0xff, 0xf1, 0xc8);
    if (span == selected_)
        background = QColor(0xcf, 0xe3, 0xfc);
    painter.fillRect(rect, background);

    // Label column: triangle, service colour chip, "service operation", hidden-span count.
    const int indent = indentOf(span);
    if (rows_.hasChildren(span)) {
        const QRectF t = toggleRect(row);
        QPolygonF triangle;
        if (rows_.isCollapsed(span))
            triangle << QPointF(t.left() + 2, t.top() + 1) << QPointF(t.right() - 1, t.center().y())
                     << QPointF(t.left() + 2, t.bottom() - 1);
        else
            triangle << QPointF(t.left() + 1, t.top() + 3) << QPointF(t.right() - 1, t.top() + 3)
                     << QPointF(t.center().x(), t.bottom() - 1);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Text));
        painter.drawPolygon(triangle);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    painter.fillRect(QRect(indent + 15, rect.top() + 4, 4, rect.height() - 8), serviceColor(s.service));
    int textLeft = indent + 23;
    int textRight = labelWidth_ - 6;
    if (rows_.isCollapsed(span)) {
        const QString hidden = tr("+%1").arg(tree_->subtreeSize(span) - 1);
        const int width = fontMetrics().horizontalAdvance(hidden) + 8;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(textRight - width, rect.top(), width, rect.height()), Qt::AlignRight | Qt::AlignVCenter,
                         hidden);
        textRight -= width + 4;
    }
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int available = std::max(0, textRight - textLeft);
    const QString service = boldMetrics.elidedText(QString::fromStdString(s.service), Qt::ElideRight,
                                                   std::max(available * 3 / 5, 24));
    painter.setFont(bold);
    painter.setPen(error ? errorColor() : palette().color(QPalette::Text));
    painter.drawText(QRect(textLeft, rect.top(), available, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, service);
    const int serviceWidth = boldMetrics.horizontalAdvance(service) + 6;
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    const QString operation = fontMetrics().elidedText(QString::fromStdString(s.operation), Qt::ElideRight,
                                                       std::max(0, available - serviceWidth));
    painter.drawText(QRect(textLeft + serviceWidth, rect.top(), std::max(0, available - serviceWidth), rect.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, operation);

    // Timeline: grid, bar, critical sections, duration.
    painter.setPen(QColor(0xe3, 0xe5, 0xe8));
    for (double tick : ticks) {
        const int x = static_cast<int>(std::round(axis.xOfOffset(tick)));
        painter.drawLine(x, rect.top(), x, rect.bottom());
    }
    const double x0 = axis.x(s.startNs);
    const double x1 = std::max(axis.x(s.endNs()), x0 + 2);
    const QRectF bar(x0, rect.top() + 5, x1 - x0, rect.height() - 10);
    const QColor fill = error ? errorColor() : serviceColor(s.service);
    painter.fillRect(bar, fill);
    painter.setPen(fill.darker(140));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    for (const CriticalSection& section : tree_->criticalSectionsOf(span)) {
        const double a = axis.x(section.startNs);
        const double b = std::max(axis.x(section.endNs), a + 1);
        painter.fillRect(QRectF(a, bar.center().y() - 1.5, b - a, 3), criticalPathColor());
    }
    const QString duration = formatSpanDuration(static_cast<double>(s.durationNs));
    const int width = fontMetrics().horizontalAdvance(duration);
    QRectF textRect(x1 + 4, rect.top(), width + 2, rect.height());
    if (textRect.right() > viewport()->width() - 2)
        textRect.moveRight(x0 - 4); // no room after the bar: before it
    if (textRect.left() < labelWidth_ + 2) // nor before it: inside, on the bar
        textRect.moveLeft(x0 + 4);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, duration);
}

void WaterfallView::paintHeader(QPainter& painter, const QRect& rect) const
{
    painter.fillRect(rect, palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    painter.drawLine(labelWidth_, rect.top(), labelWidth_, rect.bottom());
    painter.setPen(palette().color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(rect.adjusted(8, 0, -(rect.width() - labelWidth_) - 4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Service · operation"));
    painter.setFont(font());
    if (!tree_)
        return;
    const TimeAxis axis = timeAxis();
    int previousRight = labelWidth_;
    for (double tick : axis.ticks(kTickSpacing)) {
        const int x = static_cast<int>(std::round(axis.xOfOffset(tick)));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(x, rect.bottom() - 5, x, rect.bottom());
        const QString text = tick == 0 ? QStringLiteral("0") : formatSpanDuration(tick);
        const int width = fontMetrics().horizontalAdvance(text);
        // The last label would run past the edge: it ends at its tick instead, unless that
        // collides with the label before it.
        const int left = x + 3 + width > rect.right() ? x - 3 - width : x + 3;
        if (left < previousRight + 6)
            continue;
        previousRight = left + width;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(left, rect.top(), width + 2, rect.height() - 4), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void WaterfallView::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (std::abs(pos.x() - labelWidth_) <= 3) {
        draggingDivider_ = true;
        return;
    }
    const int row = rowAt(pos.y());
    if (row < 0 || event->button() != Qt::LeftButton)
        return;
    const int span = rows_.spanAt(row);
    if (rows_.hasChildren(span) && toggleRect(row).adjusted(-3, -3, 3, 3).contains(pos)) {
        setCollapsed(span, !rows_.isCollapsed(span));
        return;
    }
    selectAndNotify(span);
}

void WaterfallView::mouseMoveEvent(QMouseEvent* event)
{
    const int x = event->position().toPoint().x();
    if (draggingDivider_) {
        labelWidthChosen_ = true;
        labelWidth_ = std::clamp(x, 120, std::max(120, viewport()->width() - 160));
        viewport()->update();
        header_->update();
        return;
    }
    viewport()->setCursor(std::abs(x - labelWidth_) <= 3 ? Qt::SplitHCursor : Qt::ArrowCursor);
}

void WaterfallView::mouseReleaseEvent(QMouseEvent*)
{
    draggingDivider_ = false;
}

void WaterfallView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0 && event->position().x() < labelWidth_)
        setCollapsed(rows_.spanAt(row), !rows_.isCollapsed(rows_.spanAt(row)));
}

void WaterfallView::keyPressEvent(QKeyEvent* event)
{
    if (!tree_ || rows_.rowCount() == 0)
        return QAbstractScrollArea::keyPressEvent(event);
    const int row = std::max(0, rows_.rowOf(selected_));
    auto selectRow = [this](int r) { selectAndNotify(rows_.spanAt(std::clamp(r, 0, rows_.rowCount() - 1))); };
    switch (event->key()) {
    case Qt::Key_Down:
        return selectRow(selected_ < 0 ? 0 : row + 1);
    case Qt::Key_Up:
        return selectRow(row - 1);
    case Qt::Key_PageDown:
        return selectRow(row + visibleRowCount());
    case Qt::Key_PageUp:
        return selectRow(row - visibleRowCount());
    case Qt::Key_Home:
        return selectRow(0);
    case Qt::Key_End:
        return selectRow(rows_.rowCount() - 1);
    case Qt::Key_Left:
        if (selected_ >= 0 && rows_.hasChildren(selected_) && !rows_.isCollapsed(selected_))
            return setCollapsed(selected_, true);
        if (selected_ >= 0 && tree_->parent(selected_) >= 0)
            return selectAndNotify(tree_->parent(selected_));
        return;
    case Qt::Key_Right:
        if (selected_ >= 0 && rows_.isCollapsed(selected_))
            return setCollapsed(selected_, false);
        if (selected_ >= 0 && rows_.hasChildren(selected_))
            return selectAndNotify(tree_->children(selected_).front());
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected_ >= 0)
            setCollapsed(selected_, !rows_.isCollapsed(selected_));
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool WaterfallView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && tree_) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(rows_.spanAt(row)), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString WaterfallView::toolTipFor(int span) const
{
    const Span& s = tree_->span(span);
    QString text = tr("<b>%1</b> %2<br>start %3, duration %4, self %5")
                       .arg(QString::fromStdString(s.service).toHtmlEscaped(),
                            QString::fromStdString(s.operation).toHtmlEscaped(),
                            formatSpanDuration(static_cast<double>(tree_->offsetNs(span))),
                            formatSpanDuration(static_cast<double>(s.durationNs)),
                            formatSpanDuration(static_cast<double>(tree_->selfNs(span))));
    if (tree_->isError(span))
        text += tr("<br><span style='color:#d32f2f'>%1</span>").arg(statusText(s.status));
    if (tree_->isOnCriticalPath(span))
        text += tr("<br>on the critical path");
    return text;
}

} // namespace tracemark
