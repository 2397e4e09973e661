#include "ui/SettingsDialog.h"

#include "ui/AppSettings.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tracemark {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , language_(new QComboBox(this))
    , author_(new QLineEdit(this))
    , autoAdvance_(new QCheckBox(tr("&Move to the next trace after labelling one"), this))
    , cliPath_(new QLineEdit(this))
    , cliProblem_(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(560);

    language_->setObjectName(QStringLiteral("languageCombo"));
    // Language names are written in their own language, so anyone can find theirs.
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    language_->addItem(systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    auto* restartNote = new QLabel(tr("A language change applies the next time Tracemark starts. "
                                      "The --language command-line option overrides this setting."),
        this);
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false); // drawn as secondary text
    auto* general = new QGroupBox(tr("General"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), language_);
    generalForm->addRow(restartNote);

    author_->setObjectName(QStringLiteral("authorEdit"));
    author_->setPlaceholderText(AppSettings::defaultAuthor());
    author_->setToolTip(tr("Recorded with every label you give, in the workspace's audit log. "
                           "Empty uses your login name."));
    autoAdvance_->setObjectName(QStringLiteral("autoAdvanceCheck"));
    auto* labeling = new QGroupBox(tr("Labelling"), this);
    auto* labelingForm = new QFormLayout(labeling);
    labelingForm->addRow(tr("&Author of labels:"), author_);
    labelingForm->addRow(autoAdvance_);

    cliPath_->setObjectName(QStringLiteral("cliPathEdit"));
    cliPath_->setPlaceholderText(QDir::toNativeSeparators(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tracemark-cli"))));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* cliRow = new QHBoxLayout;
    cliRow->addWidget(cliPath_, 1);
    cliRow->addWidget(browse);
    cliProblem_->setObjectName(QStringLiteral("cliPathProblem"));
    cliProblem_->setWordWrap(true);
    cliProblem_->setStyleSheet(QStringLiteral("color: #c81e1e;"));
    auto* cliNote = new QLabel(tr("Embedding, selection and training run in this program. "
                                  "Leave it empty to use the one installed next to Tracemark."),
        this);
    cliNote->setWordWrap(true);
    cliNote->setEnabled(false);
    auto* jobs = new QGroupBox(tr("Model jobs"), this);
    auto* jobsForm = new QFormLayout(jobs);
    auto* cliLabel = new QLabel(tr("&tracemark-cli:"), this);
    cliLabel->setBuddy(cliPath_); // a row holding a layout gets no buddy by itself
    jobsForm->addRow(cliLabel, cliRow);
    jobsForm->addRow(cliProblem_);
    jobsForm->addRow(cliNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseForCli);
    connect(cliPath_, &QLineEdit::textChanged, this, &SettingsDialog::checkCliPath);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(labeling);
    layout->addWidget(jobs);
    layout->addStretch();
    layout->addWidget(buttons);
    load();
}

void SettingsDialog::load()
{
    language_->setCurrentIndex(std::max(0, language_->findData(AppSettings::language())));
    const QString author = AppSettings::author();
    author_->setText(author == AppSettings::defaultAuthor() ? QString() : author);
    autoAdvance_->setChecked(AppSettings::autoAdvance());
    cliPath_->setText(QDir::toNativeSeparators(AppSettings::cliPath()));
    checkCliPath();
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(language_->currentData().toString());
    AppSettings::setAuthor(author_->text());
    AppSettings::setAutoAdvance(autoAdvance_->isChecked());
    AppSettings::setCliPath(QDir::fromNativeSeparators(cliPath_->text().trimmed()));
    QDialog::accept();
}

QString SettingsDialog::cliPathProblem() const
{
    return cliProblem_->isHidden() ? QString() : cliProblem_->text();
}

void SettingsDialog::browseForCli()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose tracemark-cli"),
        QFileInfo(cliPath_->text()).absolutePath());
    if (!chosen.isEmpty())
        cliPath_->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::checkCliPath()
{
    // A warning, not a refusal: the program may be installed after the setting is made.
    const QString path = cliPath_->text().trimmed();
    QString problem;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (!info.exists())
            problem = tr("%1 does not exist.").arg(path);
        else if (!info.isFile() || !info.isExecutable())
            problem = tr("%1 is not an executable program.").arg(path);
    }
    cliProblem_->setText(problem);
    cliProblem_->setHidden(problem.isEmpty());
}

} // namespace tracemark
