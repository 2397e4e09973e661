#include "ui/rca/RootCausePage.h"

#include "ui/AppSettings.h"
#include "ui/Formatting.h"
#include "ui/jobs/QueuedProgress.h"
#include "ui/jobs/WorkspaceWorker.h"
#include "ui/rca/EvidenceWorker.h"
#include "ui/rca/FaultPeriodTableModel.h"
#include "ui/rca/PeriodTimeline.h"
#include "ui/rca/RootCauseForm.h"
#include "ui/rca/ServiceDetailsPanel.h"
#include "ui/rca/ServiceGraphView.h"
#include "ui/rca/SuspectTableModel.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tracemark {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QDateTimeEdit* timeEdit(QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    edit->setCalendarPopup(false);
    return edit;
}

} // namespace

RootCausePage::RootCausePage(QWidget* parent)
    : QWidget(parent)
    , evidence_(new EvidenceWorker(this))
    , periods_(new FaultPeriodTableModel(this))
    , suspects_(new SuspectTableModel(this))
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildLeft());
    splitter->addWidget(buildCentre());
    splitter->addWidget(buildRight());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 680, 400}); // the period table's six columns need about 520 px
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    setWorkspace(nullptr, nullptr);
}

RootCausePage::~RootCausePage()
{
    // Stop a load before the worker's destructor waits for it; then free the index there.
    if (loadProgress_)
        loadProgress_->cancel();
    delete evidence_;
}

QWidget* RootCausePage::buildLeft()
{
    auto* box = new QWidget(this);
    detect_ = new QPushButton(tr("Detect periods"), box);
    detect_->setObjectName(QStringLiteral("detectPeriods"));
    detect_->setToolTip(tr("Merge the start times of the abnormal traces into fault periods (5 s padding, "
                           "30 s gap, at least 2 traces), as `tracemark-cli periods` does. Periods with a root "
                           "cause, drawn by hand or from a fault list are kept."));
    periodView_ = tableFor(periods_, box);
    periodView_->setObjectName(QStringLiteral("periodTable"));
    const QFontMetrics metrics = periodView_->fontMetrics();
    periodView_->setColumnWidth(FaultPeriodTableModel::IdColumn, metrics.horizontalAdvance(QStringLiteral("0000")) + 16);
    periodView_->setColumnWidth(FaultPeriodTableModel::RangeColumn,
        metrics.horizontalAdvance(QStringLiteral("01-01 00:00:00 – 00:00:00")) + 16);
    periodView_->setColumnWidth(FaultPeriodTableModel::AbnormalColumn, metrics.horizontalAdvance(tr("Abnormal")) + 16);
    periodView_->setColumnWidth(FaultPeriodTableModel::NormalColumn,
        std::max(metrics.horizontalAdvance(tr("Normal")), metrics.horizontalAdvance(QStringLiteral("00,000"))) + 16);
    periodView_->setColumnWidth(FaultPeriodTableModel::OriginColumn, metrics.horizontalAdvance(tr("fault list")) + 20);

    timeline_ = new PeriodTimeline(box);
    auto* hint = new QLabel(tr("Drag across the chart to draw a period, drag a shaded edge to move it."), box);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    startEdit_ = timeEdit(box);
    startEdit_->setObjectName(QStringLiteral("periodStart"));
    endEdit_ = timeEdit(box);
    endEdit_->setObjectName(QStringLiteral("periodEnd"));
    applyBounds_ = new QPushButton(tr("Apply"), box);
    applyBounds_->setObjectName(QStringLiteral("applyPeriodBounds"));
    applyBounds_->setToolTip(tr("Store the selected period's new start and end"));

    auto* top = new QHBoxLayout;
    top->addWidget(heading(tr("Fault periods"), box), 1);
    top->addWidget(detect_);
    auto* bounds = new QGridLayout;
    bounds->addWidget(new QLabel(tr("Start:"), box), 0, 0);
    bounds->addWidget(startEdit_, 0, 1);
    bounds->addWidget(new QLabel(tr("End:"), box), 1, 0);
    bounds->addWidget(endEdit_, 1, 1);
    bounds->addWidget(applyBounds_, 1, 2);
    bounds->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addLayout(top);
    layout->addWidget(periodView_, 3);
    layout->addWidget(heading(tr("Abnormal traces over time"), box));
    layout->addWidget(timeline_, 2);
    layout->addWidget(hint);
    layout->addLayout(bounds);

    connect(detect_, &QPushButton::clicked, this, &RootCausePage::detectPeriods);
    connect(periodView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RootCausePage::onPeriodRowChanged);
    connect(timeline_, &PeriodTimeline::periodClicked, this, &RootCausePage::selectPeriod);
    connect(timeline_, &PeriodTimeline::periodDrawn, this, &RootCausePage::addPeriod);
    connect(timeline_, &PeriodTimeline::periodAdjusted, this, &RootCausePage::adjustPeriod);
    connect(applyBounds_, &QPushButton::clicked, this, [this] {
        const std::optional<FaultPeriodRecord> period = selectedRecord();
        if (!period)
            return;
        // The editors show milliseconds: an unchanged edge keeps its nanoseconds.
        auto nsOf = [](const QDateTimeEdit* edit, std::int64_t original) {
            const qint64 ms = edit->dateTime().toMSecsSinceEpoch();
            const std::int64_t originalMs = original / 1'000'000 - (original % 1'000'000 < 0 ? 1 : 0);
            return ms == originalMs ? original : static_cast<std::int64_t>(ms) * 1'000'000;
        };
        adjustPeriod(period->id, nsOf(startEdit_, period->startNs), nsOf(endEdit_, period->endNs));
    });
    return box;
}

QWidget* RootCausePage::buildCentre()
{
    auto* box = new QWidget(this);
    periodHeader_ = new QLabel(box);
    periodHeader_->setObjectName(QStringLiteral("periodHeader"));
    periodHeader_->setWordWrap(true);
    combinedButton_ = new QToolButton(box);
    combinedButton_->setText(tr("Combined"));
    combinedButton_->setToolTip(tr("Ochiai plus own latency, own errors, call latency, KPIs, error logs and the "
                                   "dependency graph (docs/rca.md)"));
    ochiaiButton_ = new QToolButton(box);
    ochiaiButton_->setText(tr("Ochiai"));
    ochiaiButton_->setToolTip(tr("Plain spectrum-based ranking: ef / sqrt((ef + ep)(ef + nf))"));
    modeGroup_ = new QButtonGroup(box);
    for (QToolButton* button : {combinedButton_, ochiaiButton_}) {
        button->setCheckable(true);
        modeGroup_->addButton(button);
    }
    combinedButton_->setChecked(true);
    graph_ = new ServiceGraphView(box);
    graph_->setObjectName(QStringLiteral("serviceGraph"));
    auto* zoomOut = new QToolButton(box);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (or turn the mouse wheel)"));
    auto* zoomIn = new QToolButton(box);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (or turn the mouse wheel)"));
    auto* fit = new QToolButton(box);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole graph"));

    loadingRow_ = new QWidget(box);
    loadingText_ = new QLabel(loadingRow_);
    loadingText_->setWordWrap(true);
    loadingBar_ = new QProgressBar(loadingRow_);
    loadingBar_->setRange(0, 1000);
    loadingBar_->setTextVisible(false);
    loadingBar_->setMaximumWidth(220);
    cancelLoad_ = new QPushButton(tr("Cancel"), loadingRow_);
    retryLoad_ = new QPushButton(tr("Load evidence"), loadingRow_);
    auto* loading = new QHBoxLayout(loadingRow_);
    loading->setContentsMargins(0, 0, 0, 0);
    loading->addWidget(loadingText_, 1);
    loading->addWidget(loadingBar_);
    loading->addWidget(cancelLoad_);
    loading->addWidget(retryLoad_);
    message_ = new QLabel(box);
    message_->setObjectName(QStringLiteral("rootCauseMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b00020;"));
    message_->hide();

    suspectView_ = tableFor(suspects_, box);
    suspectView_->setObjectName(QStringLiteral("suspectTable"));
    const QFontMetrics metrics = suspectView_->fontMetrics();
    suspectView_->setColumnWidth(SuspectTableModel::RankColumn, metrics.horizontalAdvance(tr("Rank")) + 20);
    suspectView_->setColumnWidth(SuspectTableModel::ServiceColumn,
        metrics.horizontalAdvance(QStringLiteral("productcatalogservice")) + 16);
    suspectView_->setColumnWidth(SuspectTableModel::ScoreColumn, metrics.horizontalAdvance(QStringLiteral("0.0000")) + 16);
    suspectView_->setColumnWidth(SuspectTableModel::EvidenceColumn,
        metrics.horizontalAdvance(QStringLiteral("ochiai 0.71, call latency z 2102.0, origin")) + 16);
    suspectView_->horizontalHeader()->moveSection(SuspectTableModel::OchiaiRankColumn, SuspectTableModel::ScoreColumn + 1);

    auto* tools = new QHBoxLayout;
    tools->addWidget(heading(tr("Ranking:"), box));
    tools->addWidget(combinedButton_);
    tools->addWidget(ochiaiButton_);
    tools->addStretch(1);
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    auto* split = new QSplitter(Qt::Vertical, box);
    split->addWidget(graph_);
    split->addWidget(suspectView_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 300});
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(periodHeader_);
    layout->addLayout(tools);
    layout->addWidget(loadingRow_);
    layout->addWidget(message_);
    layout->addWidget(split, 1);

    connect(modeGroup_, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
        setRankingMode(button == ochiaiButton_ ? RankingMode::Ochiai : RankingMode::Combined);
    });
    connect(zoomIn, &QToolButton::clicked, graph_, &ServiceGraphView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, graph_, &ServiceGraphView::zoomOut);
    connect(fit, &QToolButton::clicked, graph_, &ServiceGraphView::fitAll);
    connect(graph_, &ServiceGraphView::serviceClicked, this, &RootCausePage::selectService);
    connect(suspectView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                selectService(suspects_->serviceAt(current.row()));
        });
    connect(cancelLoad_, &QPushButton::clicked, this, &RootCausePage::cancelLoading);
    connect(retryLoad_, &QPushButton::clicked, this, &RootCausePage::loadEvidence);
    return box;
}

QWidget* RootCausePage::buildRight()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* box = new QWidget(scroll);
    details_ = new ServiceDetailsPanel(box);
    form_ = new RootCauseForm(box);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(details_);
    layout->addWidget(form_);
    layout->addStretch(1);
    scroll->setWidget(box);
    scroll->setMinimumWidth(300);
    connect(form_, &RootCauseForm::saveRequested, this, &RootCausePage::saveRootCause);
    connect(form_, &RootCauseForm::clearRequested, this, &RootCausePage::clearRootCause);
    return scroll;
}

void RootCausePage::setRankingMode(RankingMode mode)
{
    mode_ = mode;
    (mode == RankingMode::Ochiai ? ochiaiButton_ : combinedButton_)->setChecked(true);
    if (ranking_)
        showRanking();
}

void RootCausePage::selectService(const QString& service)
{
    selectedService_ = service;
    graph_->setSelectedService(service);
    {
        const QSignalBlocker blocker(suspectView_->selectionModel());
        const int row = suspects_->rowOf(service);
        if (row >= 0)
            suspectView_->selectRow(row);
        else
            suspectView_->clearSelection();
    }
    suspectView_->viewport()->update();
    details_->showService(ranking(), service);
    form_->setSuggestions(service, {});
    requestTelemetry();
}

void RootCausePage::updatePeriodHeader()
{
    const std::optional<FaultPeriodRecord> period = selectedRecord();
    if (!period) {
        periodHeader_->setText(workspace_ ? tr("No fault period selected.") : QString());
        return;
    }
    QString text = tr("Period %1: %2").arg(period->id).arg(formatTimeRangeNs(period->startNs, period->endNs));
    if (ranking_ && ranking_->periodId == period->id) {
        const PeriodEvidence& e = ranking_->evidence;
        text += tr(" · %1 traces: %2 abnormal, %3 normal, %4 unlabelled · ranked in %5 ms")
                  .arg(formatCount(e.traces), formatCount(e.abnormal), formatCount(e.normal), formatCount(e.unlabeled))
                  .arg(QLocale().toString(ranking_->milliseconds, 'f', 1));
    }
    periodHeader_->setText(text);
}

void RootCausePage::updateBoundsEditor()
{
    const std::optional<FaultPeriodRecord> period = selectedRecord();
    for (QWidget* widget : {static_cast<QWidget*>(startEdit_), static_cast<QWidget*>(endEdit_),
             static_cast<QWidget*>(applyBounds_)})
        widget->setEnabled(period.has_value() && workspace_);
    if (!period)
        return;
    startEdit_->setDateTime(QDateTime::fromMSecsSinceEpoch(period->startNs / 1'000'000));
    endEdit_->setDateTime(QDateTime::fromMSecsSinceEpoch(period->endNs / 1'000'000));
}

void RootCausePage::showError(const QString& message)
{
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT errorOccurred(message);
}

QString RootCausePage::message() const
{
    return message_->isVisible() || !message_->text().isEmpty() ? message_->text() : QString();
}

QString RootCausePage::author()
{
    return AppSettings::author(); // "labeling/author", else $USER, else "operator"
}

std::optional<FaultPeriodRecord> RootCausePage::selectedRecord() const
{
    if (!selectedPeriod_)
        return std::nullopt;
    const int row = periods_->rowOf(*selectedPeriod_);
    if (row < 0)
        return std::nullopt;
    return periods_->period(row);
}

bool RootCausePage::isBusy() const
{
    return overviewPending_ || rankPending_ || telemetryPending_ || detecting_ || indexState_ == IndexState::Loading
        || graph_->isLayoutPending();
}

} // namespace tracemark
