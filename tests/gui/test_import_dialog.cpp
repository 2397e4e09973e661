// The import dialog and its worker: detection preview, a real import on the worker thread with
// the table refreshed afterwards, errors with their location, cancellation rolling back, and the
// guard against a second import.
#include "gui/GuiTestSupport.h"
#include "support/TestSupport.h"

#include "ui/ImportDialog.h"
#include "ui/ImportInputList.h"
#include "ui/MainWindow.h"
#include "ui/TracePanel.h"
#include "ui/jobs/ImportJob.h"
#include "ui/models/TraceTableModel.h"

#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace tracemark;
using namespace tracemark::test;

namespace {

QString qPath(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

std::int64_t traceCount(const std::filesystem::path& workspace)
{
    return Workspace::open(workspace).info().traces;
}

bool waitForImport(ImportDialog& dialog)
{
    return waitFor([&] { return !dialog.isRunning(); }, 120000);
}

} // namespace

TEST_CASE("the dialog previews what auto-detection finds for each input")
{
    guiApp();
    TempDir dir;
    const auto json = dir.write("traces.json", jaegerJson(2, 2));
    const auto text = dir.write("notes.txt", "just some words\n");
    ImportDialog dialog(dir / "ws.tmk");
    dialog.addInputs({ qPath(json), qPath(text), qPath(json) }); // the duplicate is ignored

    ImportInputList* list = dialog.findChild<ImportInputList*>();
    REQUIRE(list);
    REQUIRE(list->entries().size() == 2);
    CHECK(list->entries()[0].detected == SourceFormat::Jaeger);
    CHECK_FALSE(list->entries()[1].detected.has_value());
    CHECK_FALSE(list->entries()[1].problem.isEmpty());
    CHECK(list->tree()->topLevelItem(0)->text(1) == QStringLiteral("Jaeger JSON"));
    CHECK(list->tree()->topLevelItem(1)->text(1) == QStringLiteral("Not recognised"));
    CHECK(list->tree()->topLevelItem(1)->toolTip(1) == list->entries()[1].problem);
    // The reason is spelled out under the list.
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("detectionProblem"));
    REQUIRE(problem);
    CHECK(problem->text().contains(list->entries()[1].problem));
    // Auto cannot import what it did not recognise; naming the format can.
    CHECK_FALSE(dialog.canStart());
    dialog.setFormat(SourceFormat::Jaeger);
    CHECK(dialog.canStart());
}

TEST_CASE("a folder that is not a dataset is replaced by the trace files inside it")
{
    guiApp();
    TempDir dir;
    std::filesystem::create_directories(dir / "exports");
    dir.write("exports/a.json", jaegerJson(1, 1, "a1"));
    dir.write("exports/b.json", jaegerJson(1, 1, "b1"));
    dir.write("exports/readme.txt", "not traces\n");
    ImportDialog dialog(dir / "ws.tmk");
    dialog.addInputs({ qPath(dir / "exports") });
    QStringList names;
    for (const QString& path : dialog.inputs())
        names.append(QFileInfo(path).fileName());
    CHECK(names == QStringList { QStringLiteral("a.json"), QStringLiteral("b.json") });
}

TEST_CASE("importing from the dialog runs on a worker and refreshes the main window")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    const auto json = dir.write("traces.json", jaegerJson(3, 2));
    MainWindow window;
    window.setPrompts({ [](QWidget*, const QString&, const QString& message) { FAIL(message.toStdString()); },
        [](QWidget*, const QString&) { return QString(); } });
    REQUIRE(window.openWorkspace(qPath(dir / "shop.tmk")));
    REQUIRE(waitFor([&] { return window.isSettled(); }));

    ImportDialog* dialog = window.showImportDialog({ qPath(json) });
    REQUIRE(dialog);
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    dialog->startImport();
    CHECK(dialog->isRunning());
    REQUIRE(waitForImport(*dialog));
    REQUIRE(finished.count() == 1);
    CHECK(finished.first().first().toBool());

    REQUIRE(dialog->lastOutcome());
    const ImportOutcome& outcome = *dialog->lastOutcome();
    REQUIRE(outcome.result == ImportOutcome::Result::Succeeded);
    CHECK(outcome.summary.traces == 3);
    CHECK(outcome.summary.spans == 6);
    CHECK(dialog->resultText().startsWith(QStringLiteral("Imported 3 traces and 6 spans in ")));
    CHECK(dialog->inputs().isEmpty()); // nothing left to import twice
    CHECK_FALSE(dialog->canStart());

    // The table, the count and the summary show the new traces (23 + 3).
    CHECK(window.tracePanel()->model()->rowCount() == 26);
    REQUIRE(waitFor([&] { return window.isSettled(); }));
    CHECK(window.tracePanel()->countText() == QStringLiteral("26 traces match"));
    CHECK(window.summaryText().startsWith(QStringLiteral("26 traces · 52 spans · 4 services")));
}

TEST_CASE("a bad input fails with its location and leaves the workspace unchanged")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    std::string broken = jaegerJson(2, 2);
    broken.resize(broken.size() - 40); // cut off in the middle of the last span
    const auto good = dir.write("good.json", jaegerJson(2, 2, "cd"));
    const auto bad = dir.write("broken.json", broken);

    ImportDialog dialog(dir / "shop.tmk");
    dialog.addInputs({ qPath(good), qPath(bad) });
    dialog.setFormat(SourceFormat::Jaeger);
    dialog.startImport();
    REQUIRE(waitForImport(dialog));
    REQUIRE(dialog.lastOutcome());
    CHECK(dialog.lastOutcome()->result == ImportOutcome::Result::Failed);
    CHECK(dialog.resultText().contains(QStringLiteral("nothing was added")));
    CHECK(dialog.resultText().contains(QStringLiteral("broken.json")));
    // The good file was part of the same import: it is rolled back too.
    CHECK(traceCount(dir / "shop.tmk") == kSampleTraces);
    CHECK(dialog.inputs().size() == 2); // kept, so the user can fix and retry
}

TEST_CASE("cancelling an import rolls it back and a second import cannot start meanwhile")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    const auto big = dir.write("big.json", jaegerJson(4000, 10));
    MainWindow window;
    window.setPrompts({ [](QWidget*, const QString&, const QString&) {},
        [](QWidget*, const QString&) { return QString(); } });
    REQUIRE(window.openWorkspace(qPath(dir / "shop.tmk")));

    ImportDialog* dialog = window.showImportDialog({ qPath(big) });
    REQUIRE(dialog);
    QSignalSpy running(dialog, &ImportDialog::runningChanged);
    dialog->startImport();
    REQUIRE(dialog->isRunning());

    // Guarded: no second start, no second dialog, no switching workspaces under the import.
    dialog->startImport();
    CHECK(running.count() == 1);
    CHECK(window.showImportDialog({ qPath(big) }) == dialog);
    CHECK(dialog->inputs().size() == 1);
    CHECK_FALSE(window.openWorkspace(qPath(dir / "shop.tmk")));

    dialog->cancelImport();
    REQUIRE(waitForImport(*dialog));
    REQUIRE(dialog->lastOutcome());
    CHECK(dialog->lastOutcome()->result == ImportOutcome::Result::Cancelled);
    CHECK(dialog->resultText() == QStringLiteral("Import cancelled. The workspace is unchanged."));
    CHECK(running.count() == 2);
    CHECK(traceCount(dir / "shop.tmk") == kSampleTraces);
    CHECK(window.tracePanel()->model()->rowCount() == kSampleTraces);
}

TEST_CASE("closing the dialog during an import cancels it and closes once rolled back")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    const auto big = dir.write("big.json", jaegerJson(4000, 10));
    ImportDialog dialog(dir / "shop.tmk");
    dialog.addInputs({ qPath(big) });
    dialog.show();
    QSignalSpy closed(&dialog, &QDialog::finished);
    dialog.startImport();
    REQUIRE(dialog.isRunning());
    dialog.reject(); // Escape or the Close button
    CHECK(dialog.isVisible()); // still reporting the rollback
    CHECK(closed.count() == 0);
    REQUIRE(waitForImport(dialog));
    CHECK(dialog.lastOutcome()->result == ImportOutcome::Result::Cancelled);
    CHECK(closed.count() == 1);
    CHECK_FALSE(dialog.isVisible());
    CHECK(traceCount(dir / "shop.tmk") == kSampleTraces);
}

TEST_CASE("runImport reports progress and imports several inputs as one")
{
    guiApp();
    TempDir dir;
    Workspace::create(dir / "ws.tmk");
    const auto first = dir.write("first.json", jaegerJson(2, 3, "a1"));
    const auto second = dir.write("second.json.gz", jaegerJson(1, 2, "b2"));

    struct Recording : Progress {
        std::vector<double> fractions;
        void onReport(double fraction, const std::string&) override { fractions.push_back(fraction); }
    } progress;
    ImportRequest request;
    request.workspace = dir / "ws.tmk";
    request.inputs = { first, second };
    const ImportOutcome outcome = runImport(request, progress);
    REQUIRE(outcome.result == ImportOutcome::Result::Succeeded);
    CHECK(outcome.summary.traces == 3);
    CHECK(outcome.summary.spans == 8);
    REQUIRE_FALSE(progress.fractions.empty());
    CHECK(progress.fractions.back() == Approx(1.0));

    request.inputs = { dir / "does-not-exist.json" };
    const ImportOutcome missing = runImport(request, progress);
    CHECK(missing.result == ImportOutcome::Result::Failed);
    CHECK(missing.error.find("does-not-exist.json") != std::string::npos);
    CHECK(traceCount(dir / "ws.tmk") == 3);
}
