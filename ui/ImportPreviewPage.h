#pragma once
// The import wizard's preview: the first traces of one input (trace id, spans, services, start,
// duration) and the first problem the importer met, read on a worker thread so the window never
// waits. Only the newest request's result is shown; a superseded reading is cancelled.
#include "core/io/Importer.h"
#include "ui/jobs/JobTracker.h"
#include "ui/jobs/PreviewJob.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTreeWidget;

namespace tracemark {

class ImportPreviewPage : public QWidget {
    Q_OBJECT
public:
    struct Source {
        QString path;
        std::optional<SourceFormat> format; // nullopt: not recognised and not chosen
    };

    explicit ImportPreviewPage(QWidget* parent = nullptr);
    ~ImportPreviewPage() override;

    // The inputs the user may look at, with the options to read them; previews `current` (an
    // index into sources) unless that exact preview is already shown.
    void setSources(std::vector<Source> sources, const ImportOptions& options, const QString& optionsKey, int current);
    int currentSource() const;
    void setCurrentSource(int index);

    bool isReading() const { return reading_; }
    // The preview shown, once read.
    const std::optional<ImportPreview>& preview() const { return preview_; }
    // The importer's problem as shown (file:line: ...), "" when none.
    QString errorText() const;
    QString statusText() const;
    QTreeWidget* table() const { return table_; }

Q_SIGNALS:
    void previewReady();

private:
    void start();
    void showPreview(const ImportPreview& preview, const QString& fileName);

    QComboBox* input_;
    QLabel* format_;
    QProgressBar* busy_;
    QTreeWidget* table_;
    QLabel* status_;
    QLabel* errorTitle_;
    QPlainTextEdit* error_;

    std::vector<Source> sources_;
    ImportOptions options_;
    QString optionsKey_;
    QString shownKey_; // what the table shows (or is being read): path, format and options
    JobTracker jobs_;
    std::shared_ptr<Progress> running_;
    std::optional<ImportPreview> preview_;
    bool reading_ = false;
};

} // namespace tracemark
