// tracemark: the workbench window.
//   tracemark [WORKSPACE]                   open the window (and the workspace)
//   tracemark --screenshot FILE [--page P] [WORKSPACE]
//                                           render a page (traces, labeling, rootcause, import) once
//                                           its data is in, save a PNG
//   tracemark --bench-open WORKSPACE        time "open the workspace and show the first page" (median of 5)
#include "ui/AppIcon.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/ImportDialog.h"
#include "ui/ImportPreviewPage.h"
#include "ui/TracePanel.h"
#include "ui/UiStallWatchdog.h"
#include "ui/labeling/LabelingPage.h"
#include "ui/rca/FaultPeriodTableModel.h"
#include "ui/rca/RootCausePage.h"
#include "ui/trace/TraceViewer.h"
#include "ui/Translations.h"
#include "ui/models/TraceTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tracemark;

namespace {

constexpr int kBenchRuns = 5;
constexpr int kSettleTimeoutMs = 300000;
constexpr int kScreenshotTimeoutMs = 120000;

// Runs the event loop until `done` holds or the time is up; false on timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settleWindow()
{
    waitUntil([] { return false; }, 150); // lets the window get mapped and laid out
}

// Non-interactive runs print problems instead of opening message boxes, and keep their settings
// (window geometry, recent list) out of the user's.
void makeNonInteractive(MainWindow& window)
{
    MainWindow::Prompts prompts;
    prompts.showError = [](QWidget*, const QString& title, const QString& message) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
    };
    prompts.askNewWorkspacePath = [](QWidget*, const QString&) { return QString(); };
    window.setPrompts(prompts);
}

// What --screenshot renders: a page of the window, or a dialog over it.
struct ScreenshotRequest {
    QString file;
    QString workspace;
    QSize size;
    QString page;        // traces, labeling, rootcause, import
    QStringList inputs;  // for the import wizard
};

bool waitForPage(MainWindow& window, const QString& page)
{
    if (page == QLatin1String("labeling")) {
        window.showPage(MainWindow::Page::AnomalyLabeling);
        LabelingPage* labeling = window.labelingPage();
        return waitUntil([&] { return !labeling->isLoading() && !labeling->traceViewer()->isLoading(); },
                         kScreenshotTimeoutMs);
    }
    if (page == QLatin1String("rootcause")) {
        window.showPage(MainWindow::Page::RootCause);
        RootCausePage* rootCause = window.rootCausePage();
        // Ranked, or nothing to rank (no fault period yet).
        return waitUntil(
            [&] {
                return !rootCause->isBusy()
                    && (rootCause->ranking() || (rootCause->indexState() != RootCausePage::IndexState::Loading
                                                 && rootCause->periodModel()->rowCount() == 0));
            },
            kScreenshotTimeoutMs);
    }
    window.showPage(MainWindow::Page::Traces);
    return true;
}

int takeScreenshot(const ScreenshotRequest& request)
{
    MainWindow window;
    makeNonInteractive(window);
    window.resize(request.size);
    window.show();
    if (!request.workspace.isEmpty()) {
        if (!window.openWorkspace(request.workspace))
            return 1;
        if (!waitUntil([&] { return window.isSettled(); }, kSettleTimeoutMs) || !waitForPage(window, request.page)) {
            std::fprintf(stderr, "timed out waiting for the %s page to load\n", qPrintable(request.page));
            return 1;
        }
    }
    QWidget* target = &window;
    if (request.page == QLatin1String("import")) {
        ImportDialog* dialog = window.showImportDialog(request.inputs);
        dialog->resize(std::min(request.size.width(), 1000), std::min(request.size.height(), 680));
        if (!request.inputs.isEmpty()) {
            dialog->goNext(); // to the preview (or the options of a span CSV)
            waitUntil([&] { return !dialog->previewPage()->isReading(); }, kSettleTimeoutMs);
        }
        target = dialog;
    }
    // Graphviz layouts and charts arrive a moment after the data.
    waitUntil([] { return false; }, request.page == QLatin1String("traces") ? 150 : 1500);
    if (!target->grab().save(request.file)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(request.file));
        return 1;
    }
    std::printf("saved %s (%dx%d)\n", qPrintable(request.file), target->width(), target->height());
    return 0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

int benchOpen(const QString& workspace)
{
    std::vector<double> openMs;
    std::vector<double> countMs;
    int rows = 0;
    qint64 matches = 0;
    for (int run = 0; run < kBenchRuns; ++run) {
        MainWindow window;
        makeNonInteractive(window);
        window.resize(1280, 800);
        window.show();
        settleWindow();

        QElapsedTimer timer;
        timer.start();
        if (!window.openWorkspace(workspace))
            return 1;
        QTableView* view = window.tracePanel()->view();
        view->viewport()->repaint(); // the first page is on screen when this returns
        openMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        rows = window.tracePanel()->model()->rowCount();

        if (!waitUntil([&] { return window.isSettled(); }, kSettleTimeoutMs)) {
            std::fprintf(stderr, "timed out waiting for the trace count\n");
            return 1;
        }
        countMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        matches = window.tracePanel()->matchCount().value_or(0);
        window.closeWorkspace();
    }
    std::printf("workspace: %s (%lld traces)\n", qPrintable(workspace), static_cast<long long>(matches));
    std::printf("open + first page shown (%d rows): median %.1f ms over %d runs (min %.1f, max %.1f)\n", rows,
        median(openMs), kBenchRuns, *std::min_element(openMs.begin(), openMs.end()),
        *std::max_element(openMs.begin(), openMs.end()));
    std::printf(
        "until the match count and the summary are in (background): median %.1f ms\n", median(countMs));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tracemark"));
    QApplication::setApplicationName(QStringLiteral("Tracemark"));
    QApplication::setApplicationVersion(QStringLiteral(TRACEMARK_VERSION));
    QApplication::setWindowIcon(appIcon());
    // Chosen before the command line is parsed, so that --help is translated too; --language
    // wins over the language stored in the settings.
    applyLanguage(app, chooseStartupLanguage(QApplication::arguments(), AppSettings::language()));

    UiStallWatchdog::installIfWanted(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tracemark trace labeling workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
        QApplication::translate("main", "Workspace (.tmk) to open"), QStringLiteral("[workspace]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Save a PNG of the window once the workspace "
            "is loaded, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot."), QStringLiteral("WxH"),
        QStringLiteral("1280x800"));
    const QCommandLineOption bench(QStringLiteral("bench-open"),
        QApplication::translate("main",
            "Print the time to open the workspace and show the "
            "first page of the table (median of 5 runs)."),
        QStringLiteral("workspace"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("main", "User interface language, e.g. en or zh_CN."),
        QStringLiteral("locale"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QApplication::translate("main", "Page for --screenshot: traces, labeling, rootcause or import."),
        QStringLiteral("page"), QStringLiteral("traces"));
    const QCommandLineOption importInput(QStringLiteral("import-input"),
        QApplication::translate("main", "With --page import: a file the import wizard previews."),
        QStringLiteral("file"));
    parser.addOptions({ screenshot, size, bench, languageOption, pageOption, importInput });
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString workspace = positional.isEmpty() ? QString() : positional.first();

    if (parser.isSet(screenshot) || parser.isSet(bench)) {
        // Runs that are not interactive keep their settings apart from the user's.
        QTemporaryDir settingsDir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        if (parser.isSet(bench))
            return benchOpen(parser.value(bench));
        const QStringList dims = parser.value(size).split(QLatin1Char('x'));
        const QSize windowSize
            = dims.size() == 2 ? QSize(dims[0].toInt(), dims[1].toInt()) : QSize(1280, 800);
        const QStringList pages{QStringLiteral("traces"), QStringLiteral("labeling"), QStringLiteral("rootcause"),
                                QStringLiteral("import")};
        if (!pages.contains(parser.value(pageOption))) {
            std::fprintf(stderr, "--page must be one of: %s\n", qPrintable(pages.join(QStringLiteral(", "))));
            return 2;
        }
        return takeScreenshot({parser.value(screenshot), workspace,
                               windowSize.isValid() ? windowSize : QSize(1280, 800), parser.value(pageOption),
                               parser.values(importInput)});
    }

    MainWindow window;
    window.show();
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    return QApplication::exec();
}
