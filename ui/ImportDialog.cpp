// The import wizard's pages and navigation; running the import is in ImportDialogRun.cpp.
#include "ui/ImportDialog.h"

#include "ui/ImportInputList.h"
#include "ui/ImportPreviewPage.h"
#include "ui/jobs/QueuedProgress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace tracemark {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportDialog::ImportDialog(const std::filesystem::path& workspacePath, QWidget* parent)
    : QDialog(parent)
    , workspacePath_(workspacePath)
    , title_(new QLabel(this))
    , pages_(new QStackedWidget(this))
{
    setWindowTitle(tr("Import Traces"));
    setObjectName(QStringLiteral("importDialog"));
    setMinimumSize(760, 500);

    title_->setObjectName(QStringLiteral("importStepTitle"));
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);

    pages_->addWidget(makeInputsPage());
    pages_->addWidget(makeOptionsPage());
    pages_->addWidget(makePreviewPage());
    pages_->addWidget(makeProgressPage());
    pages_->addWidget(makeSummaryPage());

    auto* buttons = new QDialogButtonBox(this);
    backButton_ = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    nextButton_ = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
    importButton_ = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    importButton_->setObjectName(QStringLiteral("importButton"));
    cancelButton_ = buttons->addButton(tr("&Cancel Import"), QDialogButtonBox::ActionRole);
    cancelButton_->setObjectName(QStringLiteral("cancelImportButton"));
    moreButton_ = buttons->addButton(tr("Import &More…"), QDialogButtonBox::ActionRole);
    closeButton_ = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(backButton_, &QPushButton::clicked, this, &ImportDialog::goBack);
    connect(nextButton_, &QPushButton::clicked, this, &ImportDialog::goNext);
    connect(importButton_, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(cancelButton_, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(moreButton_, &QPushButton::clicked, this, [this] { showPage(Page::Inputs); });
    connect(closeButton_, &QPushButton::clicked, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(pages_, 1);
    layout->addWidget(buttons);

    connect(inputs_, &ImportInputList::changed, this, &ImportDialog::updateControls);
    connect(&watcher_, &QFutureWatcher<ImportOutcome>::finished, this, &ImportDialog::onFinished);
    showPage(Page::Inputs);
}

QWidget* ImportDialog::makeInputsPage()
{
    auto* page = new QWidget(this);
    const QString workspaceName = QFileInfo(QString::fromStdString(workspacePath_.string())).fileName();
    auto* intro = wrappedLabel(tr("Import trace files or dataset folders into <b>%1</b>. The format of each is "
                                  "detected; choose another under \"Import as\" if it is wrong.")
                                   .arg(workspaceName.toHtmlEscaped()),
        page);
    inputs_ = new ImportInputList(page);
    detectionProblem_ = wrappedLabel(QString(), page);
    detectionProblem_->setObjectName(QStringLiteral("detectionProblem"));
    detectionProblem_->setStyleSheet(QStringLiteral("color: #c81e1e;"));
    detectionProblem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(inputs_, 1);
    layout->addWidget(detectionProblem_);
    return page;
}

QWidget* ImportDialog::makeOptionsPage()
{
    auto* page = new QWidget(this);
    csvMapping_ = new QLineEdit(page);
    csvMapping_->setObjectName(QStringLiteral("csvMapping"));
    csvMapping_->setPlaceholderText(QStringLiteral("trace_id=TraceID,span_id=SpanID,parent_id=ParentID,"
                                                   "service=Service,operation=Name,start=Start,duration=Duration"));
    csvTimeUnit_ = new QComboBox(page);
    csvDurationUnit_ = new QComboBox(page);
    csvDurationUnit_->addItem(tr("Same as the time unit"), QString());
    for (const char* unit : { "ns", "us", "ms", "s" }) {
        csvTimeUnit_->addItem(QString::fromLatin1(unit), QString::fromLatin1(unit));
        csvDurationUnit_->addItem(QString::fromLatin1(unit), QString::fromLatin1(unit));
    }
    csvTimeUnit_->setCurrentText(QStringLiteral("us"));
    csvDelimiter_ = new QComboBox(page);
    csvDelimiter_->addItem(tr("Comma (,)"), QStringLiteral(","));
    csvDelimiter_->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    csvDelimiter_->addItem(tr("Tab"), QStringLiteral("\t"));
    csvDelimiter_->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));
    optionsProblem_ = wrappedLabel(QString(), page);
    optionsProblem_->setObjectName(QStringLiteral("optionsProblem"));
    optionsProblem_->setStyleSheet(QStringLiteral("color: #c81e1e;"));
    optionsProblem_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Column &mapping:"), csvMapping_);
    form->addRow(tr("&Time unit (start, end):"), csvTimeUnit_);
    form->addRow(tr("&Duration unit:"), csvDurationUnit_);
    form->addRow(tr("De&limiter:"), csvDelimiter_);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wrappedLabel(tr("A span CSV needs to know which column holds what. Write field=column pairs "
                                      "separated by commas. Required fields: trace_id, span_id, service, start, "
                                      "and end or duration. Optional: parent_id, operation, instance, status."),
        page));
    layout->addLayout(form);
    layout->addWidget(optionsProblem_);
    layout->addStretch();

    for (QComboBox* combo : { csvTimeUnit_, csvDurationUnit_, csvDelimiter_ })
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateControls);
    connect(csvMapping_, &QLineEdit::textChanged, this, &ImportDialog::updateControls);
    return page;
}

QWidget* ImportDialog::makePreviewPage()
{
    auto* page = new QWidget(this);
    preview_ = new ImportPreviewPage(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wrappedLabel(tr("Nothing is written yet. Import adds every input in one step: if any of "
                                      "them has a problem, or you cancel, the workspace stays as it was."),
        page));
    layout->addWidget(preview_, 1);
    return page;
}

QWidget* ImportDialog::makeProgressPage()
{
    auto* page = new QWidget(this);
    progressBar_ = new QProgressBar(page);
    progressBar_->setObjectName(QStringLiteral("importProgress"));
    progressBar_->setRange(0, 1000);
    progressMessage_ = wrappedLabel(QString(), page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(progressBar_);
    layout->addWidget(progressMessage_);
    layout->addStretch();
    return page;
}

QWidget* ImportDialog::makeSummaryPage()
{
    auto* page = new QWidget(this);
    result_ = wrappedLabel(QString(), page);
    result_->setObjectName(QStringLiteral("importResult"));
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details_ = new QPlainTextEdit(page);
    details_->setObjectName(QStringLiteral("importDetails"));
    details_->setReadOnly(true); // the engine's message in full, selectable
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(result_);
    layout->addWidget(details_, 1);
    layout->addStretch(); // keeps a lone summary line at the top when there are no details
    return page;
}

void ImportDialog::addInputs(const QStringList& paths)
{
    inputs_->addInputs(paths);
    if (!running_ && page() != Page::Inputs)
        showPage(Page::Inputs);
}

QStringList ImportDialog::inputs() const
{
    return inputs_->paths();
}

void ImportDialog::setFormat(SourceFormat format)
{
    inputs_->setFormatForAll(format);
}

SourceFormat ImportDialog::format() const
{
    const auto& entries = inputs_->entries();
    if (entries.empty())
        return SourceFormat::Auto;
    const SourceFormat first = entries.front().chosen;
    const bool same = std::all_of(entries.begin(), entries.end(), [&](const auto& in) { return in.chosen == first; });
    return same ? first : SourceFormat::Auto;
}

void ImportDialog::setCsvMapping(const QString& mapping, const QString& timeUnit)
{
    csvMapping_->setText(mapping);
    csvTimeUnit_->setCurrentText(timeUnit);
}

ImportDialog::Page ImportDialog::page() const
{
    return static_cast<Page>(pages_->currentIndex());
}

bool ImportDialog::needsOptions() const
{
    const auto& entries = inputs_->entries();
    return std::any_of(entries.begin(), entries.end(), [](const auto& in) { return in.format() == SourceFormat::Csv; });
}

void ImportDialog::goNext()
{
    if (running_ || !nextButton_->isEnabled())
        return;
    if (page() == Page::Inputs)
        showPage(needsOptions() ? Page::Options : Page::Preview);
    else if (page() == Page::Options)
        showPage(Page::Preview);
}

void ImportDialog::goBack()
{
    if (running_)
        return;
    if (page() == Page::Preview && needsOptions())
        showPage(Page::Options);
    else
        showPage(Page::Inputs);
}

void ImportDialog::showPage(Page page)
{
    pages_->setCurrentIndex(static_cast<int>(page));
    if (page == Page::Preview)
        refreshPreview();
    updateControls();
}

std::optional<ImportOptions> ImportDialog::readOptions(QString& problem) const
{
    ImportOptions options;
    if (!needsOptions())
        return options;
    if (csvMapping_->text().trimmed().isEmpty()) {
        problem = tr("Give the column mapping.");
        return std::nullopt;
    }
    try {
        options.csv = CsvSpanMapping::parse(csvMapping_->text().trimmed().toStdString());
        options.csv.timeUnit = csvTimeUnit_->currentData().toString().toStdString();
        options.csv.durationUnit = csvDurationUnit_->currentData().toString().toStdString();
        options.csv.delimiter = csvDelimiter_->currentData().toString().at(0).toLatin1();
    } catch (const std::exception& error) {
        problem = tr("The column mapping is not valid: %1").arg(QString::fromStdString(error.what()));
        return std::nullopt;
    }
    return options;
}

QString ImportDialog::optionsKey() const
{
    return QStringList { csvMapping_->text().trimmed(), csvTimeUnit_->currentText(),
        csvDurationUnit_->currentData().toString(), csvDelimiter_->currentData().toString() }
        .join(QLatin1Char('\n'));
}

void ImportDialog::refreshPreview()
{
    QString problem;
    const ImportOptions options = readOptions(problem).value_or(ImportOptions {});
    std::vector<ImportPreviewPage::Source> sources;
    for (const ImportInputList::Input& input : inputs_->entries())
        sources.push_back({ input.path, input.format() });
    preview_->setSources(std::move(sources), options, optionsKey(), inputs_->currentIndex());
}

bool ImportDialog::canStart() const
{
    if (running_ || inputs_->isEmpty() || !inputs_->allRecognised())
        return false;
    QString problem;
    return readOptions(problem).has_value();
}

void ImportDialog::updateControls()
{
    const Page current = page();
    const int steps = needsOptions() ? 3 : 2;
    switch (current) {
    case Page::Inputs:
        title_->setText(tr("Step 1 of %1: Choose what to import").arg(steps + 1));
        break;
    case Page::Options:
        title_->setText(tr("Step 2 of %1: Span CSV options").arg(steps + 1));
        break;
    case Page::Preview:
        title_->setText(tr("Step %1 of %2: Preview").arg(steps).arg(steps + 1));
        break;
    case Page::Progress:
        title_->setText(tr("Step %1 of %1: Importing").arg(steps + 1));
        break;
    case Page::Summary:
        title_->setText(tr("Summary"));
        break;
    }

    QString problem;
    for (const ImportInputList::Input& input : inputs_->entries()) {
        if (!input.format()) {
            problem = tr("%1 was not recognised: %2\nChoose its format under \"Import as\", or remove it.")
                          .arg(QFileInfo(input.path).fileName(), input.problem);
            break;
        }
    }
    detectionProblem_->setText(problem);
    detectionProblem_->setVisible(!problem.isEmpty());
    QString optionsProblem;
    const bool optionsValid = readOptions(optionsProblem).has_value();
    optionsProblem_->setText(optionsProblem);
    optionsProblem_->setVisible(!optionsProblem.isEmpty());

    const bool choosing = current == Page::Inputs || current == Page::Options || current == Page::Preview;
    const bool failed = current == Page::Summary && lastOutcome_
        && lastOutcome_->result != ImportOutcome::Result::Succeeded;
    backButton_->setVisible(current == Page::Options || current == Page::Preview || failed);
    nextButton_->setVisible(current == Page::Inputs || current == Page::Options);
    nextButton_->setEnabled(current == Page::Inputs ? !inputs_->isEmpty() && inputs_->allRecognised() : optionsValid);
    importButton_->setVisible(choosing);
    importButton_->setEnabled(canStart());
    importButton_->setDefault(current == Page::Preview);
    nextButton_->setDefault(current != Page::Preview);
    cancelButton_->setVisible(running_);
    cancelButton_->setEnabled(running_ && !(progress_ && progress_->isCancelled()));
    moreButton_->setVisible(current == Page::Summary && !failed);
}

} // namespace tracemark
