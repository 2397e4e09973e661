#pragma once
// What the evidence says about the selected service in the selected period: SBFL counts and
// scores, latency against the workspace baseline, errors, KPI and log deviations, and small
// line charts of its KPIs around the period.
#include "ui/rca/EvidenceSession.h"
#include "ui/rca/ServiceTelemetry.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace tracemark {

class ServiceDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ServiceDetailsPanel(QWidget* parent = nullptr);

    // Shows `service` from `ranking`; an empty service shows a hint instead.
    void showService(const PeriodRanking* ranking, const QString& service);
    // KPI series of the service shown (ignored when they belong to another one).
    void showTelemetry(const ServiceTelemetry& telemetry, const TimeWindow& period);
    void clearTelemetry(const QString& message);

    QString service() const { return service_; }
    // The value text of a row ("SBFL counts", "Self time", ...), for tests.
    QString valueText(const QString& rowName) const;
    int sparklineCount() const { return sparklines_; }

private:
    enum Row { Hint, Rank, Combined, Counts, Ochiai, SelfTime, Duration, Errors, Spans, CallLatency, Kpi, Logs, Evidence, RowCount };
    // Rows are made once and only change text or visibility: no widget churn per click.
    void setRow(Row row, const QString& value);

    QString service_;
    QLabel* title_;
    QWidget* figures_;
    QGridLayout* form_;
    QLabel* names_[RowCount] = {};
    QLabel* values_[RowCount] = {};
    QLabel* kpiTitle_;
    QLabel* kpiMessage_;
    QWidget* kpiCharts_;
    QGridLayout* kpiGrid_;
    int sparklines_ = 0;
};

} // namespace tracemark
