#pragma once
// The keyboard help that '?' lays over the labeling page; any key or click closes it.
#include <QWidget>

namespace tracemark {

class ShortcutsOverlay : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutsOverlay(QWidget* parent);
    // Covers the parent and takes the focus.
    void popUp();
    // (key, what it does) pairs, as shown.
    static QVector<QPair<QString, QString>> shortcuts();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
};

} // namespace tracemark
