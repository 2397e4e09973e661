#include "ui/trace/TopologyNodeItem.h"

#include "ui/trace/TraceStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace tracemark {

namespace {
constexpr double kPadding = 6;
constexpr double kStripe = 5; // service colour on the left edge
constexpr double kMaxTextWidth = 210;
constexpr double kMinWidth = 90;

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}
} // namespace

TopologyNodeItem::TopologyNodeItem(int node, TopologyNodeLook look, QSizeF size, const QFont& font)
    : node_(node)
    , look_(std::move(look))
    , size_(size)
    , font_(font)
{
    setToolTip(look_.toolTip);
    setAcceptedMouseButtons(Qt::NoButton); // clicks are the view's (it tells a click from a pan)
    setZValue(1);
}

QSizeF TopologyNodeItem::measure(TopologyNodeLook& look, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const QFontMetricsF bold(boldOf(font));
    look.service = bold.elidedText(look.service, Qt::ElideRight, kMaxTextWidth);
    look.operation = metrics.elidedText(look.operation, Qt::ElideMiddle, kMaxTextWidth);
    look.detail = metrics.elidedText(look.detail, Qt::ElideRight, kMaxTextWidth);
    const double text = std::max({bold.horizontalAdvance(look.service), metrics.horizontalAdvance(look.operation),
                                  metrics.horizontalAdvance(look.detail)});
    const double width = std::max(kMinWidth, std::ceil(text) + 2 * kPadding + kStripe + 2);
    const double height = std::ceil(bold.height() + 2 * metrics.height()) + 2 * kPadding;
    return QSizeF(width, height);
}

void TopologyNodeItem::setSelectedNode(bool selected)
{
    if (selected_ == selected)
        return;
    selected_ = selected;
    setZValue(selected ? 2 : 1);
    update();
}

QRectF TopologyNodeItem::boundingRect() const
{
    // Centred on the item's position (Graphviz gives centres); room for the selection outline.
    return QRectF(-size_.width() / 2 - 3, -size_.height() / 2 - 3, size_.width() + 6, size_.height() + 6);
}

void TopologyNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const QRectF box(-size_.width() / 2, -size_.height() / 2, size_.width(), size_.height());
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor border = look_.error ? errorColor() : look_.critical ? criticalPathColor() : QColor(0x9e, 0xa4, 0xab);
    double borderWidth = look_.error || look_.critical ? 1.8 : 1.0;
    if (selected_) {
        painter->setPen(QPen(QColor(0x1e, 0x64, 0xc8), 3.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5);
    }
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(look_.error ? QColor(0xfd, 0xec, 0xec) : QColor(Qt::white));
    painter->drawRoundedRect(box, 4, 4);
    painter->fillRect(QRectF(box.left() + 1, box.top() + 1, kStripe, box.height() - 2), look_.serviceColor);

    const QFont bold = boldOf(font_);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF metrics(font_);
    const double left = box.left() + kStripe + kPadding;
    const double width = box.right() - kPadding - left + 1;
    double y = box.top() + kPadding;
    painter->setFont(bold);
    painter->setPen(look_.error ? errorColor() : QColor(0x21, 0x21, 0x21));
    painter->drawText(QRectF(left, y, width, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, look_.service);
    y += boldMetrics.height();
    painter->setFont(font_);
    painter->setPen(QColor(0x21, 0x21, 0x21));
    painter->drawText(QRectF(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, look_.operation);
    y += metrics.height();
    painter->setPen(QColor(0x5f, 0x63, 0x68));
    painter->drawText(QRectF(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, look_.detail);
}

} // namespace tracemark
