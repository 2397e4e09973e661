#include "ui/TracePanel.h"

#include "ui/Formatting.h"
#include "ui/TraceFilterBar.h"
#include "ui/jobs/WorkspaceWorker.h"
#include "ui/models/TraceTableModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace tracemark {

TracePanel::TracePanel(QWidget* parent)
    : QWidget(parent)
    , filterBar_(new TraceFilterBar(this))
    , countLabel_(new QLabel(this))
    , stack_(new QStackedWidget(this))
    , view_(new QTableView(this))
    , noRows_(new QLabel(this))
    , model_(new TraceTableModel(this))
{
    countLabel_->setObjectName(QStringLiteral("matchCount"));
    countLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    view_->setObjectName(QStringLiteral("traceTable"));
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->setTextElideMode(Qt::ElideMiddle); // trace ids differ at both ends
    view_->setCornerButtonEnabled(false);
    view_->verticalHeader()->hide();
    // Fixed row heights keep scrolling a million-row table cheap.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setInitialColumnWidths();

    noRows_->setObjectName(QStringLiteral("noRowsMessage"));
    noRows_->setAlignment(Qt::AlignCenter);
    noRows_->setWordWrap(true);
    noRows_->setEnabled(false); // drawn in the palette's muted colour

    stack_->addWidget(view_);
    stack_->addWidget(noRows_);

    auto* header = new QHBoxLayout;
    header->addWidget(filterBar_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(countLabel_);
    layout->addWidget(stack_, 1);

    connect(filterBar_, &TraceFilterBar::filterChanged, this, &TracePanel::applyFilter);
    connect(model_, &TraceTableModel::queryFailed, this, &TracePanel::queryFailed);
    connect(model_, &QAbstractItemModel::modelReset, this, &TracePanel::updateEmptyState);
    updateEmptyState();
}

TracePanel::~TracePanel() = default;

void TracePanel::setInitialColumnWidths()
{
    const QFontMetrics metrics = view_->fontMetrics();
    const int padding = 24;
    auto widthOf = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + padding; };
    view_->setColumnWidth(TraceTableModel::StartColumn, widthOf(QStringLiteral("2026-01-01 00:00:00.000")));
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view_->setColumnWidth(
        TraceTableModel::TraceIdColumn, mono.horizontalAdvance(QString(32, QLatin1Char('f'))) + padding);
    view_->setColumnWidth(TraceTableModel::ServiceColumn, widthOf(QStringLiteral("ts-travel-plan-service")));
    view_->setColumnWidth(
        TraceTableModel::OperationColumn, widthOf(QStringLiteral("POST /api/v1/travelservice")));
    auto header = [&](int column) { return model_->headerData(column, Qt::Horizontal).toString(); };
    view_->setColumnWidth(TraceTableModel::DurationColumn, widthOf(header(TraceTableModel::DurationColumn)));
    view_->setColumnWidth(TraceTableModel::SpansColumn,
        std::max(widthOf(QStringLiteral("00000")), widthOf(header(TraceTableModel::SpansColumn))));
    view_->setColumnWidth(TraceTableModel::ErrorsColumn, widthOf(header(TraceTableModel::ErrorsColumn)));
}

void TracePanel::setWorkspace(Workspace* workspace, WorkspaceWorker* worker)
{
    workspace_ = workspace;
    worker_ = worker;
    countJobs_.invalidate();
    filterBar_->setWorkspace(workspace);
    model_->setSource(workspace, filterBar_->filter());
    requestCount();
}

void TracePanel::refresh()
{
    filterBar_->reloadChoices(); // applies the filter itself when a vanished choice was dropped
    model_->reload();
    requestCount();
}

void TracePanel::applyFilter()
{
    model_->setFilter(filterBar_->filter());
    view_->scrollToTop();
    requestCount();
}

void TracePanel::requestCount()
{
    matchCount_.reset();
    if (!workspace_ || !worker_) {
        counting_ = false;
        countLabel_->clear();
        return;
    }
    counting_ = true;
    countLabel_->setText(tr("Counting matching traces…"));
    const JobTicket ticket = countJobs_.next();
    worker_->run<qint64>(
        this, ticket,
        [filter = filterBar_->filter()](Workspace& workspace) { return workspace.countTraces(filter); },
        [this](const qint64& count) {
            counting_ = false;
            matchCount_ = count;
            countLabel_->setText(countText());
            updateEmptyState();
            Q_EMIT countFinished(count);
        },
        [this](const QString& message) {
            counting_ = false;
            countLabel_->setText(tr("Could not count the matching traces: %1").arg(message));
        });
}

QString TracePanel::countText() const
{
    if (!matchCount_)
        return {};
    const qint64 count = *matchCount_;
    if (count <= INT_MAX)
        return tr("%Ln trace(s) match", nullptr, static_cast<int>(count));
    return tr("%1 traces match").arg(formatCount(count));
}

void TracePanel::updateEmptyState()
{
    const bool empty = workspace_ && model_->rowCount() == 0 && model_->isComplete();
    if (!empty) {
        stack_->setCurrentWidget(view_);
        return;
    }
    if (!model_->lastError().isEmpty())
        noRows_->setText(tr("The traces could not be read:\n%1").arg(model_->lastError()));
    else if (filterBar_->filter().isEmpty())
        noRows_->setText(tr("This workspace has no traces yet.\nImport trace files with File ▸ Import… "
                            "or drop them on this window."));
    else
        noRows_->setText(tr("No trace matches these filters."));
    stack_->setCurrentWidget(noRows_);
}

} // namespace tracemark
