#include "ui/labeling/ShortcutsOverlay.h"

#include <QKeyEvent>
#include <QPainter>

namespace tracemark {

ShortcutsOverlay::ShortcutsOverlay(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    hide();
}

QVector<QPair<QString, QString>> ShortcutsOverlay::shortcuts()
{
    return {
        {QStringLiteral("N"), tr("Label the trace normal")},
        {QStringLiteral("A"), tr("Label the trace abnormal")},
        {QStringLiteral("S"), tr("Skip the trace (no label)")},
        {QStringLiteral("J / ↓"), tr("Next trace in the queue")},
        {QStringLiteral("K / ↑"), tr("Previous trace in the queue")},
        {QStringLiteral("Z"), tr("Undo the last label")},
        {QStringLiteral("Shift+Z"), tr("Redo")},
        {QStringLiteral("C"), tr("Compare with the cluster's representative")},
        {QStringLiteral("F"), tr("Fit the topology to the view")},
        {QStringLiteral("/"), tr("Search the queue")},
        {QStringLiteral("?"), tr("Show or hide this help")},
    };
}

void ShortcutsOverlay::popUp()
{
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus();
}

void ShortcutsOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0, 0, 0, 150));

    const auto items = shortcuts();
    QFont keyFont = font();
    keyFont.setBold(true);
    const QFontMetrics keyMetrics(keyFont);
    const QFontMetrics textMetrics(font());
    int keyWidth = 0;
    int textWidth = textMetrics.horizontalAdvance(tr("Keyboard shortcuts"));
    for (const auto& [key, text] : items) {
        keyWidth = std::max(keyWidth, keyMetrics.horizontalAdvance(key));
        textWidth = std::max(textWidth, textMetrics.horizontalAdvance(text));
    }
    const int line = std::max(keyMetrics.height(), textMetrics.height()) + 8;
    const int padding = 24;
    const int width = keyWidth + 24 + textWidth + 2 * padding;
    const int height = (static_cast<int>(items.size()) + 2) * line + 2 * padding;
    const QRect panel(rect().center() - QPoint(width / 2, height / 2), QSize(width, height));
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawRoundedRect(panel, 8, 8);

    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(keyFont);
    int y = panel.top() + padding;
    painter.drawText(QRect(panel.left() + padding, y, width - 2 * padding, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Keyboard shortcuts"));
    y += line * 3 / 2;
    for (const auto& [key, text] : items) {
        painter.setFont(keyFont);
        painter.drawText(QRect(panel.left() + padding, y, keyWidth, line), Qt::AlignLeft | Qt::AlignVCenter, key);
        painter.setFont(font());
        painter.drawText(QRect(panel.left() + padding + keyWidth + 24, y, textWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    }
}

void ShortcutsOverlay::keyPressEvent(QKeyEvent* event)
{
    event->accept();
    hide();
    if (parentWidget())
        parentWidget()->setFocus(); // back to the queue (the page's focus proxy)
}

void ShortcutsOverlay::mousePressEvent(QMouseEvent* event)
{
    event->accept();
    hide();
    if (parentWidget())
        parentWidget()->setFocus(); // back to the queue (the page's focus proxy)
}

} // namespace tracemark
