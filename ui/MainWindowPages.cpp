// The MainWindow's pages for an open workspace: the trace browser, anomaly labeling and root
// cause, as tabs (Ctrl+1..3). Labels given on the labeling page make the other two stale; they
// re-read when next shown rather than on every keystroke (the root-cause page's evidence index
// takes a second to rebuild on a big workspace).
#include "ui/MainWindow.h"

#include "ui/TracePanel.h"
#include "ui/labeling/LabelingPage.h"
#include "ui/rca/RootCausePage.h"

#include <QAction>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

namespace tracemark {

void MainWindow::createPages()
{
    pages_ = new QTabWidget(central_);
    pages_->setObjectName(QStringLiteral("pages"));
    pages_->setDocumentMode(true);
    labelingPage_ = new LabelingPage(pages_);
    rootCausePage_ = new RootCausePage(pages_);
    pages_->addTab(tracePanel_, tr("Traces"));
    pages_->addTab(labelingPage_, tr("Anomaly labeling"));
    pages_->addTab(rootCausePage_, tr("Root cause"));
    central_->addWidget(pages_);
    connect(pages_, &QTabWidget::currentChanged, this, &MainWindow::onPageShown);
    connect(labelingPage_, &LabelingPage::labelsChanged, this, &MainWindow::markLabelsChanged);
    connect(rootCausePage_, &RootCausePage::periodsChanged, this, [this] { requestSummary(); });

    const QStringList names{tr("&Traces"), tr("&Anomaly Labeling"), tr("Root &Cause")};
    for (int i = 0; i < names.size(); ++i) {
        auto* action = new QAction(names[i], this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
        pageActions_ << action;
    }
}

void MainWindow::showPage(Page page)
{
    pages_->setCurrentIndex(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(pages_->currentIndex());
}

void MainWindow::markLabelsChanged()
{
    tracesStale_ = true;
    rootCauseStale_ = true;
    requestSummary();
}

void MainWindow::onPageShown()
{
    if (!workspace_)
        return;
    switch (currentPage()) {
    case Page::Traces:
        if (tracesStale_) {
            tracesStale_ = false;
            tracePanel_->refresh();
        }
        tracePanel_->view()->setFocus(); // arrow keys move through the traces at once
        break;
    case Page::AnomalyLabeling:
        labelingPage_->setFocus(); // the queue: N, A, S, J, K work at once
        break;
    case Page::RootCause:
        if (rootCauseStale_) {
            rootCauseStale_ = false;
            rootCausePage_->refresh();
        }
        rootCausePage_->setFocus();
        break;
    }
}

} // namespace tracemark
