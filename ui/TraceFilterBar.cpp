#include "ui/TraceFilterBar.h"

#include "ui/Formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

#include <cmath>
#include <exception>

namespace tracemark {

bool sameFilter(const TraceFilter& a, const TraceFilter& b)
{
    return a.text == b.text && a.service == b.service && a.operation == b.operation
        && a.errorsOnly == b.errorsOnly && a.minDurationNs == b.minDurationNs
        && a.maxDurationNs == b.maxDurationNs && a.label == b.label;
}

TraceFilterBar::TraceFilterBar(QWidget* parent)
    : QWidget(parent)
    , search_(new QLineEdit(this))
    , service_(new QComboBox(this))
    , operation_(new QComboBox(this))
    , errorsOnly_(new QCheckBox(tr("&Errors only"), this))
    , minDuration_(new QDoubleSpinBox(this))
    , reset_(new QToolButton(this))
{
    search_->setObjectName(QStringLiteral("traceSearch"));
    search_->setPlaceholderText(tr("Search trace ID prefix, service or operation…"));
    search_->setClearButtonEnabled(true);
    search_->setMinimumWidth(260);

    service_->setObjectName(QStringLiteral("serviceFilter"));
    service_->setToolTip(tr("Only traces with a span of this service"));
    service_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    service_->setMinimumContentsLength(14);
    operation_->setObjectName(QStringLiteral("operationFilter"));
    operation_->setToolTip(tr("Only traces with a span of this operation"));
    operation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    operation_->setMinimumContentsLength(18);

    errorsOnly_->setObjectName(QStringLiteral("errorsOnlyFilter"));
    errorsOnly_->setToolTip(tr("Only traces with at least one span in error"));

    minDuration_->setObjectName(QStringLiteral("minDurationFilter"));
    minDuration_->setRange(0.0, 1e9);
    minDuration_->setDecimals(1);
    minDuration_->setSuffix(tr(" ms"));
    minDuration_->setSpecialValueText(tr("any"));
    minDuration_->setToolTip(tr("Only traces at least this long (end-to-end latency)"));
    minDuration_->setAccelerated(true);

    reset_->setObjectName(QStringLiteral("resetFilters"));
    reset_->setText(tr("Reset"));
    reset_->setToolTip(tr("Clear all filters"));
    reset_->setAutoRaise(true);

    auto* durationLabel = new QLabel(tr("Min &duration:"), this);
    durationLabel->setBuddy(minDuration_);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search_, 3);
    layout->addWidget(service_, 1);
    layout->addWidget(operation_, 2);
    layout->addWidget(errorsOnly_);
    layout->addWidget(durationLabel);
    layout->addWidget(minDuration_);
    layout->addWidget(reset_);

    debounce_.setSingleShot(true);
    debounce_.setInterval(kDebounceMs);
    connect(&debounce_, &QTimer::timeout, this, &TraceFilterBar::emitIfChanged);
    connect(search_, &QLineEdit::textChanged, this, [this] {
        if (!quiet_)
            debounce_.start();
    });
    // Enter applies at once instead of waiting for the pause.
    connect(search_, &QLineEdit::returnPressed, this, &TraceFilterBar::emitIfChanged);
    connect(minDuration_, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!quiet_)
            debounce_.start();
    });
    connect(service_, &QComboBox::currentIndexChanged, this, &TraceFilterBar::onServiceChanged);
    connect(operation_, &QComboBox::currentIndexChanged, this, [this] {
        if (!quiet_)
            emitIfChanged();
    });
    connect(errorsOnly_, &QCheckBox::toggled, this, [this] {
        if (!quiet_)
            emitIfChanged();
    });
    connect(reset_, &QToolButton::clicked, this, &TraceFilterBar::clearFilters);

    setWorkspace(nullptr);
}

void TraceFilterBar::setWorkspace(Workspace* workspace)
{
    workspace_ = workspace;
    quiet_ = true;
    debounce_.stop();
    search_->clear();
    errorsOnly_->setChecked(false);
    minDuration_->setValue(0.0);
    fillServices({});
    fillOperations({});
    quiet_ = false;
    lastEmitted_ = filter();
    setEnabled(workspace_ != nullptr);
}

void TraceFilterBar::reloadChoices()
{
    quiet_ = true;
    fillServices(service_->currentData().toString());
    fillOperations(operation_->currentData().toString());
    quiet_ = false;
    emitIfChanged();
}

void TraceFilterBar::fillServices(const QString& keep)
{
    const QSignalBlocker blocker(service_);
    service_->clear();
    service_->addItem(tr("All services"), QString());
    if (workspace_) {
        try {
            for (const std::string& name : workspace_->services())
                service_->addItem(toQString(name), toQString(name));
        } catch (const std::exception&) {
            // The list stays short; the table's own query reports the problem.
        }
    }
    const int index = keep.isEmpty() ? 0 : service_->findData(keep);
    service_->setCurrentIndex(index < 0 ? 0 : index);
}

void TraceFilterBar::fillOperations(const QString& keep)
{
    const QSignalBlocker blocker(operation_);
    operation_->clear();
    operation_->addItem(tr("All operations"), QString());
    if (workspace_) {
        try {
            const std::string service = service_->currentData().toString().toStdString();
            for (const std::string& name : workspace_->operations(service))
                operation_->addItem(toQString(name), toQString(name));
        } catch (const std::exception&) {
        }
    }
    const int index = keep.isEmpty() ? 0 : operation_->findData(keep);
    operation_->setCurrentIndex(index < 0 ? 0 : index);
}

void TraceFilterBar::onServiceChanged()
{
    if (quiet_)
        return;
    quiet_ = true;
    fillOperations(operation_->currentData().toString());
    quiet_ = false;
    emitIfChanged();
}

TraceFilter TraceFilterBar::filter() const
{
    TraceFilter filter;
    filter.text = search_->text().trimmed().toStdString();
    filter.service = service_->currentData().toString().toStdString();
    filter.operation = operation_->currentData().toString().toStdString();
    filter.errorsOnly = errorsOnly_->isChecked();
    filter.minDurationNs = std::llround(minDuration_->value() * 1e6);
    return filter;
}

void TraceFilterBar::clearFilters()
{
    quiet_ = true;
    debounce_.stop();
    search_->clear();
    errorsOnly_->setChecked(false);
    minDuration_->setValue(0.0);
    service_->setCurrentIndex(0);
    fillOperations({});
    quiet_ = false;
    emitIfChanged();
}

void TraceFilterBar::focusSearch()
{
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

void TraceFilterBar::emitIfChanged()
{
    debounce_.stop();
    const TraceFilter current = filter();
    if (sameFilter(current, lastEmitted_))
        return;
    lastEmitted_ = current;
    Q_EMIT filterChanged();
}

} // namespace tracemark
