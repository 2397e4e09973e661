#include "ui/trace/ReferencePanel.h"

#include "ui/trace/TraceStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace tracemark {

namespace {

QLineSeries* verticalLine(const QString& name, double xMs, double top, const QPen& pen)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(xMs, 0);
    line->append(xMs, top);
    line->setPen(pen);
    return line;
}

} // namespace

ReferencePanel::ReferencePanel(QWidget* parent)
    : QWidget(parent)
    , stack_(new QStackedWidget(this))
    , message_(new QLabel(this))
    , path_(new QLabel(this))
    , summary_(new QLabel(this))
    , chart_(new QChart)
{
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    path_->setWordWrap(true);
    path_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setTextFormat(Qt::RichText);
    summary_->setWordWrap(true);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    chartView_ = new QChartView(chart_, this); // takes ownership of the chart
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(180);

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(path_);
    pageLayout->addWidget(summary_);
    pageLayout->addWidget(chartView_, 1);
    stack_->addWidget(message_);
    stack_->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(stack_);
    showPlaceholder();
}

void ReferencePanel::showPlaceholder()
{
    hasStatistics_ = false;
    callPath_.clear();
    message_->setText(tr("Select a span to compare its duration with every span on the same call path in the workspace."));
    stack_->setCurrentWidget(message_);
}

void ReferencePanel::showLoading(const QString& callPath)
{
    hasStatistics_ = false;
    callPath_ = callPath;
    message_->setText(tr("Reading the durations of %1 …").arg(callPath.toHtmlEscaped()));
    stack_->setCurrentWidget(message_);
}

void ReferencePanel::showError(const QString& message)
{
    hasStatistics_ = false;
    message_->setText(tr("The reference statistics could not be read: %1").arg(message));
    stack_->setCurrentWidget(message_);
}

void ReferencePanel::showStatistics(const QString& callPath, const ReferenceStatistics& statistics)
{
    statistics_ = statistics;
    callPath_ = callPath;
    hasStatistics_ = true;
    path_->setText(tr("<b>Call path</b> %1").arg(callPath.toHtmlEscaped()));
    summary_->setText(summaryText());
    rebuildChart();
    stack_->setCurrentIndex(1);
}

QString ReferencePanel::summaryText() const
{
    if (!hasStatistics_)
        return {};
    const DurationStats& s = statistics_.stats;
    QString text = tr("<table cellspacing='6'>"
                      "<tr><td>Spans on this path</td><td><b>%1</b></td><td>Mean</td><td><b>%2</b></td>"
                      "<td>Std</td><td><b>%3</b></td></tr>"
                      "<tr><td>Median</td><td><b>%4</b></td><td>p95</td><td><b>%5</b></td>"
                      "<td>This span</td><td><b>%6</b></td></tr></table>")
                       .arg(QLocale().toString(static_cast<qlonglong>(s.count)), formatSpanDuration(s.meanNs),
                            formatSpanDuration(s.stdNs), formatSpanDuration(s.medianNs), formatSpanDuration(s.p95Ns),
                            formatSpanDuration(static_cast<double>(statistics_.spanDurationNs)));
    text += tr("Slower than %1 % of the spans on this path (z = %2).")
                .arg(QLocale().toString(statistics_.percentileRank, 'f', 1),
                     QLocale().toString(statistics_.zScore, 'f', 2));
    if (statistics_.spanDurationNs > s.p95Ns && s.count > 1)
        text += QStringLiteral(" <span style='color:#d32f2f'>") + tr("Beyond the 95th percentile.")
            + QStringLiteral("</span>");
    if (statistics_.histogram.above > 0)
        text += QStringLiteral(" ") + tr("%n longer span(s) lie beyond the chart.", nullptr, statistics_.histogram.above);
    return text;
}

void ReferencePanel::rebuildChart()
{
    chart_->removeAllSeries();
    for (QAbstractAxis* axis : chart_->axes()) {
        chart_->removeAxis(axis);
        delete axis;
    }
    const DurationHistogram& histogram = statistics_.histogram;
    if (histogram.counts.empty())
        return;
    constexpr double kNsPerMs = 1e6;
    const double width = histogram.binWidthNs() / kNsPerMs;
    const double low = histogram.lowNs / kNsPerMs;
    auto* upper = new QLineSeries;
    upper->append(low, 0);
    int highest = 1;
    for (std::size_t i = 0; i < histogram.counts.size(); ++i) {
        const int count = histogram.counts[i];
        highest = std::max(highest, count);
        upper->append(low + i * width, count);
        upper->append(low + (i + 1) * width, count);
    }
    upper->append(low + histogram.counts.size() * width, 0);
    auto* bars = new QAreaSeries(upper);
    bars->setName(tr("Spans on this path"));
    bars->setColor(QColor(0x8a, 0xb4, 0xf8));
    bars->setBorderColor(QColor(0x1e, 0x64, 0xc8));
    const double top = highest * 1.1;
    const DurationStats& s = statistics_.stats;
    QPen medianPen(QColor(0x5f, 0x63, 0x68), 1.5, Qt::DashLine);
    QPen p95Pen(QColor(0xe3, 0x74, 0x00), 1.5, Qt::DashLine);
    QList<QAbstractSeries*> series{bars, verticalLine(tr("Median"), s.medianNs / kNsPerMs, top, medianPen),
                                   verticalLine(tr("p95"), s.p95Ns / kNsPerMs, top, p95Pen),
                                   verticalLine(tr("This span"), statistics_.spanDurationNs / kNsPerMs, top,
                                                QPen(errorColor(), 2.5))};
    auto* x = new QValueAxis;
    x->setTitleText(tr("Duration (ms)"));
    x->setRange(low, histogram.highNs / kNsPerMs);
    x->setLabelFormat(QStringLiteral("%.3g"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Spans"));
    y->setRange(0, top);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart_->addAxis(x, Qt::AlignBottom);
    chart_->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* one : series) {
        chart_->addSeries(one);
        one->attachAxis(x);
        one->attachAxis(y);
    }
}

} // namespace tracemark
