// The anomaly labeling page in the main window, end to end with the real tracemark-cli: select
// representatives, label one with the keyboard (row colour and counts change, the store has it),
// undo and redo, propagate (the job completes and the queue, counts and trace table follow), and
// a label given just before closing the window is on disk afterwards.
#include "GuiTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/TracePanel.h"
#include "ui/labeling/LabelQueueFilter.h"
#include "ui/labeling/LabelQueueModel.h"
#include "ui/labeling/LabelingPage.h"
#include "ui/labeling/LabelWriter.h"
#include "ui/models/TraceTableModel.h"

#include <QTableView>
#include <QTest>

using namespace tracemark;

namespace {

struct OpenLabelingPage {
    QTemporaryDir dir;
    std::filesystem::path path;
    std::unique_ptr<MainWindow> window;
    LabelingPage* page = nullptr;

    OpenLabelingPage()
    {
        test::guiApp();
        qputenv("TRACEMARK_CLI", TRACEMARK_CLI_PATH);
        path = std::filesystem::path(dir.path().toStdString()) / "shop.tmk";
        test::createSampleWorkspace(path);
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openWorkspace(QString::fromStdString(path.string())));
        window->showPage(MainWindow::Page::AnomalyLabeling);
        window->show();
        page = window->labelingPage();
        REQUIRE(test::waitFor([&] { return !page->isLoading(); }));
    }

    void runJob(const std::function<bool()>& start)
    {
        bool done = false;
        CliJob::Outcome outcome = CliJob::Outcome::Failed;
        auto connection = QObject::connect(page, &LabelingPage::jobFinished,
                                           [&](const QString&, CliJob::Outcome o) { done = true; outcome = o; });
        REQUIRE(start());
        REQUIRE(test::waitFor([&] { return done; }, 120000));
        QObject::disconnect(connection);
        INFO(page->lastJobMessage().toStdString());
        REQUIRE(outcome == CliJob::Outcome::Succeeded);
        REQUIRE(test::waitFor([&] { return !page->isLoading(); }));
    }

    QModelIndex currentLabelCell() const
    {
        const QModelIndex current = page->queueView()->currentIndex();
        return current.sibling(current.row(), LabelQueueModel::LabelColumn);
    }

    TraceLabel storedLabel(std::int64_t key) const
    {
        return Workspace::open(path).traceByKey(key)->label;
    }
};

} // namespace

TEST_CASE("select representatives, label one with the keyboard, undo and redo it")
{
    OpenLabelingPage fixture;
    LabelingPage* page = fixture.page;
    CHECK(page->queueModel()->rowCount() == 0); // no selection yet
    fixture.runJob([&] { return page->startSelect(3, QStringLiteral("stv")); });
    REQUIRE(page->queueModel()->rowCount() == 3);
    REQUIRE(page->clusters().size() == 3);
    CHECK(page->counts().human == 0);

    QTableView* view = page->queueView();
    view->setFocus();
    view->setCurrentIndex(page->queueFilter()->index(0, 0));
    const std::int64_t first = page->currentKey();
    const QColor unlabeled = fixture.currentLabelCell().data(Qt::ForegroundRole).value<QColor>();

    page->setAutoAdvance(true);
    QTest::keyClick(view, Qt::Key_A);
    // The row turns red at once, says "saving…" until the write committed, then the counts follow.
    const QModelIndex firstLabel = page->queueFilter()->index(0, LabelQueueModel::LabelColumn);
    const QColor red = firstLabel.data(Qt::ForegroundRole).value<QColor>();
    CHECK(red != unlabeled);
    CHECK(red.red() > 150);
    CHECK(red.green() < 80);
    const bool settled = test::waitFor([&] { return page->writer()->pendingWrites() == 0 && page->counts().human == 1; });
    INFO(page->countsText().toStdString());
    REQUIRE(settled);
    CHECK(firstLabel.data().toString() == QStringLiteral("abnormal"));
    CHECK(page->countsText().contains(QStringLiteral("Labeled by you: 1 (1 abnormal)")));
    CHECK(fixture.storedLabel(first) == TraceLabel::Abnormal);
    // Auto-advance moved to the next representative.
    CHECK(page->currentKey() != first);

    // Z undoes (the trace is unlabeled again, in the row and on disk); Shift+Z redoes.
    QTest::keyClick(view, Qt::Key_Z);
    CHECK(page->currentKey() == first);
    REQUIRE(test::waitFor([&] { return page->writer()->pendingWrites() == 0 && page->counts().human == 0; }));
    CHECK(firstLabel.data().toString() == QStringLiteral("unlabeled"));
    CHECK(firstLabel.data(Qt::ForegroundRole).value<QColor>() == unlabeled);
    CHECK(fixture.storedLabel(first) == TraceLabel::Unlabeled);
    QTest::keyClick(view, Qt::Key_Z, Qt::ShiftModifier);
    REQUIRE(test::waitFor([&] { return page->writer()->pendingWrites() == 0 && page->counts().human == 1; }));
    CHECK(fixture.storedLabel(first) == TraceLabel::Abnormal);

    // J and K move; S skips without labeling; N labels normal (green).
    view->setCurrentIndex(page->queueFilter()->index(0, 0));
    QTest::keyClick(view, Qt::Key_J);
    CHECK(view->currentIndex().row() == 1);
    QTest::keyClick(view, Qt::Key_K);
    CHECK(view->currentIndex().row() == 0);
    QTest::keyClick(view, Qt::Key_S);
    CHECK(view->currentIndex().row() == 1);
    QTest::keyClick(view, Qt::Key_N);
    const QColor green = page->queueFilter()->index(1, LabelQueueModel::LabelColumn).data(Qt::ForegroundRole).value<QColor>();
    CHECK(green.green() > green.red());
    REQUIRE(test::waitFor([&] { return page->writer()->pendingWrites() == 0 && page->counts().human == 2; }));
}

TEST_CASE("propagation runs as a job and the queue, counts and trace table show its labels")
{
    OpenLabelingPage fixture;
    LabelingPage* page = fixture.page;
    fixture.runJob([&] { return page->startSelect(2, QStringLiteral("stv")); });
    REQUIRE(page->queueModel()->rowCount() == 2);
    page->setAutoAdvance(true);
    page->queueView()->setCurrentIndex(page->queueFilter()->index(0, 0));
    page->labelCurrent(TraceLabel::Normal);
    page->labelCurrent(TraceLabel::Abnormal);
    REQUIRE(test::waitFor([&] { return page->writer()->pendingWrites() == 0 && page->counts().human == 2; }));
    CHECK(page->counts().propagated == 0);

    fixture.runJob([&] { return page->startPropagate(); });
    // Every other trace got a propagated label.
    CHECK(page->counts().propagated == test::kSampleTraces - 2);
    CHECK(page->counts().human == 2);
    CHECK(page->countsText().contains(QStringLiteral("propagated: 21")));

    // Suggestions join the queue after the representatives, tinted by their propagated labels.
    fixture.runJob([&] { return page->startSuggest(3); });
    REQUIRE(page->queueModel()->rowCount() == 5);
    const QueueEntry& suggested = page->queueModel()->entries()[2];
    CHECK(suggested.role == QueueEntry::Role::Suggestion);
    CHECK(suggested.label.source == LabelSource::Propagated);
    CHECK(page->queueModel()->index(2, 0).data(Qt::BackgroundRole).value<QColor>().isValid());

    // The trace table shows the propagated labels once its page is shown again.
    fixture.window->showPage(MainWindow::Page::Traces);
    TraceTableModel* table = fixture.window->tracePanel()->model();
    REQUIRE(test::waitFor([&] {
        int labeled = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            labeled += !table->index(row, TraceTableModel::LabelColumn).data().toString().contains(QStringLiteral("unlabeled"))
                && !table->index(row, TraceTableModel::LabelColumn).data().toString().isEmpty();
        return labeled == test::kSampleTraces;
    }));
}

TEST_CASE("a label given right before the window closes is on disk afterwards")
{
    OpenLabelingPage fixture;
    LabelingPage* page = fixture.page;
    fixture.runJob([&] { return page->startSelect(2, QStringLiteral("stv")); });
    page->queueView()->setCurrentIndex(page->queueFilter()->index(1, 0));
    const std::int64_t key = page->currentKey();
    page->labelCurrent(TraceLabel::Abnormal);
    fixture.window->close();
    fixture.window.reset(); // no event loop ran: the write was still queued
    CHECK(fixture.storedLabel(key) == TraceLabel::Abnormal);
}
