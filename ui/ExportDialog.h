#pragma once
// File ▸ Export…: writes the workspace in any format of `tracemark-cli export` (labels.csv,
// LabelEase groundtruth.json, Tracemark's root causes JSON, Jaeger JSON) on a worker thread with
// its own Workspace connection, with progress, Cancel and a plain success or failure message.
#include "ui/jobs/ExportJob.h"

#include <QDialog>
#include <QFutureWatcher>

#include <filesystem>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tracemark {

class QueuedProgress;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(const std::filesystem::path& workspacePath, QWidget* parent = nullptr);
    // Cancels a running export and waits for the worker, which reports to this dialog.
    ~ExportDialog() override;

    // Also puts the format's usual file name in the path when the path still holds a default.
    void setFormat(ExportFormat format);
    ExportFormat format() const;
    void setOutputPath(const QString& path);
    QString outputPath() const;
    QCheckBox* includeLabelsCheck() const { return includeLabels_; }
    QCheckBox* includeLogsCheck() const { return includeLogs_; }

    bool isRunning() const { return running_; }
    bool canStart() const;
    // The success, failure or cancellation message of the last export.
    QString resultText() const;
    const std::optional<ExportOutcome>& lastOutcome() const { return lastOutcome_; }

public Q_SLOTS:
    // Ignored while an export runs.
    void startExport();
    void cancelExport();
    void reject() override;

Q_SIGNALS:
    void exportFinished(bool succeeded);

private:
    void browse();
    void onFormatChanged();
    void updateControls();
    void onProgress(double fraction, const QString& message);
    void onFinished();
    void showResult(const QString& text, bool isError);
    QString defaultPath(ExportFormat format) const;

    std::filesystem::path workspacePath_;
    QComboBox* format_;
    QLabel* formatDescription_;
    QLineEdit* path_;
    QLabel* pathNote_;
    QGroupBox* jaegerOptions_;
    QCheckBox* includeLabels_;
    QCheckBox* includeLogs_;
    QProgressBar* progressBar_;
    QLabel* progressMessage_;
    QLabel* result_;
    QPushButton* exportButton_;
    QPushButton* cancelButton_;
    ExportFormat shownFormat_ = ExportFormat::Labels; // the format the path's default was made for

    QFutureWatcher<ExportOutcome> watcher_;
    std::unique_ptr<QueuedProgress> progress_;
    std::optional<ExportOutcome> lastOutcome_;
    bool running_ = false;
    bool closeWhenDone_ = false;
};

} // namespace tracemark
