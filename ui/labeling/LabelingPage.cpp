#include "ui/labeling/LabelingPage.h"

#include "ui/Formatting.h"
#include "ui/jobs/JobBar.h"
#include "ui/jobs/WorkspaceWorker.h"
#include "ui/labeling/LabelColors.h"
#include "ui/labeling/LabelQueueFilter.h"
#include "ui/labeling/LabelQueueModel.h"
#include "ui/labeling/LabelWriter.h"
#include "ui/labeling/ShortcutsOverlay.h"
#include "ui/trace/TraceViewer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tracemark {

LabelingPage::LabelingPage(QWidget* parent)
    : QWidget(parent)
    , writer_(new LabelWriter(this))
    , model_(new LabelQueueModel(this))
    , filter_(new LabelQueueFilter(this))
{
    filter_->setSourceModel(model_);
    buildLayout();
    createShortcuts();
    overlay_ = new ShortcutsOverlay(this);
    setFocusProxy(view_);
    updateActions();
}

LabelingPage::~LabelingPage()
{
    writer_->flush();
}

void LabelingPage::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildToolBar());
    jobBar_ = new JobBar(this);
    layout->addWidget(jobBar_);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildQueueSide());
    splitter->addWidget(buildTraceSide());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({430, 1000});
    layout->addWidget(splitter, 1);
}

QWidget* LabelingPage::buildToolBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    vectors_ = new QComboBox(bar);
    vectors_->setToolTip(tr("Trace vectors the selection runs on: gnn (the trained encoder, after Embed), "
                            "stv (span-type counts) or bag (operation bag), both computed on the fly"));
    k_ = new QSpinBox(bar);
    k_->setRange(0, 1000000);
    k_->setSpecialValueText(tr("auto"));
    k_->setToolTip(tr("Number of representatives (auto: 0.1 % of the traces, at least 10)"));
    selectButton_ = new QPushButton(tr("Select representatives"), bar);
    propagateButton_ = new QPushButton(tr("Propagate"), bar);
    propagateButton_->setToolTip(tr("Give every other trace the label of its nearest labelled neighbours"));
    suggestCount_ = new QSpinBox(bar);
    suggestCount_->setRange(1, 100000);
    suggestCount_->setValue(10);
    suggestButton_ = new QPushButton(tr("Suggest next"), bar);
    suggestButton_->setToolTip(tr("Add the traces whose propagated label is most doubtful to the queue"));
    embedButton_ = new QPushButton(tr("Embed traces…"), bar);
    embedButton_->setToolTip(tr("Train the graph encoder on this workspace and store a vector per trace (gnn)"));
    row->addWidget(new QLabel(tr("Vectors:"), bar));
    row->addWidget(vectors_);
    row->addWidget(new QLabel(tr("k:"), bar));
    row->addWidget(k_);
    row->addWidget(selectButton_);
    row->addSpacing(12);
    row->addWidget(propagateButton_);
    row->addSpacing(12);
    row->addWidget(suggestButton_);
    row->addWidget(suggestCount_);
    row->addStretch(1);
    row->addWidget(embedButton_);
    connect(selectButton_, &QPushButton::clicked, this, [this] { startSelect(k_->value(), vectors_->currentText()); });
    connect(propagateButton_, &QPushButton::clicked, this, [this] { startPropagate(); });
    connect(suggestButton_, &QPushButton::clicked, this, [this] { startSuggest(suggestCount_->value()); });
    connect(embedButton_, &QPushButton::clicked, this, [this] { startEmbed(); });
    return bar;
}

QWidget* LabelingPage::buildQueueSide()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QGridLayout();
    search_ = new QLineEdit(side);
    search_->setPlaceholderText(tr("Search trace id, service or operation  (/)"));
    search_->setClearButtonEnabled(true);
    serviceFilter_ = new QComboBox(side);
    operationFilter_ = new QLineEdit(side);
    operationFilter_->setPlaceholderText(tr("Operation"));
    operationFilter_->setClearButtonEnabled(true);
    statusFilter_ = new QComboBox(side);
    statusFilter_->addItem(tr("Any status"));
    statusFilter_->addItem(tr("With errors"));
    statusFilter_->addItem(tr("Without errors"));
    minDuration_ = new QDoubleSpinBox(side);
    maxDuration_ = new QDoubleSpinBox(side);
    for (QDoubleSpinBox* box : {minDuration_, maxDuration_}) {
        box->setRange(0, 1e9);
        box->setDecimals(1);
        box->setSuffix(tr(" ms"));
    }
    minDuration_->setSpecialValueText(tr("min ms"));
    maxDuration_->setSpecialValueText(tr("max ms"));
    sourceFilter_ = new QComboBox(side);
    sourceFilter_->addItem(tr("Any label"));
    sourceFilter_->addItem(tr("Unlabeled"));
    sourceFilter_->addItem(tr("Labeled by a person"));
    sourceFilter_->addItem(tr("Propagated"));
    sourceFilter_->addItem(tr("Not yet judged by a person"));
    filters->addWidget(search_, 0, 0, 1, 3);
    filters->addWidget(serviceFilter_, 1, 0);
    filters->addWidget(operationFilter_, 1, 1);
    filters->addWidget(statusFilter_, 1, 2);
    filters->addWidget(minDuration_, 2, 0);
    filters->addWidget(maxDuration_, 2, 1);
    filters->addWidget(sourceFilter_, 2, 2);
    layout->addLayout(filters);
    connect(search_, &QLineEdit::textChanged, this, &LabelingPage::applyFilter);
    connect(operationFilter_, &QLineEdit::textChanged, this, &LabelingPage::applyFilter);
    for (QComboBox* box : {serviceFilter_, statusFilter_, sourceFilter_})
        connect(box, &QComboBox::currentIndexChanged, this, &LabelingPage::applyFilter);
    for (QDoubleSpinBox* box : {minDuration_, maxDuration_})
        connect(box, &QDoubleSpinBox::valueChanged, this, &LabelingPage::applyFilter);

    queueStack_ = new QStackedWidget(side);
    view_ = new QTableView(queueStack_);
    view_->setModel(filter_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setAlternatingRowColors(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setWordWrap(false);
    view_->setColumnHidden(LabelQueueModel::SpansColumn, true);
    view_->setColumnHidden(LabelQueueModel::RootColumn, true);
    // The label right after the position: it is what the operator is filling in.
    view_->horizontalHeader()->moveSection(LabelQueueModel::LabelColumn, 1);
    emptyQueue_ = new QLabel(queueStack_);
    emptyQueue_->setWordWrap(true);
    emptyQueue_->setAlignment(Qt::AlignCenter);
    emptyQueue_->setMargin(24);
    queueStack_->addWidget(view_);
    queueStack_->addWidget(emptyQueue_);
    layout->addWidget(queueStack_, 3);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LabelingPage::updateCurrent);

    auto* progressBox = new QGroupBox(tr("Progress"), side);
    auto* progressLayout = new QVBoxLayout(progressBox);
    countsLabel_ = new QLabel(progressBox);
    countsLabel_->setWordWrap(true);
    countsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    queueProgress_ = new QProgressBar(progressBox);
    queueProgress_->setFormat(tr("%v of %m queued traces judged"));
    clusterTable_ = new QTableWidget(0, 6, progressBox);
    clusterTable_->setHorizontalHeaderLabels(
        {tr("Cluster"), tr("Traces"), tr("Representative"), tr("By a person"), tr("Normal"), tr("Abnormal")});
    clusterTable_->verticalHeader()->hide();
    clusterTable_->verticalHeader()->setDefaultSectionSize(clusterTable_->fontMetrics().height() + 6);
    clusterTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    clusterTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    clusterTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    clusterTable_->setToolTip(tr("Labels of each cluster's members (any source); double-click to go to its "
                                 "representative"));
    connect(clusterTable_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < static_cast<int>(snapshot_.clusters.size()))
            selectKey(snapshot_.clusters[static_cast<std::size_t>(row)].representativeKey);
    });
    progressLayout->addWidget(countsLabel_);
    progressLayout->addWidget(queueProgress_);
    progressLayout->addWidget(clusterTable_, 1);
    layout->addWidget(progressBox, 2);
    return side;
}

QWidget* LabelingPage::buildTraceSide()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* actions = new QHBoxLayout();
    normalButton_ = new QPushButton(tr("Normal  (N)"), side);
    abnormalButton_ = new QPushButton(tr("Abnormal  (A)"), side);
    skipButton_ = new QPushButton(tr("Skip  (S)"), side);
    undoButton_ = new QPushButton(tr("Undo  (Z)"), side);
    redoButton_ = new QPushButton(tr("Redo  (Shift+Z)"), side);
    compareButton_ = new QPushButton(tr("Compare…"), side);
    autoAdvance_ = new QCheckBox(tr("Auto-advance"), side);
    auto* help = new QPushButton(tr("?"), side);
    help->setToolTip(tr("Keyboard shortcuts (?)"));
    help->setFixedWidth(help->fontMetrics().horizontalAdvance(QStringLiteral("??")) + 16);
    normalButton_->setStyleSheet(QStringLiteral("QPushButton { color: #1b7f3b; font-weight: bold; }"));
    abnormalButton_->setStyleSheet(QStringLiteral("QPushButton { color: #c62828; font-weight: bold; }"));
    for (QPushButton* button : {normalButton_, abnormalButton_, skipButton_, undoButton_, redoButton_, compareButton_, help})
        button->setFocusPolicy(Qt::NoFocus); // keys stay with the queue
    autoAdvance_->setFocusPolicy(Qt::NoFocus);
    actions->addWidget(normalButton_);
    actions->addWidget(abnormalButton_);
    actions->addWidget(skipButton_);
    actions->addSpacing(12);
    actions->addWidget(undoButton_);
    actions->addWidget(redoButton_);
    actions->addSpacing(12);
    actions->addWidget(compareButton_);
    actions->addStretch(1);
    actions->addWidget(autoAdvance_);
    actions->addWidget(help);
    layout->addLayout(actions);
    connect(normalButton_, &QPushButton::clicked, this, [this] { labelCurrent(TraceLabel::Normal); });
    connect(abnormalButton_, &QPushButton::clicked, this, [this] { labelCurrent(TraceLabel::Abnormal); });
    connect(skipButton_, &QPushButton::clicked, this, &LabelingPage::skipCurrent);
    connect(undoButton_, &QPushButton::clicked, this, &LabelingPage::undo);
    connect(redoButton_, &QPushButton::clicked, this, &LabelingPage::redo);
    connect(help, &QPushButton::clicked, this, &LabelingPage::showShortcuts);
    connect(autoAdvance_, &QCheckBox::toggled, this, &LabelingPage::setAutoAdvance);

    currentTitle_ = new QLabel(side);
    currentTitle_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = currentTitle_->font();
    titleFont.setBold(true);
    currentTitle_->setFont(titleFont);
    clusterInfo_ = new QLabel(side);
    clusterInfo_->setWordWrap(true);
    layout->addWidget(currentTitle_);
    layout->addWidget(clusterInfo_);

    viewer_ = new TraceViewer(side);
    layout->addWidget(viewer_, 1);
    return side;
}

void LabelingPage::setWorkspace(Workspace* workspace, WorkspaceWorker* worker)
{
    writer_->flush();
    loadJobs_.invalidate();
    if (job_)
        job_->cancel();
    workspace_ = workspace;
    worker_ = worker;
    history_.clear();
    suggestions_.clear();
    pinnedKey_ = 0;
    writer_->setWorkspacePath(workspace ? workspace->path() : std::filesystem::path());
    viewer_->setWorkspace(workspace, worker);
    snapshot_ = LabelingSnapshot();
    model_->setEntries({});
    if (workspace)
        reload();
    else
        applySnapshot(LabelingSnapshot());
}

void LabelingPage::reload()
{
    if (!workspace_ || !worker_)
        return;
    loading_ = true;
    const QVector<SuggestedTrace> suggestions = suggestions_;
    worker_->run<LabelingSnapshot>(
        this, loadJobs_.next(),
        [suggestions](Workspace& workspace) { return loadLabelingSnapshot(workspace, suggestions); },
        [this](const LabelingSnapshot& snapshot) { applySnapshot(snapshot); },
        [this](const QString& message) {
            loading_ = false;
            lastJobMessage_ = message;
            emptyQueue_->setText(tr("Could not read the labeling queue: %1").arg(message));
            queueStack_->setCurrentWidget(emptyQueue_);
        });
}

void LabelingPage::applySnapshot(LabelingSnapshot snapshot)
{
    const std::int64_t current = currentKey();
    // Labels given since the load started are newer than what the snapshot read: keep them.
    for (QueueEntry& entry : snapshot.queue) {
        if (const QueueEntry* shown = model_->entryOfKey(entry.key); shown && shown->saving) {
            entry.label = shown->label;
            entry.saving = true;
        }
    }
    snapshot_ = std::move(snapshot);
    loading_ = false;
    model_->setEntries(snapshot_.queue);

    const QString wantedVectors = vectors_->currentText();
    vectors_->clear();
    QStringList kinds = snapshot_.vectorKinds;
    for (const QString& computed : {QStringLiteral("stv"), QStringLiteral("bag")})
        if (!kinds.contains(computed))
            kinds << computed;
    vectors_->addItems(kinds);
    if (snapshot_.selection && kinds.contains(QString::fromStdString(snapshot_.selection->vectors)))
        vectors_->setCurrentText(QString::fromStdString(snapshot_.selection->vectors));
    if (!wantedVectors.isEmpty() && kinds.contains(wantedVectors))
        vectors_->setCurrentText(wantedVectors);

    const QString service = serviceFilter_->currentText();
    serviceFilter_->blockSignals(true);
    serviceFilter_->clear();
    serviceFilter_->addItem(tr("Any service"));
    serviceFilter_->addItems(snapshot_.services);
    const int serviceIndex = serviceFilter_->findText(service);
    serviceFilter_->setCurrentIndex(serviceIndex > 0 ? serviceIndex : 0);
    serviceFilter_->blockSignals(false);

    if (!workspace_)
        emptyQueue_->setText(tr("Open a workspace to label its traces."));
    else if (snapshot_.queue.empty())
        emptyQueue_->setText(
            tr("Nothing to judge yet.\n\nPress “Select representatives” to pick a few traces that stand for all "
               "the others (choose the vectors and k first; “Embed traces…” trains the graph encoder for the best "
               "vectors)."));
    queueStack_->setCurrentWidget(snapshot_.queue.empty() ? static_cast<QWidget*>(emptyQueue_) : view_);
    view_->resizeColumnsToContents();

    updateCounts();
    updateClusterTable();
    if (!selectKey(current) && filter_->rowCount() > 0)
        view_->setCurrentIndex(filter_->index(0, 0));
    updateActions();
    Q_EMIT snapshotLoaded();
}

void LabelingPage::applyFilter()
{
    QueueFilterCriteria criteria;
    criteria.text = search_->text().trimmed();
    criteria.service = serviceFilter_->currentIndex() > 0 ? serviceFilter_->currentText() : QString();
    criteria.operation = operationFilter_->text().trimmed();
    criteria.status = static_cast<QueueFilterCriteria::Status>(std::max(0, statusFilter_->currentIndex()));
    criteria.minDurationMs = minDuration_->value();
    criteria.maxDurationMs = maxDuration_->value();
    criteria.source = static_cast<QueueFilterCriteria::Source>(std::max(0, sourceFilter_->currentIndex()));
    const std::int64_t current = currentKey();
    filter_->setCriteria(criteria);
    if (!selectKey(current) && filter_->rowCount() > 0)
        view_->setCurrentIndex(filter_->index(0, 0));
    updateCounts();
}

QString LabelingPage::countsText() const
{
    return countsLabel_->text();
}

void LabelingPage::updateCounts()
{
    const auto& entries = model_->entries();
    const auto judged = std::count_if(entries.begin(), entries.end(), [](const QueueEntry& entry) {
        return entry.label.label != TraceLabel::Unlabeled && entry.label.source == LabelSource::Human;
    });
    const auto toLabel = static_cast<std::int64_t>(entries.size()) - judged;
    const LabelCounts& c = snapshot_.counts;
    countsLabel_->setText(
        tr("Labeled by you: %1 (%2 abnormal) · to label: %3 · propagated: %4 (%5 abnormal) · %6 traces · showing %7 "
           "of %8 queued")
            .arg(formatCount(c.human), formatCount(c.humanAbnormal), formatCount(toLabel), formatCount(c.propagated),
                 formatCount(c.propagatedAbnormal), formatCount(c.traces), formatCount(filter_->rowCount()),
                 formatCount(static_cast<std::int64_t>(entries.size()))));
    queueProgress_->setRange(0, std::max<int>(1, static_cast<int>(entries.size())));
    queueProgress_->setValue(static_cast<int>(judged));
}

void LabelingPage::updateClusterTable()
{
    clusterTable_->setRowCount(static_cast<int>(snapshot_.clusters.size()));
    int row = 0;
    for (const ClusterInfo& cluster : snapshot_.clusters) {
        const QueueEntry* representative = model_->entryOfKey(cluster.representativeKey);
        const LabelState label = representative ? representative->label : LabelState();
        const QStringList cells = {QString::number(cluster.cluster), formatCount(cluster.size), labelDisplayText(label),
                                   formatCount(cluster.humanLabeled), formatCount(cluster.normal),
                                   formatCount(cluster.abnormal)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column != 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setForeground(labelTextColor(label, palette().color(QPalette::Text)));
            clusterTable_->setItem(row, column, item);
        }
        ++row;
    }
}

} // namespace tracemark
