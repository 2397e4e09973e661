#pragma once
// An overview of every row of the waterfall squeezed into a strip (Jaeger's minimap): each
// span's bar at its place in time, the rows in view shaded. Click or drag to scroll the
// waterfall there. The picture is cached and redrawn only when rows or the size change.
#include <QImage>
#include <QWidget>

namespace tracemark {

class WaterfallView;

class WaterfallMinimap : public QWidget {
    Q_OBJECT
public:
    explicit WaterfallMinimap(WaterfallView* view, QWidget* parent = nullptr);
    QSize sizeHint() const override { return QSize(300, 56); }
    // The row a click at height y scrolls to.
    int rowAtY(int y) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void scrollTo(int y);
    void invalidate();
    QRect overviewRect() const;

    WaterfallView* view_;
    QImage cache_;
};

} // namespace tracemark
