#pragma once
// The strip that shows the running background job: what it does, a progress bar (busy when the
// amount of work is unknown) and Cancel. Hidden while nothing runs.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tracemark {

class CliJob;

class JobBar : public QWidget {
    Q_OBJECT
public:
    explicit JobBar(QWidget* parent = nullptr);
    // Follows `job` until it finishes; `title` says what it is ("Propagating labels").
    void track(CliJob* job, const QString& title);
    QString message() const;
    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* progressBar() const { return bar_; }

private:
    void onProgress(double fraction, const QString& message);
    QLabel* title_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    QString jobTitle_;
};

} // namespace tracemark
