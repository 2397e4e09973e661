#pragma once
// Abnormal traces over time (bucketed counts) with the fault periods shaded. Dragging across
// the chart draws a new period; dragging a period's edge moves it; a click selects the period
// under the mouse. The chart only reports what the operator did: the page stores it.
#include "ui/rca/PeriodOverview.h"

#include <QChartView>

#include <cstdint>
#include <optional>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace tracemark {

class PeriodTimeline : public QChartView {
    Q_OBJECT
public:
    explicit PeriodTimeline(QWidget* parent = nullptr);

    void setOverview(const PeriodOverview& overview);
    void setSelectedPeriod(std::optional<std::int64_t> periodId);
    const TimeBuckets& buckets() const { return buckets_; }

    // Mapping between time and the viewport's x (also what the tests drive the mouse with).
    double viewportXOf(std::int64_t ns) const;
    std::int64_t timeAtViewportX(double x) const;
    // A point inside the plot area, at the given time, halfway up.
    QPoint viewportPointAt(std::int64_t ns) const;

Q_SIGNALS:
    void periodDrawn(std::int64_t startNs, std::int64_t endNs);
    void periodAdjusted(std::int64_t periodId, std::int64_t startNs, std::int64_t endNs);
    void periodClicked(std::int64_t periodId);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    enum class Drag { None, Draw, MoveStart, MoveEnd };
    struct EdgeHit {
        std::size_t period = 0;
        Drag drag = Drag::None;
    };
    std::optional<EdgeHit> edgeAt(double x) const;
    QRectF plotAreaInViewport() const;

    PeriodOverview overview_;
    TimeBuckets buckets_;
    std::optional<std::int64_t> selected_;
    QLineSeries* counts_;
    QLineSeries* baseline_;
    QAreaSeries* area_;
    QDateTimeAxis* timeAxis_;
    QValueAxis* countAxis_;
    Drag drag_ = Drag::None;
    std::size_t dragPeriod_ = 0;
    double dragFromX_ = 0;
    double dragToX_ = 0;
};

} // namespace tracemark
