#include "ui/rca/RootCauseForm.h"

#include "ui/Formatting.h"
#include "ui/rca/FaultTypeNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tracemark {

RootCauseForm::RootCauseForm(QWidget* parent)
    : QGroupBox(tr("Root cause"), parent)
    , target_(new QComboBox(this))
    , faultType_(new QComboBox(this))
    , note_(new QLineEdit(this))
    , save_(new QPushButton(tr("Save"), this))
    , clear_(new QPushButton(tr("Clear"), this))
    , current_(new QLabel(this))
    , status_(new QLabel(this))
{
    target_->setEditable(true);
    target_->setInsertPolicy(QComboBox::NoInsert);
    target_->setObjectName(QStringLiteral("rootCauseTarget"));
    target_->setToolTip(tr("The faulty service, or one of its instances (pods)"));
    faultType_->setObjectName(QStringLiteral("rootCauseFaultType"));
    faultType_->setPlaceholderText(tr("Choose a fault type"));
    for (const std::string& type : rootCauseFaultTypes())
        faultType_->addItem(faultTypeDisplayName(type), QString::fromStdString(type));
    faultType_->setCurrentIndex(-1);
    note_->setObjectName(QStringLiteral("rootCauseNote"));
    note_->setPlaceholderText(tr("What you saw, a ticket, …"));
    save_->setObjectName(QStringLiteral("saveRootCause"));
    save_->setDefault(true);
    clear_->setObjectName(QStringLiteral("clearRootCause"));
    clear_->setToolTip(tr("Remove the stored root cause of this period"));
    current_->setWordWrap(true);
    current_->setObjectName(QStringLiteral("storedRootCause"));
    status_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("rootCauseStatus"));

    auto* form = new QFormLayout;
    form->addRow(tr("Service or instance:"), target_);
    form->addRow(tr("Fault type:"), faultType_);
    form->addRow(tr("Note:"), note_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clear_);
    buttons->addWidget(save_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(current_);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(status_);

    connect(save_, &QPushButton::clicked, this, &RootCauseForm::saveRequested);
    connect(clear_, &QPushButton::clicked, this, &RootCauseForm::clearRequested);
    connect(target_, &QComboBox::currentTextChanged, this, &RootCauseForm::updateButtons);
    connect(faultType_, qOverload<int>(&QComboBox::currentIndexChanged), this, &RootCauseForm::updateButtons);
    setPeriod(std::nullopt);
}

void RootCauseForm::setPeriod(const std::optional<FaultPeriodRecord>& period)
{
    period_ = period;
    status_->clear();
    setEnabled(period.has_value());
    if (!period) {
        current_->setText(tr("Select a fault period."));
    } else if (!period->rootCause) {
        current_->setText(tr("Period %1 has no root cause yet.").arg(period->id));
    } else {
        const RootCause& c = *period->rootCause;
        const QString where = QString::fromStdString(c.instance.empty() ? c.service : c.service + " / " + c.instance);
        current_->setText(tr("Stored: %1, %2 (by %3, %4)")
                              .arg(where, faultTypeDisplayName(c.faultType), QString::fromStdString(c.author),
                                  formatTimestampNs(c.updatedNs)));
    }
    if (period && period->rootCause) {
        const RootCause& c = *period->rootCause;
        target_->setEditText(QString::fromStdString(c.instance.empty() ? c.service : c.instance));
        setFaultType(QString::fromStdString(c.faultType));
        note_->setText(QString::fromStdString(c.note));
    } else {
        target_->setEditText(suggestedService_);
        faultType_->setCurrentIndex(-1);
        note_->clear();
    }
    updateButtons();
}

void RootCauseForm::setSuggestions(const QString& service, const QStringList& instances)
{
    const bool sameService = service == suggestedService_;
    if (!sameService)
        status_->clear(); // "Saved." spoke of the service chosen before
    suggestedService_ = service;
    instances_ = instances;
    const QString typed = target_->currentText();
    target_->blockSignals(true);
    target_->clear();
    if (!service.isEmpty())
        target_->addItem(service);
    target_->addItems(instances);
    target_->blockSignals(false);
    // A stored root cause of this service shows as stored (its instance, perhaps).
    QString wanted = service;
    if (period_ && period_->rootCause && QString::fromStdString(period_->rootCause->service) == service
        && !period_->rootCause->instance.empty())
        wanted = QString::fromStdString(period_->rootCause->instance);
    // Keep what the form shows when only the instance list arrived for the same service.
    target_->setEditText(sameService && !typed.isEmpty() ? typed : wanted);
    updateButtons();
}

bool RootCauseForm::setFaultType(const QString& type)
{
    const int index = faultType_->findData(type);
    if (index < 0)
        return false;
    faultType_->setCurrentIndex(index);
    return true;
}

std::optional<RootCause> RootCauseForm::rootCause() const
{
    const QString target = target_->currentText().trimmed();
    if (!period_ || target.isEmpty() || faultType_->currentIndex() < 0)
        return std::nullopt;
    RootCause cause;
    // An instance of the suggested service is stored as that service's instance.
    if (instances_.contains(target) && !suggestedService_.isEmpty()) {
        cause.service = suggestedService_.toStdString();
        cause.instance = target.toStdString();
    } else if (period_->rootCause && target.toStdString() == period_->rootCause->instance) {
        cause.service = period_->rootCause->service;
        cause.instance = period_->rootCause->instance;
    } else {
        cause.service = target.toStdString();
    }
    cause.faultType = faultType_->currentData().toString().toStdString();
    cause.note = note_->text().trimmed().toStdString();
    return cause;
}

void RootCauseForm::setStatus(const QString& text)
{
    status_->setText(text);
}

QString RootCauseForm::statusText() const
{
    return status_->text();
}

void RootCauseForm::updateButtons()
{
    save_->setEnabled(rootCause().has_value());
    clear_->setEnabled(period_ && period_->rootCause);
}

} // namespace tracemark
