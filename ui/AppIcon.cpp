#include "ui/AppIcon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace tracemark {

QPixmap paintAppIcon(int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 256.0, size / 256.0); // the SVG's 256-unit canvas

    QLinearGradient background(0, 8, 0, 248);
    background.setColorAt(0, QColor(0x2f, 0x66, 0x90));
    background.setColorAt(1, QColor(0x16, 0x32, 0x4f));
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44);

    QPen connector(QColor(0x9c, 0xc9, 0xe8, 178), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(connector);
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(QPolygonF({ QPointF(50, 66), QPointF(50, 172), QPointF(66, 172) }));
    painter.drawLine(QPointF(50, 108), QPointF(66, 108));
    painter.drawPolyline(QPolygonF({ QPointF(82, 120), QPointF(82, 140), QPointF(96, 140) }));

    painter.setPen(Qt::NoPen);
    const QColor span(0x8f, 0xd3, 0xfe);
    painter.setBrush(span);
    painter.drawRoundedRect(QRectF(38, 40, 176, 26), 8, 8);
    painter.drawRoundedRect(QRectF(66, 96, 104, 24), 8, 8);
    painter.drawRoundedRect(QRectF(66, 160, 82, 24), 8, 8);
    painter.setBrush(QColor(0xff, 0x7a, 0x59)); // the faulty span
    painter.drawRoundedRect(QRectF(96, 130, 62, 22), 7, 7);

    QLinearGradient mark(0, 142, 0, 230);
    mark.setColorAt(0, QColor(0xff, 0xe0, 0x82));
    mark.setColorAt(1, QColor(0xff, 0xb3, 0x00));
    painter.setBrush(mark);
    painter.setPen(QPen(QColor(0x16, 0x32, 0x4f), 8));
    painter.drawEllipse(QPointF(186, 186), 44, 44);

    QPainterPath tick;
    tick.moveTo(164, 187);
    tick.lineTo(180, 203);
    tick.lineTo(208, 170);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x16, 0x32, 0x4f), 12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(tick);
    return pixmap;
}

QIcon appIcon()
{
    QIcon svg(QStringLiteral(":/tracemark.svg"));
    if (!svg.pixmap(32, 32).isNull())
        return svg;
    QIcon painted;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        painted.addPixmap(paintAppIcon(size));
    return painted;
}

} // namespace tracemark
