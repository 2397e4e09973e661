#include "ui/rca/ServiceDetailsPanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tracemark {

namespace {

QString ms(double ns)
{
    return QLocale().toString(ns / 1e6, 'f', 2);
}

QString number(double value, int decimals = 2)
{
    const double unit = std::pow(10.0, -decimals) / 2;
    return QLocale().toString(std::abs(value) < unit ? 0.0 : value, 'f', decimals); // never "-0.0"
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

// A small line chart without axes: the shape of a KPI around the period, the period shaded.
QChartView* sparkline(const KpiSeries& kpi, const TimeWindow& period, QWidget* parent)
{
    auto* line = new QLineSeries;
    double low = kpi.points.front().second, high = low;
    for (const auto& [time, value] : kpi.points) {
        line->append(static_cast<double>(time) / 1e6, value);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    if (high - low < 1e-12) {
        high += 0.5;
        low -= 0.5;
    }
    line->setPen(QPen(QColor(0x2c, 0x3e, 0x50), 1.5));
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append(static_cast<double>(period.startNs) / 1e6, high);
    upper->append(static_cast<double>(period.endNs) / 1e6, high);
    lower->append(static_cast<double>(period.startNs) / 1e6, low);
    lower->append(static_cast<double>(period.endNs) / 1e6, low);
    auto* band = new QAreaSeries(upper, lower);
    band->setColor(QColor(0xe6, 0x7e, 0x22, 60));
    band->setBorderColor(Qt::transparent);

    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->addSeries(band);
    chart->addSeries(line);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setRange(static_cast<double>(kpi.points.front().first) / 1e6, static_cast<double>(kpi.points.back().first) / 1e6);
    y->setRange(low, high);
    for (QValueAxis* axis : {x, y}) {
        axis->setVisible(false);
        axis->setGridLineVisible(false);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(band), static_cast<QAbstractSeries*>(line)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFixedHeight(44);
    view->setMinimumWidth(120);
    view->setToolTip(ServiceDetailsPanel::tr("%1 (%2): %3 to %4")
                         .arg(QString::fromStdString(kpi.name), QString::fromStdString(kpi.instance),
                             QLocale().toString(low, 'g', 4), QLocale().toString(high, 'g', 4)));
    return view;
}

} // namespace

ServiceDetailsPanel::ServiceDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , figures_(new QWidget(this))
    , form_(new QGridLayout(figures_))
    , kpiTitle_(new QLabel(tr("KPIs around the period"), this))
    , kpiMessage_(new QLabel(this))
    , kpiCharts_(new QWidget(this))
    , kpiGrid_(new QGridLayout(kpiCharts_))
{
    QFont bigger = title_->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    title_->setFont(bigger);
    title_->setWordWrap(true);
    title_->setObjectName(QStringLiteral("serviceTitle"));
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setColumnStretch(1, 1);
    form_->setVerticalSpacing(4);
    const QString names[RowCount] = {tr("Hint"), tr("Rank"), tr("Combined score"), tr("SBFL counts"), tr("Ochiai"),
        tr("Self time"), tr("Duration"), tr("Errors"), tr("Spans"), tr("Call latency"), tr("KPI deviation"),
        tr("Error logs"), tr("Evidence")};
    for (int row = 0; row < RowCount; ++row) {
        names_[row] = new QLabel(names[row] + QLatin1Char(':'), figures_);
        values_[row] = new QLabel(figures_);
        values_[row]->setWordWrap(true);
        values_[row]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        names_[row]->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        form_->addWidget(names_[row], row, 0);
        form_->addWidget(values_[row], row, 1);
    }
    kpiTitle_->setFont(bigger);
    kpiMessage_->setWordWrap(true);
    kpiMessage_->setEnabled(false);
    kpiGrid_->setContentsMargins(0, 0, 0, 0);
    kpiGrid_->setVerticalSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(figures_);
    layout->addWidget(kpiTitle_);
    layout->addWidget(kpiMessage_);
    layout->addWidget(kpiCharts_);
    showService(nullptr, {});
}

void ServiceDetailsPanel::setRow(Row row, const QString& value)
{
    values_[row]->setText(value);
    names_[row]->show();
    values_[row]->show();
}

QString ServiceDetailsPanel::valueText(const QString& rowName) const
{
    for (int row = 0; row < RowCount; ++row)
        if (names_[row]->text() == rowName + QLatin1Char(':') && !values_[row]->isHidden())
            return values_[row]->text();
    return {};
}

void ServiceDetailsPanel::showService(const PeriodRanking* ranking, const QString& service)
{
    for (int row = 0; row < RowCount; ++row) {
        names_[row]->hide();
        values_[row]->hide();
    }
    service_ = service;
    const std::string name = service.toStdString();
    const auto found = ranking ? std::find_if(ranking->evidence.services.begin(), ranking->evidence.services.end(),
                                     [&](const ServiceEvidence& e) { return e.service == name; })
                               : std::vector<ServiceEvidence>::const_iterator();
    if (!ranking || service.isEmpty() || found == ranking->evidence.services.end()) {
        title_->setText(tr("No service selected"));
        setRow(Hint, tr("Click a service in the graph or the table to see its evidence."));
        clearTelemetry(QString());
        kpiTitle_->hide();
        return;
    }
    kpiTitle_->show();
    const ServiceEvidence& e = *found;
    const LatencyFigures& lat = ranking->latency.at(static_cast<std::size_t>(found - ranking->evidence.services.begin()));
    title_->setText(service);
    const double ochiai = sbflScore(SbflFormula::Ochiai, e.counts);
    const auto combined = std::find_if(ranking->combined.begin(), ranking->combined.end(),
        [&](const RankedSuspect& s) { return s.service == name; });
    setRow(Rank, tr("#%1 combined, #%2 Ochiai")
                            .arg(rankOf(ranking->combined, name))
                            .arg(rankOf(ranking->ochiai, name)));
    if (combined != ranking->combined.end())
        setRow(Combined, number(combined->score, 3));
    setRow(Counts, tr("ef %1 · ep %2 · nf %3 · np %4")
                                  .arg(e.counts.ef)
                                  .arg(e.counts.ep)
                                  .arg(e.counts.nf)
                                  .arg(e.counts.np));
    setRow(Ochiai, number(ochiai, 3));
    if (lat.hasSpans) {
        setRow(SelfTime, tr("%1 ms in the period\nworkspace %2 ± %3 ms, z %4")
                                    .arg(ms(lat.selfMeanNs), ms(lat.baseSelfMeanNs), ms(lat.baseSelfStdNs),
                                        number(e.selfTimeZ, 1)));
        setRow(Duration, tr("%1 ms in the period\nworkspace %2 ± %3 ms, z %4")
                                   .arg(ms(lat.durationMeanNs), ms(lat.baseDurationMeanNs), ms(lat.baseDurationStdNs),
                                       number(e.durationZ, 1)));
        setRow(Errors, tr("%1 of its spans, %2 raised by itself").arg(percent(e.errorShare), percent(e.ownErrorShare)));
    } else {
        setRow(Spans, tr("none in the period (known from calls, KPIs or logs)"));
    }
    setRow(CallLatency, std::abs(e.callLatencyZ) >= 0.05 ? tr("z %1 (callers' wait on the wire)").arg(number(e.callLatencyZ, 1))
                                                  : tr("no change"));
    setRow(Kpi, e.kpiDeviation ? tr("z %1").arg(number(*e.kpiDeviation, 1)) : tr("no KPIs"));
    setRow(Logs, e.errorLogExcess ? tr("excess z %1").arg(number(*e.errorLogExcess, 1)) : tr("no logs"));
    if (combined != ranking->combined.end() && !combined->reason.empty())
        setRow(Evidence, QString::fromStdString(combined->reason));
}

void ServiceDetailsPanel::clearTelemetry(const QString& message)
{
    while (QLayoutItem* item = kpiGrid_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    sparklines_ = 0;
    kpiMessage_->setText(message);
    kpiMessage_->setVisible(!message.isEmpty());
}

void ServiceDetailsPanel::showTelemetry(const ServiceTelemetry& telemetry, const TimeWindow& period)
{
    if (QString::fromStdString(telemetry.service) != service_)
        return;
    clearTelemetry(telemetry.kpis.empty() ? tr("No KPI series for this service.") : QString());
    int row = 0;
    for (const KpiSeries& kpi : telemetry.kpis) {
        auto* name = new QLabel(tr("%1\n%2").arg(QString::fromStdString(kpi.name), QString::fromStdString(kpi.instance)),
            kpiCharts_);
        name->setWordWrap(true);
        QChartView* chart = sparkline(kpi, period, kpiCharts_);
        kpiGrid_->addWidget(name, row, 0);
        kpiGrid_->addWidget(chart, row, 1);
        name->show(); // at once, not at the next event loop turn
        chart->show();
        ++row;
        ++sparklines_;
    }
    kpiGrid_->setColumnStretch(1, 1);
}

} // namespace tracemark
