#pragma once
// The "Reference" tab: how long spans on the selected span's call path usually take across the
// whole workspace (count, mean, std, median, p95), where this span falls (percentile rank,
// z-score), and a histogram with a marker at this span. The viewer fetches the numbers on the
// worker; this panel only shows them.
#include "ui/trace/ReferenceStatistics.h"

#include <QString>
#include <QWidget>

class QLabel;
class QStackedWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace tracemark {

class ReferencePanel : public QWidget {
    Q_OBJECT
public:
    explicit ReferencePanel(QWidget* parent = nullptr);

    void showPlaceholder();
    void showLoading(const QString& callPath);
    void showError(const QString& message);
    void showStatistics(const QString& callPath, const ReferenceStatistics& statistics);

    bool hasStatistics() const { return hasStatistics_; }
    const ReferenceStatistics& statistics() const { return statistics_; }
    QString callPath() const { return callPath_; }
    QString summaryText() const; // the numbers as shown, for tests
    QChart* chart() const { return chart_; }

private:
    void rebuildChart();

    QStackedWidget* stack_;
    QLabel* message_;
    QLabel* path_;
    QLabel* summary_;
    QChartView* chartView_;
    QChart* chart_;
    ReferenceStatistics statistics_;
    QString callPath_;
    bool hasStatistics_ = false;
};

} // namespace tracemark
