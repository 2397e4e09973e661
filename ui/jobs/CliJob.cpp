#include "ui/jobs/CliJob.h"

#include "ui/AppSettings.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace tracemark {

namespace {

constexpr char kProgressPrefix[] = "@progress ";

} // namespace

CliJob::CliJob(QObject* parent)
    : QObject(parent)
    , process_(new QProcess(this))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TRACEMARK_PROGRESS"), QStringLiteral("lines"));
    process_->setProcessEnvironment(environment);
    connect(process_, &QProcess::readyReadStandardError, this, &CliJob::readErrors);
    connect(process_, &QProcess::readyReadStandardOutput, this,
            [this] { stdout_ += QString::fromUtf8(process_->readAllStandardOutput()); });
    connect(process_, &QProcess::finished, this, &CliJob::onFinished);
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            errors_ = tr("Could not start %1: %2").arg(process_->program(), process_->errorString());
            outcome_ = Outcome::Failed;
            Q_EMIT finished(outcome_);
        }
    });
}

CliJob::~CliJob()
{
    if (isRunning()) {
        disconnect(process_, nullptr, this, nullptr);
        process_->terminate();
        if (!process_->waitForFinished(5000))
            process_->kill();
        process_->waitForFinished(2000);
    }
}

QString CliJob::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("TRACEMARK_CLI");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString configured = AppSettings::effectiveCliPath(); // the setting, else next to the app
    if (QFileInfo(configured).isExecutable())
        return configured;
    return QStandardPaths::findExecutable(QStringLiteral("tracemark-cli"));
}

bool CliJob::start(const QStringList& arguments)
{
    arguments_ = arguments;
    stdout_.clear();
    errors_.clear();
    pendingErrorBytes_.clear();
    cancelRequested_ = false;
    const QString program = executable();
    if (program.isEmpty()) {
        errors_ = tr("tracemark-cli was not found next to the application or on PATH; set its path in "
                     "Settings.");
        outcome_ = Outcome::Failed;
        return false;
    }
    process_->start(program, arguments);
    return true;
}

bool CliJob::isRunning() const
{
    return process_->state() != QProcess::NotRunning;
}

void CliJob::cancel()
{
    if (!isRunning())
        return;
    if (cancelRequested_) {
        process_->kill();
        return;
    }
    cancelRequested_ = true;
    process_->terminate();
}

bool CliJob::waitForFinished(int timeoutMs)
{
    if (!isRunning())
        return true;
    return process_->waitForFinished(timeoutMs);
}

void CliJob::readErrors()
{
    pendingErrorBytes_ += process_->readAllStandardError();
    int end;
    while ((end = pendingErrorBytes_.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(pendingErrorBytes_.left(end));
        pendingErrorBytes_.remove(0, end + 1);
        if (line.startsWith(QLatin1String(kProgressPrefix))) {
            const QString rest = line.mid(int(sizeof kProgressPrefix) - 1);
            bool ok = false;
            const double fraction = rest.section(QLatin1Char(' '), 0, 0).toDouble(&ok);
            if (ok)
                Q_EMIT progress(fraction, rest.section(QLatin1Char(' '), 1));
            continue;
        }
        errors_ += line + QLatin1Char('\n');
    }
}

void CliJob::onFinished(int exitCode, QProcess::ExitStatus status)
{
    stdout_ += QString::fromUtf8(process_->readAllStandardOutput());
    pendingErrorBytes_ += '\n';
    readErrors();
    // A run that finished just as Cancel was pressed did its work: report what happened.
    if (status == QProcess::NormalExit && exitCode == 0)
        outcome_ = Outcome::Succeeded;
    else if (cancelRequested_)
        outcome_ = Outcome::Cancelled;
    else {
        outcome_ = Outcome::Failed;
        if (errorText().isEmpty())
            errors_ = status == QProcess::CrashExit ? tr("tracemark-cli crashed")
                                                    : tr("tracemark-cli exited with status %1").arg(exitCode);
    }
    Q_EMIT finished(outcome_);
}

} // namespace tracemark
