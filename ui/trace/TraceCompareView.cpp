#include "ui/trace/TraceCompareView.h"

#include "ui/jobs/WorkspaceWorker.h"
#include "ui/trace/TraceStyle.h"
#include "ui/trace/WaterfallView.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <unordered_set>

namespace tracemark {

namespace {

const QColor kOnlyInA(0xff, 0xf1, 0xc8);
const QColor kOnlyInB(0xdd, 0xf0, 0xdd);
const QColor kBiggest(0xfc, 0xe4, 0xe4);

// A number cell that sorts by value, not by its text.
QTableWidgetItem* numberCell(const QString& text, double value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Spans of `tree` whose call path `other` lacks.
std::vector<bool> unmatchedSpans(const TraceTree& tree, const TraceTree& other)
{
    std::unordered_set<std::uint64_t> paths;
    for (int i = 0; i < other.size(); ++i)
        paths.insert(other.callPathId(i));
    std::vector<bool> marked(static_cast<std::size_t>(tree.size()));
    for (int i = 0; i < tree.size(); ++i)
        marked[static_cast<std::size_t>(i)] = paths.count(tree.callPathId(i)) == 0;
    return marked;
}

QString traceTitle(const QString& side, const LoadedTrace* trace)
{
    if (!trace)
        return side;
    return TraceCompareView::tr("<b>%1</b> %2 · %3 · %n span(s)", nullptr, trace->tree.size())
        .arg(side, QString::fromStdString(trace->summary.traceId).toHtmlEscaped(),
             formatSpanDuration(static_cast<double>(trace->tree.durationNs())));
}

} // namespace

TraceCompareView::TraceCompareView(QWidget* parent)
    : QWidget(parent)
    , titleA_(new QLabel(this))
    , titleB_(new QLabel(this))
    , summary_(new QLabel(this))
    , waterfallA_(new WaterfallView(this))
    , waterfallB_(new WaterfallView(this))
    , table_(new QTableWidget(0, ColumnCount, this))
{
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    table_->setHorizontalHeaderLabels({tr("Call"), tr("Spans A"), tr("Spans B"), tr("Mean A"), tr("Mean B"),
                                       tr("Δ mean (B − A)"), tr("Call path")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideLeft); // the end of a call path is its most telling part
    table_->horizontalHeader()->setStretchLastSection(true);

    auto* sides = new QSplitter(Qt::Horizontal, this);
    for (auto [title, waterfall] : {std::pair{titleA_, waterfallA_}, std::pair{titleB_, waterfallB_}}) {
        auto* side = new QWidget(sides);
        auto* layout = new QVBoxLayout(side);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(title);
        layout->addWidget(waterfall, 1);
        sides->addWidget(side);
    }
    auto* legend = new QLabel(tr("Tinted rows and table lines: call paths that only one trace has "
                                 "(yellow: only in A, green: only in B); red: the largest change."),
                              this);
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(sides);
    auto* bottom = new QWidget(vertical);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(summary_);
    bottomLayout->addWidget(legend);
    bottomLayout->addWidget(table_, 1);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vertical);
    clear();
}

TraceCompareView::~TraceCompareView()
{
    loads_.invalidate();
}

void TraceCompareView::setWorkspace(Workspace*, WorkspaceWorker* worker)
{
    worker_ = worker;
    clear();
}

void TraceCompareView::clear()
{
    loads_.invalidate();
    keyA_ = keyB_ = 0;
    loading_ = false;
    pair_ = {};
    comparison_.reset();
    waterfallA_->setTree(nullptr);
    waterfallB_->setTree(nullptr);
    titleA_->setText(traceTitle(tr("A"), nullptr));
    titleB_->setText(traceTitle(tr("B"), nullptr));
    summary_->setText(worker_ ? tr("Choose two traces to compare.") : tr("Open a workspace to compare traces."));
    table_->setRowCount(0);
}

void TraceCompareView::compare(std::int64_t traceKeyA, std::int64_t traceKeyB)
{
    clear();
    keyA_ = traceKeyA;
    keyB_ = traceKeyB;
    if (!worker_)
        return;
    loading_ = true;
    summary_->setText(tr("Loading both traces …"));
    worker_->run<Pair>(
        this, loads_.next(),
        [traceKeyA, traceKeyB](Workspace& workspace) {
            return Pair{loadTrace(workspace, traceKeyA), loadTrace(workspace, traceKeyB)};
        },
        [this](const Pair& pair) { showPair(pair); },
        [this](const QString& message) {
            loading_ = false;
            summary_->setText(tr("The traces could not be loaded: %1").arg(message));
            Q_EMIT loadFailed(message);
        });
}

void TraceCompareView::showPair(const Pair& pair)
{
    loading_ = false;
    pair_ = pair;
    comparison_ = compareTraces(pair.a->tree, pair.b->tree);
    waterfallA_->setTree(std::shared_ptr<const TraceTree>(pair.a, &pair.a->tree));
    waterfallB_->setTree(std::shared_ptr<const TraceTree>(pair.b, &pair.b->tree));
    waterfallA_->setMarkedSpans(unmatchedSpans(pair.a->tree, pair.b->tree));
    waterfallB_->setMarkedSpans(unmatchedSpans(pair.b->tree, pair.a->tree));
    titleA_->setText(traceTitle(tr("A"), pair.a.get()));
    titleB_->setText(traceTitle(tr("B"), pair.b.get()));
    summary_->setText(summaryText());
    fillTable();
    Q_EMIT comparisonReady();
}

QString TraceCompareView::summaryText() const
{
    if (!comparison_)
        return {};
    const TraceComparison& c = *comparison_;
    QString text = tr("End to end: A %1, B %2 (%3). ")
                       .arg(formatSpanDuration(static_cast<double>(c.durationA)),
                            formatSpanDuration(static_cast<double>(c.durationB)),
                            formatSignedDuration(static_cast<double>(c.durationB - c.durationA)));
    text += tr("%n call path(s) only in A, ", nullptr, c.onlyInA);
    text += tr("%n only in B, ", nullptr, c.onlyInB);
    text += tr("%n with a different number of spans.", nullptr, c.countsDiffer);
    if (c.biggestChange >= 0) {
        const CallPathDifference& biggest = c.paths[static_cast<std::size_t>(c.biggestChange)];
        text += QStringLiteral("<br>") + tr("Largest change: <b>%1: %2</b> %3 per span.")
                    .arg(QString::fromStdString(biggest.service).toHtmlEscaped(),
                         QString::fromStdString(biggest.operation).toHtmlEscaped(),
                         formatSignedDuration(biggest.deltaNs()));
    }
    return text;
}

void TraceCompareView::fillTable()
{
    table_->setSortingEnabled(false);
    table_->setRowCount(0);
    if (!comparison_)
        return;
    const TraceComparison& c = *comparison_;
    table_->setRowCount(static_cast<int>(c.paths.size()));
    const QString none = QStringLiteral("—");
    for (int row = 0; row < table_->rowCount(); ++row) {
        const CallPathDifference& path = c.paths[static_cast<std::size_t>(row)];
        const QString call = QString::fromStdString(path.service) + QStringLiteral(": ") + QString::fromStdString(path.operation);
        auto* callItem = new QTableWidgetItem(call);
        callItem->setToolTip(QString::fromStdString(path.text));
        table_->setItem(row, CallColumn, callItem);
        table_->setItem(row, SpansAColumn, numberCell(QLocale().toString(path.countA), path.countA));
        table_->setItem(row, SpansBColumn, numberCell(QLocale().toString(path.countB), path.countB));
        table_->setItem(row, MeanAColumn, numberCell(path.countA ? formatSpanDuration(path.meanA()) : none, path.meanA()));
        table_->setItem(row, MeanBColumn, numberCell(path.countB ? formatSpanDuration(path.meanB()) : none, path.meanB()));
        QString delta = path.inBoth() ? formatSignedDuration(path.deltaNs()) : path.countA ? tr("only in A") : tr("only in B");
        if (path.inBoth() && path.meanA() > 0)
            delta += QStringLiteral(" (%1%2 %)").arg(path.deltaNs() >= 0 ? QStringLiteral("+") : QString(),
                                                    QLocale().toString(100.0 * path.deltaNs() / path.meanA(), 'f', 0));
        table_->setItem(row, DeltaColumn, numberCell(delta, path.deltaNs()));
        auto* pathItem = new QTableWidgetItem(QString::fromStdString(path.text));
        pathItem->setToolTip(pathItem->text());
        table_->setItem(row, PathColumn, pathItem);

        QColor background;
        if (!path.inBoth())
            background = path.countA ? kOnlyInA : kOnlyInB;
        else if (row == c.biggestChange)
            background = kBiggest;
        const bool countDiffers = path.inBoth() && path.countA != path.countB;
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem* item = table_->item(row, column);
            if (background.isValid())
                item->setBackground(background);
            if (row == c.biggestChange || (countDiffers && (column == SpansAColumn || column == SpansBColumn))) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
    }
    table_->resizeColumnsToContents();
    table_->setColumnWidth(CallColumn, std::min(table_->columnWidth(CallColumn), 260));
    table_->horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
}

} // namespace tracemark
