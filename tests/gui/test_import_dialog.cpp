// The import wizard and its workers: detection and per-input formats, the preview of the first
// traces and of the first error, the CSV options page, a real import on the worker thread with
// the table refreshed afterwards, errors with their location, cancellation rolling back, and the
// guard against a second import.
#include "gui/GuiTestSupport.h"
#include "support/TestSupport.h"

#include "ui/ImportDialog.h"
#include "ui/ImportInputList.h"
#include "ui/ImportPreviewPage.h"
#include "ui/MainWindow.h"
#include "ui/TracePanel.h"
#include "ui/jobs/ImportJob.h"
#include "ui/jobs/PreviewJob.h"
#include "ui/models/TraceTableModel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
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

bool waitForPreview(ImportDialog& dialog)
{
    return waitFor([&] { return !dialog.previewPage()->isReading() && dialog.previewPage()->preview(); });
}

QStringList column(QTreeWidget* tree, int c)
{
    QStringList values;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        values.append(tree->topLevelItem(i)->text(c));
    return values;
}

// Three Jaeger traces, one per line; the second trace's first span has a start time that is not
// a number, on line 2 of the file.
std::string jaegerWithBadStart()
{
    std::string json = jaegerJson(3, 2);
    std::string::size_type pos = 0;
    while ((pos = json.find("}}},{\"traceID\"", pos)) != std::string::npos) {
        json.insert(pos + 4, "\n");
        pos += 5;
    }
    const std::string second = "{\"traceID\":\"" + jaegerTraceId(1) + "\",\"spanID\"";
    const auto span = json.find(second);
    const auto start = json.find("\"startTime\":", span) + 12;
    json.replace(start, json.find(',', start) - start, "\"abc\"");
    return json;
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

TEST_CASE("the preview shows the first traces of a Jaeger file with their counts")
{
    guiApp();
    TempDir dir;
    const auto small = dir.write("small.json", jaegerJson(3, 4));
    const auto big = dir.write("big.json", jaegerJson(60, 3, "cd"));
    ImportDialog dialog(dir / "ws.tmk");
    dialog.addInputs({ qPath(small), qPath(big) });
    REQUIRE(dialog.page() == ImportDialog::Page::Inputs);
    dialog.goNext(); // no span CSV: straight to the preview
    REQUIRE(dialog.page() == ImportDialog::Page::Preview);
    REQUIRE(waitForPreview(dialog));

    ImportPreviewPage* page = dialog.previewPage();
    QTreeWidget* table = page->table();
    CHECK(column(table, 0)
        == QStringList { QString::fromStdString(jaegerTraceId(0)), QString::fromStdString(jaegerTraceId(1)),
            QString::fromStdString(jaegerTraceId(2)) });
    CHECK(column(table, 1) == QStringList { "4", "4", "4" });
    CHECK(column(table, 2) == QStringList { "2", "2", "2" }); // frontend and backend
    CHECK(table->topLevelItem(0)->text(3) == QStringLiteral("2026-01-02 00:00:00.000"));
    CHECK(table->topLevelItem(1)->text(3) == QStringLiteral("2026-01-02 00:00:01.000"));
    CHECK(column(table, 4) == QStringList { "50.000", "50.000", "50.000" }); // the root's 50 ms
    CHECK(page->statusText().startsWith(QStringLiteral("All 3 traces of small.json (12 spans)")));
    CHECK(page->errorText().isEmpty());

    // The other input: only its first traces are read.
    page->setCurrentSource(1);
    REQUIRE(waitForPreview(dialog));
    REQUIRE(table->topLevelItemCount() == PreviewLimits {}.traces);
    CHECK(table->topLevelItem(19)->text(0) == QString::fromStdString(jaegerTraceId(19, "cd")));
    CHECK(page->preview()->spansRead < 60 * 3);
    CHECK(page->statusText().startsWith(QStringLiteral("The first 20 traces of big.json")));
    // Nothing was written: the workspace does not even exist.
    CHECK_FALSE(std::filesystem::exists(dir / "ws.tmk"));
}

TEST_CASE("previewImport stops at its limits and keeps what it read before an error")
{
    guiApp();
    TempDir dir;
    const auto json = dir.write("t.json", jaegerJson(10, 5));
    NullProgress progress;
    PreviewLimits limits;
    limits.traces = 4;
    ImportPreview preview = previewImport(json, SourceFormat::Jaeger, {}, progress, limits);
    CHECK(preview.traces.size() == 4);
    CHECK_FALSE(preview.wholeInputRead);
    CHECK(preview.error.empty());

    const auto bad = dir.write("bad.json", jaegerWithBadStart());
    preview = previewImport(bad, SourceFormat::Jaeger, {}, progress);
    REQUIRE(preview.traces.size() >= 1);
    CHECK(preview.traces[0].traceId == jaegerTraceId(0));
    CHECK(preview.traces[0].spans == 2);
    CHECK(preview.error.find("bad.json:2:") != std::string::npos);
    CHECK(preview.error.find("startTime") != std::string::npos);

    progress.cancel();
    preview = previewImport(json, SourceFormat::Jaeger, {}, progress);
    CHECK(preview.cancelled);
}

TEST_CASE("a broken file: the preview and the import name file:line, the workspace is unchanged")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    const auto bad = dir.write("bad.json", jaegerWithBadStart());
    MainWindow window;
    window.setPrompts({ [](QWidget*, const QString&, const QString& message) { FAIL(message.toStdString()); },
        [](QWidget*, const QString&) { return QString(); } });
    REQUIRE(window.openWorkspace(qPath(dir / "shop.tmk")));
    REQUIRE(waitFor([&] { return window.isSettled(); }));
    const std::int64_t before = window.workspace()->info().traces;
    REQUIRE(before == kSampleTraces);

    ImportDialog* dialog = window.showImportDialog({ qPath(bad) });
    REQUIRE(dialog);
    dialog->goNext();
    REQUIRE(dialog->page() == ImportDialog::Page::Preview);
    REQUIRE(waitForPreview(*dialog));
    const QString error = dialog->previewPage()->errorText();
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("bad.json:2: field 'startTime'")));
    CHECK(error.contains(QStringLiteral("value '\"abc\"': expected microseconds")));
    auto* shown = dialog->previewPage()->findChild<QPlainTextEdit*>(QStringLiteral("previewError"));
    REQUIRE(shown);
    CHECK(shown->isVisibleTo(dialog));
    CHECK(shown->toPlainText() == error); // in full, and selectable (read-only text, not a label)
    CHECK(shown->isReadOnly());
    CHECK(dialog->previewPage()->table()->topLevelItemCount() >= 1); // what came before the error

    dialog->startImport();
    REQUIRE(waitForImport(*dialog));
    REQUIRE(dialog->lastOutcome());
    CHECK(dialog->lastOutcome()->result == ImportOutcome::Result::Failed);
    CHECK(dialog->page() == ImportDialog::Page::Summary);
    CHECK(dialog->resultText().contains(error));
    auto* details = dialog->findChild<QPlainTextEdit*>(QStringLiteral("importDetails"));
    REQUIRE(details);
    CHECK(details->toPlainText() == QString::fromStdString(dialog->lastOutcome()->error));
    // Both the open connection and a fresh one see the workspace as it was.
    CHECK(window.workspace()->info().traces == before);
    CHECK(traceCount(dir / "shop.tmk") == before);
    // Back returns to the inputs, kept for a retry.
    dialog->goBack();
    CHECK(dialog->page() == ImportDialog::Page::Inputs);
    CHECK(dialog->inputs().size() == 1);
}

TEST_CASE("each input can be imported as another format than the one detected")
{
    guiApp();
    TempDir dir;
    const auto json = dir.write("a.json", jaegerJson(2, 2));
    const auto text = dir.write("b.txt", "not traces\n");
    ImportDialog dialog(dir / "ws.tmk");
    dialog.addInputs({ qPath(json), qPath(text) });
    ImportInputList* list = dialog.findChild<ImportInputList*>();
    REQUIRE(list);
    QComboBox* combo = list->formatCombo(1);
    REQUIRE(combo);
    // "As detected"/"Choose…" then every format an importer reads.
    CHECK(combo->count() == 8);
    CHECK_FALSE(dialog.canStart());
    combo->setCurrentIndex(combo->findData(static_cast<int>(SourceFormat::Zipkin)));
    Q_EMIT combo->activated(combo->currentIndex());
    CHECK(list->entries()[1].chosen == SourceFormat::Zipkin);
    CHECK(list->entries()[1].format() == SourceFormat::Zipkin);
    CHECK(list->entries()[0].format() == SourceFormat::Jaeger); // untouched
    CHECK(dialog.canStart());
    CHECK(dialog.format() == SourceFormat::Auto); // the inputs differ
    list->setFormat(0, SourceFormat::Zipkin);
    CHECK(dialog.format() == SourceFormat::Zipkin);
}

TEST_CASE("a span CSV goes through the options page; its preview and import use the mapping")
{
    guiApp();
    TempDir dir;
    Workspace::create(dir / "ws.tmk");
    const auto csv = dir.write("spans.csv",
        "tid,sid,pid,svc,op,ts,dur\n"
        "x1,a,,web,GET,1767312000000000,3000\n"
        "x1,b,a,db,query,1767312000001000,1000\n"
        "x2,c,,web,GET,1767312001000000,2000\n");
    ImportDialog dialog(dir / "ws.tmk");
    dialog.addInputs({ qPath(csv) });
    dialog.setFormat(SourceFormat::Csv);
    dialog.goNext();
    REQUIRE(dialog.page() == ImportDialog::Page::Options);
    CHECK_FALSE(dialog.canStart()); // no mapping yet
    dialog.setCsvMapping(QStringLiteral("nonsense=tid"));
    CHECK_FALSE(dialog.canStart());
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("optionsProblem"));
    REQUIRE(problem);
    CHECK(problem->text().contains(QStringLiteral("nonsense")));
    dialog.setCsvMapping(QStringLiteral("trace_id=tid,span_id=sid,parent_id=pid,service=svc,operation=op,"
                                        "start=ts,duration=dur"));
    CHECK(dialog.canStart());
    dialog.goNext();
    REQUIRE(dialog.page() == ImportDialog::Page::Preview);
    REQUIRE(waitForPreview(dialog));
    QTreeWidget* table = dialog.previewPage()->table();
    CHECK(column(table, 0) == QStringList { "x1", "x2" });
    CHECK(column(table, 1) == QStringList { "2", "1" });
    CHECK(column(table, 2) == QStringList { "2", "1" });
    CHECK(column(table, 4) == QStringList { "3.000", "2.000" });
    dialog.goBack();
    CHECK(dialog.page() == ImportDialog::Page::Options);
    dialog.goNext();
    dialog.startImport();
    REQUIRE(waitForImport(dialog));
    REQUIRE(dialog.lastOutcome());
    REQUIRE(dialog.lastOutcome()->result == ImportOutcome::Result::Succeeded);
    CHECK(dialog.lastOutcome()->summary.spans == 3);
    CHECK(traceCount(dir / "ws.tmk") == 2);
    CHECK(dialog.page() == ImportDialog::Page::Summary);
    // Another drop lands on the first page again.
    dialog.addInputs({ qPath(csv) });
    CHECK(dialog.page() == ImportDialog::Page::Inputs);
}
