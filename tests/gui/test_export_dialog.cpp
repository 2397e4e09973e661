// The export dialog: every format of `tracemark-cli export`, written on a worker thread with the
// content the workspace holds (labels and root causes set here), default file names, the Jaeger
// options, a failure that leaves an existing file as it was, Cancel, and File ▸ Export….
#include "gui/GuiTestSupport.h"
#include "support/TestSupport.h"

#include "core/io/Importer.h"
#include "core/io/LabelsCsv.h"
#include "ui/ExportDialog.h"
#include "ui/MainWindow.h"
#include "ui/jobs/ExportJob.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>

using namespace tracemark;
using namespace tracemark::test;

namespace {

QString qPath(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool waitForExport(ExportDialog& dialog)
{
    return waitFor([&] { return !dialog.isRunning(); }, 120000);
}

std::int64_t keyOf(Workspace& workspace, int sample)
{
    return workspace.traceById(sampleTraceId(sample)).value().key;
}

// t03 abnormal by a human, t04 normal by propagation (0.875), t07 normal by a human.
void labelSomeTraces(const std::filesystem::path& path)
{
    Workspace workspace = Workspace::open(path);
    workspace.setLabel(keyOf(workspace, 3), TraceLabel::Abnormal, LabelSource::Human, 1.0, "alice");
    workspace.setLabel(keyOf(workspace, 4), TraceLabel::Normal, LabelSource::Propagated, 0.875, "tracemark");
    workspace.setLabel(keyOf(workspace, 7), TraceLabel::Normal, LabelSource::Human, 1.0, "alice");
}

// Three periods: a service root cause, a pod root cause, and one not judged yet.
void judgeSomePeriods(const std::filesystem::path& path)
{
    Workspace workspace = Workspace::open(path);
    const std::int64_t first = workspace.addFaultPeriod(kSampleT0, kSampleT0 + 4'000'000'000LL, "operator", "{}", "alice");
    const std::int64_t second
        = workspace.addFaultPeriod(kSampleT0 + 6'000'000'000LL, kSampleT0 + 9'000'000'000LL, "operator", "{}", "alice");
    workspace.addFaultPeriod(kSampleT0 + 10'000'000'000LL, kSampleT0 + 11'000'000'000LL, "operator", "{}", "alice");
    workspace.setRootCause(first, { "cartservice", "", "delay", "slow cart", "alice", 0 });
    workspace.setRootCause(second, { "checkoutservice", "checkout-1", "cpu", "", "alice", 0 });
}

ExportOutcome exportThrough(ExportDialog& dialog, ExportFormat format, const std::filesystem::path& out)
{
    dialog.setFormat(format);
    dialog.setOutputPath(qPath(out));
    REQUIRE(dialog.canStart());
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    REQUIRE(waitForExport(dialog));
    REQUIRE(finished.count() == 1);
    REQUIRE(dialog.lastOutcome());
    return *dialog.lastOutcome();
}

} // namespace

TEST_CASE("the dialog offers every format of the CLI's export, with the usual file names")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    ExportDialog dialog(dir / "shop.tmk");
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("exportFormat"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 4);
    std::vector<std::string> names;
    for (ExportFormat format : exportFormats())
        names.push_back(exportFormatName(format));
    CHECK(names == std::vector<std::string> { "labels", "groundtruth", "rootcauses", "jaeger" });

    const QString folder = QFileInfo(qPath(dir / "shop.tmk")).absolutePath();
    CHECK(dialog.format() == ExportFormat::Labels);
    CHECK(dialog.outputPath() == folder + QStringLiteral("/labels.csv"));
    dialog.setFormat(ExportFormat::GroundTruth);
    CHECK(dialog.outputPath() == folder + QStringLiteral("/groundtruth.json"));
    dialog.setFormat(ExportFormat::Jaeger);
    CHECK(dialog.outputPath() == folder + QStringLiteral("/shop-traces.json"));
    CHECK(dialog.includeLabelsCheck()->isVisibleTo(&dialog));
    dialog.setFormat(ExportFormat::RootCauses);
    CHECK(dialog.outputPath() == folder + QStringLiteral("/rootcauses.json"));
    CHECK_FALSE(dialog.includeLabelsCheck()->isVisibleTo(&dialog));
    // A name the user typed is kept when the format changes.
    dialog.setOutputPath(folder + QStringLiteral("/mine.json"));
    dialog.setFormat(ExportFormat::GroundTruth);
    CHECK(dialog.outputPath() == folder + QStringLiteral("/mine.json"));
    // A missing folder cannot be written to.
    dialog.setOutputPath(folder + QStringLiteral("/no/such/folder/x.json"));
    CHECK_FALSE(dialog.canStart());
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("exportPathNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("does not exist")));
}

TEST_CASE("labels.csv written through the dialog holds every trace's label from the workspace")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    labelSomeTraces(dir / "shop.tmk");
    ExportDialog dialog(dir / "shop.tmk");
    const ExportOutcome outcome = exportThrough(dialog, ExportFormat::Labels, dir / "labels.csv");
    REQUIRE(outcome.result == ExportOutcome::Result::Succeeded);
    CHECK(outcome.written == kSampleTraces);
    CHECK(dialog.resultText().startsWith(QStringLiteral("Exported 23 traces to ")));
    CHECK_FALSE(std::filesystem::exists(dir / "labels.csv.tmp"));

    std::istringstream lines(readText(dir / "labels.csv"));
    std::string line;
    std::getline(lines, line);
    CHECK(line == "trace_id,anomaly,label,source,confidence,cluster,representative");
    std::map<std::string, std::string> rows;
    while (std::getline(lines, line))
        rows[line.substr(0, line.find(','))] = line.substr(line.find(',') + 1);
    REQUIRE(rows.size() == static_cast<std::size_t>(kSampleTraces));
    // Every trace as the workspace holds it.
    Workspace workspace = Workspace::open(dir / "shop.tmk");
    for (int i = 0; i < kSampleTraces; ++i) {
        const TraceSummary trace = workspace.traceById(sampleTraceId(i)).value();
        std::string expected = ",unlabeled,,,,0";
        if (trace.label == TraceLabel::Abnormal)
            expected = "1,abnormal,human,1,,0";
        else if (trace.label == TraceLabel::Normal && trace.labelSource == LabelSource::Human)
            expected = "0,normal,human,1,,0";
        else if (trace.label == TraceLabel::Normal)
            expected = "0,normal,propagated,0.875,,0";
        CHECK(rows[sampleTraceId(i)] == expected);
    }
    CHECK(rows["t03"] == "1,abnormal,human,1,,0");
    CHECK(rows["t04"] == "0,normal,propagated,0.875,,0");
    // And the label reader gets the three labelled rows back.
    CHECK(readLabelsCsv(dir / "labels.csv").size() == 3);
}

TEST_CASE("groundtruth.json and the root causes JSON hold the workspace's judged periods")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    judgeSomePeriods(dir / "shop.tmk");
    ExportDialog dialog(dir / "shop.tmk");

    ExportOutcome outcome = exportThrough(dialog, ExportFormat::GroundTruth, dir / "groundtruth.json");
    REQUIRE(outcome.result == ExportOutcome::Result::Succeeded);
    CHECK(outcome.written == 2);
    CHECK(dialog.resultText().startsWith(QStringLiteral("Exported 2 fault periods to ")));
    const QJsonArray truth = QJsonDocument::fromJson(QByteArray::fromStdString(readText(dir / "groundtruth.json"))).array();
    Workspace workspace = Workspace::open(dir / "shop.tmk");
    std::vector<FaultPeriodRecord> judged;
    for (const FaultPeriodRecord& period : workspace.faultPeriods()) {
        if (period.rootCause)
            judged.push_back(period);
    }
    REQUIRE(truth.size() == static_cast<int>(judged.size()));
    for (int i = 0; i < truth.size(); ++i) {
        const QJsonObject row = truth.at(i).toObject();
        const RootCause& cause = *judged[i].rootCause;
        CHECK(row.value("timestamp").toInteger() == judged[i].startNs / 1'000'000'000);
        CHECK(row.value("end_timestamp").toInteger() == judged[i].endNs / 1'000'000'000);
        CHECK(row.value("level").toString() == (cause.instance.empty() ? "service" : "pod"));
        CHECK(row.value("cmdb_id").toString().toStdString() == (cause.instance.empty() ? cause.service : cause.instance));
        CHECK(row.value("failure_type").toString().toStdString() == cause.faultType);
    }
    CHECK(truth.at(1).toObject().value("cmdb_id").toString() == QStringLiteral("checkout-1"));

    outcome = exportThrough(dialog, ExportFormat::RootCauses, dir / "rootcauses.json");
    REQUIRE(outcome.result == ExportOutcome::Result::Succeeded);
    CHECK(outcome.written == 3); // the period not judged yet too
    const QByteArray rootCauses = QByteArray::fromStdString(readText(dir / "rootcauses.json"));
    CHECK(rootCauses.contains("slow cart"));
    const QJsonDocument parsed = QJsonDocument::fromJson(rootCauses);
    CHECK_FALSE(parsed.isNull());
}

TEST_CASE("the Jaeger export follows its options")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    labelSomeTraces(dir / "shop.tmk");
    ExportDialog dialog(dir / "shop.tmk");
    ExportOutcome outcome = exportThrough(dialog, ExportFormat::Jaeger, dir / "with.json");
    REQUIRE(outcome.result == ExportOutcome::Result::Succeeded);
    CHECK(outcome.written == kSampleTraces);
    CHECK(readText(dir / "with.json").find("tracemark.label") != std::string::npos);
    dialog.includeLabelsCheck()->setChecked(false);
    outcome = exportThrough(dialog, ExportFormat::Jaeger, dir / "without.json");
    REQUIRE(outcome.result == ExportOutcome::Result::Succeeded);
    const std::string without = readText(dir / "without.json");
    CHECK(without.find("tracemark.label") == std::string::npos);
    CHECK(without.find("\"traceID\":\"t22\"") != std::string::npos);
}

TEST_CASE("a failed export says why and leaves the existing file as it was")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    dir.write("labels.csv", "old content\n");
    std::filesystem::create_directories(dir / "labels.csv.tmp"); // the temporary file cannot be created
    ExportDialog dialog(dir / "shop.tmk");
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("exportPathNote"));
    dialog.setOutputPath(qPath(dir / "labels.csv"));
    CHECK(note->text() == QStringLiteral("labels.csv exists and will be replaced."));
    const ExportOutcome outcome = exportThrough(dialog, ExportFormat::Labels, dir / "labels.csv");
    CHECK(outcome.result == ExportOutcome::Result::Failed);
    CHECK(dialog.resultText().startsWith(QStringLiteral("The export failed and ")));
    CHECK(dialog.resultText().contains(QStringLiteral("labels.csv.tmp")));
    CHECK(readText(dir / "labels.csv") == "old content\n");
}

TEST_CASE("cancelling an export leaves no file")
{
    guiApp();
    TempDir dir;
    Workspace::create(dir / "big.tmk");
    const auto json = dir.write("big.json", jaegerJson(3000, 10));
    {
        Workspace workspace = Workspace::open(dir / "big.tmk");
        NullProgress progress;
        workspace.import("big", [&](ImportSink& sink, Progress& p) { makeImporter(SourceFormat::Jaeger)->import(json, sink, p); },
            progress);
    }
    ExportDialog dialog(dir / "big.tmk");
    dialog.setFormat(ExportFormat::Jaeger);
    dialog.setOutputPath(qPath(dir / "out.json"));
    dialog.startExport();
    REQUIRE(dialog.isRunning());
    dialog.startExport(); // ignored: one export at a time
    dialog.cancelExport();
    REQUIRE(waitForExport(dialog));
    REQUIRE(dialog.lastOutcome());
    CHECK(dialog.lastOutcome()->result == ExportOutcome::Result::Cancelled);
    CHECK(dialog.resultText().startsWith(QStringLiteral("Export cancelled.")));
    CHECK_FALSE(std::filesystem::exists(dir / "out.json"));
    CHECK_FALSE(std::filesystem::exists(dir / "out.json.tmp"));
}

TEST_CASE("File ▸ Export… is enabled with a workspace and opens the dialog on it")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    MainWindow window;
    window.setPrompts({ [](QWidget*, const QString&, const QString& message) { FAIL(message.toStdString()); },
        [](QWidget*, const QString&) { return QString(); } });
    QAction* exportAction = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("&Export…"))
                exportAction = action;
        }
    }
    REQUIRE(exportAction);
    CHECK(exportAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    CHECK_FALSE(exportAction->isEnabled());
    CHECK(window.showExportDialog() == nullptr);
    REQUIRE(window.openWorkspace(qPath(dir / "shop.tmk")));
    CHECK(exportAction->isEnabled());
    exportAction->trigger();
    auto* dialog = window.findChild<ExportDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->outputPath() == QFileInfo(qPath(dir / "shop.tmk")).absolutePath() + QStringLiteral("/labels.csv"));
    dialog->close(); // deleted on close
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(window.findChild<ExportDialog*>());
    window.closeWorkspace();
    CHECK_FALSE(exportAction->isEnabled());
}
