#pragma once
// The import wizard: (1) choose files or folders and see the format detected for each, with a
// per-input override; (2) options, only for span CSV (column mapping, units, delimiter); (3) a
// preview of the first traces of an input and the first problem in it, read on a worker thread;
// (4) the import on a worker thread with a progress bar and Cancel; (5) a summary. The worker
// opens its own Workspace on the file; cancelling or a bad line rolls the whole import back.
#include "core/io/Importer.h"
#include "ui/jobs/ImportJob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace tracemark {

class ImportInputList;
class ImportPreviewPage;
class QueuedProgress;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { Inputs, Options, Preview, Progress, Summary };

    explicit ImportDialog(const std::filesystem::path& workspacePath, QWidget* parent = nullptr);
    // Cancels a running import and waits for the worker, which reports to this dialog.
    ~ImportDialog() override;

    // Adds files or folders and detects their formats (see ImportInputList::addInputs); back on
    // the first page unless an import runs.
    void addInputs(const QStringList& paths);
    QStringList inputs() const;
    // Imports every input as `format` (Auto: as detected).
    void setFormat(SourceFormat format);
    // The format every input is set to, Auto when they differ or follow detection.
    SourceFormat format() const;
    // The span CSV column mapping ("field=column,...") and time unit.
    void setCsvMapping(const QString& mapping, const QString& timeUnit = QStringLiteral("us"));

    Page page() const;
    // Next/Back as the buttons do (Options only when an input is a span CSV).
    void goNext();
    void goBack();
    ImportPreviewPage* previewPage() const { return preview_; }

    bool isRunning() const { return running_; }
    bool canStart() const;
    // The outcome of the last import: the summary line, or the failure with the engine's message.
    QString resultText() const;
    const std::optional<ImportOutcome>& lastOutcome() const { return lastOutcome_; }

public Q_SLOTS:
    // Ignored while an import runs: there is only ever one.
    void startImport();
    void cancelImport();
    void reject() override;

Q_SIGNALS:
    void importFinished(bool succeeded);
    void runningChanged(bool running);

private:
    QWidget* makeInputsPage();
    QWidget* makeOptionsPage();
    QWidget* makePreviewPage();
    QWidget* makeProgressPage();
    QWidget* makeSummaryPage();
    void showPage(Page page);
    bool needsOptions() const;
    void updateControls();
    void onProgress(double fraction, const QString& message);
    void onFinished();
    std::optional<ImportOptions> readOptions(QString& problem) const;
    QString optionsKey() const;
    void refreshPreview();
    void showSummary(const QString& headline, const QString& details, bool isError);

    std::filesystem::path workspacePath_;
    QLabel* title_;
    QStackedWidget* pages_;
    ImportInputList* inputs_;
    QLabel* detectionProblem_;
    QLineEdit* csvMapping_;
    QComboBox* csvTimeUnit_;
    QComboBox* csvDurationUnit_;
    QComboBox* csvDelimiter_;
    QLabel* optionsProblem_;
    ImportPreviewPage* preview_;
    QProgressBar* progressBar_;
    QLabel* progressMessage_;
    QLabel* result_;
    QPlainTextEdit* details_;
    QPushButton* backButton_;
    QPushButton* nextButton_;
    QPushButton* importButton_;
    QPushButton* cancelButton_;
    QPushButton* moreButton_;
    QPushButton* closeButton_;

    QFutureWatcher<ImportOutcome> watcher_;
    std::unique_ptr<QueuedProgress> progress_;
    std::optional<ImportOutcome> lastOutcome_;
    QString resultText_;
    bool running_ = false;
    bool closeWhenDone_ = false;
};

} // namespace tracemark
