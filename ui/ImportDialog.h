#pragma once
// The import dialog: pick files or a folder, see what format auto-detection finds for each,
// import them on a worker thread with a progress bar and a Cancel button. The worker opens its
// own Workspace on the file; cancelling or a bad line rolls the whole import back.
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
class QWidget;

namespace tracemark {

class ImportInputList;
class QueuedProgress;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const std::filesystem::path& workspacePath, QWidget* parent = nullptr);
    // Cancels a running import and waits for the worker, which reports to this dialog.
    ~ImportDialog() override;

    // Adds files or folders and detects their formats (see ImportInputList::addInputs).
    void addInputs(const QStringList& paths);
    QStringList inputs() const;
    void setFormat(SourceFormat format);
    SourceFormat format() const;

    bool isRunning() const { return running_; }
    bool canStart() const;
    // The last message shown under the progress bar (success summary, error or cancellation).
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
    void updateControls();
    void onProgress(double fraction, const QString& message);
    void onFinished();
    std::optional<ImportOptions> readOptions(QString& problem) const;
    void showResult(const QString& text, bool isError);

    std::filesystem::path workspacePath_;
    ImportInputList* inputs_;
    QLabel* detectionProblem_;
    QComboBox* format_;
    QWidget* csvOptions_;
    QLineEdit* csvMapping_;
    QComboBox* csvTimeUnit_;
    QProgressBar* progressBar_;
    QLabel* progressMessage_;
    QLabel* result_;
    QPlainTextEdit* warnings_;
    QPushButton* importButton_;
    QPushButton* cancelButton_;
    QPushButton* closeButton_;

    QFutureWatcher<ImportOutcome> watcher_;
    std::unique_ptr<QueuedProgress> progress_;
    std::optional<ImportOutcome> lastOutcome_;
    bool running_ = false;
    bool closeWhenDone_ = false;
};

} // namespace tracemark
