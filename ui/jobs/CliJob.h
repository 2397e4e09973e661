#pragma once
// Runs one tracemark-cli command as a child process for the window: model and labeling work
// (embed, select, propagate, suggest) links LibTorch, which cannot live in the GUI process (see
// docs/architecture.md), and a child process is also the cleanest cancel: SIGTERM makes the CLI
// cancel its engine and roll its transaction back. Progress arrives as "@progress F MESSAGE"
// lines on stderr (TRACEMARK_PROGRESS=lines); stdout is collected for the caller (--json).
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tracemark {

class CliJob : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Succeeded, Failed, Cancelled };

    explicit CliJob(QObject* parent = nullptr);
    // Kills a process still running (the CLI's transaction rolls back) and waits for it.
    ~CliJob() override;

    // Which tracemark-cli the window runs: $TRACEMARK_CLI, else the settings' path, else the one
    // next to this executable, else the first on PATH. Empty when none is found.
    static QString executable();

    // Starts `tracemark-cli arguments...`; false (with errorText() set) when it cannot start.
    bool start(const QStringList& arguments);
    bool isRunning() const;
    // Asks the CLI to stop (SIGTERM: cancels and rolls back); a second call kills it.
    void cancel();
    // Blocks until the process ends (tests).
    bool waitForFinished(int timeoutMs);

    QString standardOutput() const { return stdout_; }
    // The CLI's own error lines ("tracemark-cli: ...") without the progress lines.
    QString errorText() const { return errors_.trimmed(); }
    Outcome outcome() const { return outcome_; }
    QStringList arguments() const { return arguments_; }

Q_SIGNALS:
    // fraction in [0, 1], or negative when unknown.
    void progress(double fraction, const QString& message);
    void finished(tracemark::CliJob::Outcome outcome);

private:
    void readErrors();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess* process_;
    QStringList arguments_;
    QString stdout_;
    QString errors_;
    QByteArray pendingErrorBytes_;
    bool cancelRequested_ = false;
    Outcome outcome_ = Outcome::Failed;
};

} // namespace tracemark
