#include "ui/trace/TraceViewer.h"

#include "ui/jobs/WorkspaceWorker.h"
#include "ui/trace/ReferencePanel.h"
#include "ui/trace/SpanDetailPanel.h"
#include "ui/trace/TopologyView.h"
#include "ui/trace/TraceStyle.h"
#include "ui/trace/WaterfallMinimap.h"
#include "ui/trace/WaterfallView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tracemark {

namespace {

constexpr int kDurationCacheLimit = 64;

struct ReferenceResult {
    std::shared_ptr<const std::vector<std::int64_t>> durations;
    ReferenceStatistics statistics;
};

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

TraceViewer::TraceViewer(QWidget* parent)
    : QWidget(parent)
    , stack_(new QStackedWidget(this))
    , message_(new QLabel(this))
    , content_(new QWidget(this))
    , header_(new QLabel(this))
    , grouping_(new QLabel(this))
    , topology_(new TopologyView(this))
    , waterfall_(new WaterfallView(this))
    , minimap_(new WaterfallMinimap(waterfall_, this))
    , tabs_(new QTabWidget(this))
    , details_(new SpanDetailPanel(this))
    , reference_(new ReferencePanel(this))
{
    message_->setAlignment(Qt::AlignCenter);
    message_->setWordWrap(true);
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tabs_->addTab(details_, tr("Span"));
    tabs_->addTab(reference_, tr("Reference"));

    auto* bottom = new QSplitter(Qt::Horizontal, content_);
    bottom->addWidget(makeWaterfallPanel());
    bottom->addWidget(tabs_);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* vertical = new QSplitter(Qt::Vertical, content_);
    vertical->addWidget(makeTopologyPanel());
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setSizes({400, 600}); // scaled to the real height: the topology gets two fifths
    bottom->setSizes({600, 400});
    auto* contentLayout = new QVBoxLayout(content_);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(header_);
    contentLayout->addWidget(vertical, 1);

    stack_->addWidget(message_);
    stack_->addWidget(content_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);

    connect(topology_, &TopologyView::spanSelected, this, &TraceViewer::selectSpan);
    connect(waterfall_, &WaterfallView::spanSelected, this, &TraceViewer::selectSpan);
    connect(topology_, &TopologyView::layoutFinished, this, [this] { grouping_->setText(topology_->groupingText()); });
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (tabs_->currentWidget() == reference_ && !reference_->hasStatistics())
            requestReference();
    });
    clear();
}

TraceViewer::~TraceViewer()
{
    loads_.invalidate();
    references_.invalidate();
}

QWidget* TraceViewer::makeTopologyPanel()
{
    auto* panel = new QWidget(this);
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Topology</b>"), panel);
    auto* fit = toolButton(tr("Fit"), tr("Fit the whole graph in view (F)"), panel);
    auto* zoomIn = toolButton(tr("Zoom in"), tr("Zoom in (+ or Ctrl+wheel)"), panel);
    auto* zoomOut = toolButton(tr("Zoom out"), tr("Zoom out (- or Ctrl+wheel)"), panel);
    connect(fit, &QToolButton::clicked, topology_, &TopologyView::fitToView);
    connect(zoomIn, &QToolButton::clicked, topology_, &TopologyView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, topology_, &TopologyView::zoomOut);
    grouping_->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* legend = new QLabel(tr("red: error · dark border: critical path · drag to pan"), panel);
    legend->setStyleSheet(QStringLiteral("color: #5f6368;"));
    bar->addWidget(title);
    bar->addWidget(fit);
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    bar->addSpacing(12);
    bar->addWidget(grouping_, 1);
    bar->addWidget(legend);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(topology_, 1);
    return panel;
}

QWidget* TraceViewer::makeWaterfallPanel()
{
    auto* panel = new QWidget(this);
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Timeline</b>"), panel);
    auto* expand = toolButton(tr("Expand all"), tr("Show every span"), panel);
    auto* collapse = toolButton(tr("Collapse all"), tr("Show only the root's direct children"), panel);
    connect(expand, &QToolButton::clicked, waterfall_, &WaterfallView::expandAll);
    connect(collapse, &QToolButton::clicked, waterfall_, [this] { waterfall_->collapseBelowDepth(1); });
    auto* legend = new QLabel(tr("black line: critical path"), panel);
    legend->setStyleSheet(QStringLiteral("color: #5f6368;"));
    bar->addWidget(title);
    bar->addWidget(expand);
    bar->addWidget(collapse);
    bar->addStretch(1);
    bar->addWidget(legend);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(minimap_);
    layout->addWidget(waterfall_, 1);
    return panel;
}

void TraceViewer::setWorkspace(Workspace*, WorkspaceWorker* worker)
{
    // Queries go through the worker's own connection; the GUI thread's workspace is not read.
    worker_ = worker;
    durationCache_.clear();
    clear();
}

void TraceViewer::clear()
{
    loads_.invalidate();
    references_.invalidate();
    key_ = 0;
    loading_ = false;
    error_.clear();
    trace_.reset();
    selected_ = -1;
    topology_->setTrace(nullptr);
    waterfall_->setTree(nullptr);
    details_->setTrace(nullptr);
    reference_->showPlaceholder();
    showPage(message_, worker_ ? tr("Choose a trace to view it here.") : tr("Open a workspace to view its traces."));
}

void TraceViewer::showPage(QWidget* page, const QString& message)
{
    if (page == message_)
        message_->setText(message);
    stack_->setCurrentWidget(page);
}

void TraceViewer::showTrace(std::int64_t traceKey)
{
    const JobTicket ticket = loads_.next();
    references_.invalidate();
    key_ = traceKey;
    error_.clear();
    if (!worker_) {
        error_ = tr("No workspace is open.");
        showPage(message_, error_);
        return;
    }
    loading_ = true;
    // The previous trace stays in view while the next one loads (no flicker when stepping
    // through traces); without one, the loading message is shown.
    if (trace_)
        header_->setText(tr("Loading the trace …"));
    else
        showPage(message_, tr("Loading the trace …"));
    worker_->run<LoadedTracePtr>(
        this, ticket, [traceKey](Workspace& workspace) { return loadTrace(workspace, traceKey); },
        [this](const LoadedTracePtr& trace) { showLoaded(trace); },
        [this](const QString& message) {
            loading_ = false;
            error_ = message;
            trace_.reset();
            showPage(message_, tr("The trace could not be loaded: %1").arg(message));
            Q_EMIT loadFailed(message);
        });
}

void TraceViewer::showLoaded(LoadedTracePtr trace)
{
    loading_ = false;
    trace_ = std::move(trace);
    selected_ = -1;
    // The waterfall shares ownership of the whole loaded trace through the tree pointer.
    waterfall_->setTree(std::shared_ptr<const TraceTree>(trace_, &trace_->tree));
    topology_->setTrace(trace_);
    details_->setTrace(trace_);
    reference_->showPlaceholder();
    grouping_->clear();
    header_->setText(headerText());
    showPage(content_);
    Q_EMIT traceLoaded(key_);
    if (!trace_->tree.roots().empty())
        selectSpan(trace_->tree.roots().front());
}

QString TraceViewer::headerText() const
{
    if (!trace_)
        return {};
    const TraceTree& tree = trace_->tree;
    QString text = tr("<b>Trace %1</b> · %2 · %n span(s)", nullptr, tree.size())
                       .arg(QString::fromStdString(trace_->summary.traceId).toHtmlEscaped(),
                            formatSpanDuration(static_cast<double>(tree.durationNs())));
    text += QStringLiteral(" · ") + tr("%n service(s)", nullptr, tree.serviceCount());
    text += QStringLiteral(" · ") + tr("depth %1").arg(tree.maxDepth() + 1);
    if (tree.errorCount() > 0)
        text += QStringLiteral(" · <span style='color:#d32f2f'>") + tr("%n error span(s)", nullptr, tree.errorCount())
            + QStringLiteral("</span>");
    return text;
}

void TraceViewer::selectSpan(int spanIndex)
{
    if (!trace_ || spanIndex < 0 || spanIndex >= trace_->tree.size())
        spanIndex = -1;
    if (spanIndex == selected_)
        return;
    selected_ = spanIndex;
    waterfall_->setSelectedSpan(spanIndex);
    topology_->setSelectedSpan(spanIndex);
    details_->showSpan(spanIndex);
    references_.invalidate();
    reference_->showPlaceholder();
    requestReference();
    Q_EMIT spanSelected(spanIndex);
}

void TraceViewer::requestReference()
{
    if (!trace_ || selected_ < 0 || !worker_)
        return;
    const TraceTree& tree = trace_->tree;
    const std::uint64_t path = tree.callPathId(selected_);
    const std::int64_t duration = tree.span(selected_).durationNs;
    const QString text = QString::fromStdString(tree.callPathText(selected_));
    const auto cached = durationCache_.value(path);
    reference_->showLoading(text);
    worker_->run<ReferenceResult>(
        this, references_.next(),
        [path, duration, cached](Workspace& workspace) {
            auto durations = cached ? cached
                                    : std::make_shared<const std::vector<std::int64_t>>(workspace.callPathDurations(path));
            return ReferenceResult{durations, computeReferenceStatistics(*durations, duration)};
        },
        [this, path, text](const ReferenceResult& result) {
            if (durationCache_.size() >= kDurationCacheLimit)
                durationCache_.clear();
            durationCache_.insert(path, result.durations);
            reference_->showStatistics(text, result.statistics);
            Q_EMIT referenceShown();
        },
        [this](const QString& message) { reference_->showError(message); });
}

} // namespace tracemark
