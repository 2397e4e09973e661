#include "ui/jobs/JobBar.h"

#include "ui/jobs/CliJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

namespace tracemark {

JobBar::JobBar(QWidget* parent)
    : QWidget(parent)
    , title_(new QLabel(this))
    , bar_(new QProgressBar(this))
    , cancel_(new QPushButton(tr("Cancel"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_->setTextFormat(Qt::PlainText);
    bar_->setRange(0, 1000);
    bar_->setTextVisible(false);
    bar_->setMaximumWidth(260);
    layout->addWidget(title_, 1);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    hide();
}

void JobBar::track(CliJob* job, const QString& title)
{
    jobTitle_ = title;
    title_->setText(title + QStringLiteral("…"));
    bar_->setRange(0, 0); // busy until the first report
    cancel_->setEnabled(true);
    show();
    QPointer<CliJob> guard(job);
    disconnect(cancel_, nullptr, nullptr, nullptr);
    connect(cancel_, &QPushButton::clicked, this, [this, guard] {
        if (!guard)
            return;
        guard->cancel();
        title_->setText(tr("%1: cancelling…").arg(jobTitle_));
    });
    connect(job, &CliJob::progress, this, &JobBar::onProgress);
    connect(job, &CliJob::finished, this, [this] { hide(); });
}

QString JobBar::message() const
{
    return title_->text();
}

void JobBar::onProgress(double fraction, const QString& message)
{
    if (fraction < 0) {
        bar_->setRange(0, 0);
    } else {
        bar_->setRange(0, 1000);
        bar_->setValue(static_cast<int>(fraction * 1000));
    }
    title_->setText(message.isEmpty() ? jobTitle_ : tr("%1: %2").arg(jobTitle_, message));
}

} // namespace tracemark
