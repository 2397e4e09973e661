// Settings: the typed accessors and their defaults, the dialog's round trip through QSettings
// (and Cancel storing nothing), the tracemark-cli path check, the language chosen at start, and
// Edit ▸ Settings….
#include "gui/GuiTestSupport.h"
#include "support/TestSupport.h"

#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace tracemark;
using namespace tracemark::test;

namespace {

void resetSettings()
{
    QSettings().clear();
}

} // namespace

TEST_CASE("the settings have their defaults while nothing is stored")
{
    guiApp();
    resetSettings();
    const QByteArray oldUser = qgetenv("USER");
    qputenv("USER", "grace");
    CHECK(AppSettings::language().isEmpty());
    CHECK(AppSettings::author() == QStringLiteral("grace"));
    CHECK(AppSettings::autoAdvance());
    CHECK(AppSettings::cliPath().isEmpty());
    CHECK(AppSettings::effectiveCliPath()
        == QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tracemark-cli")));
    // An empty author is no author: the default again.
    AppSettings::setAuthor(QStringLiteral("  "));
    CHECK(AppSettings::author() == QStringLiteral("grace"));
    CHECK_FALSE(QSettings().contains(QStringLiteral("labeling/author")));
    qputenv("USER", oldUser);
}

TEST_CASE("the dialog shows the stored settings and saves its choices on OK only")
{
    guiApp();
    resetSettings();
    {
        SettingsDialog dialog;
        CHECK(dialog.languageCombo()->currentData().toString().isEmpty()); // System
        CHECK(dialog.languageCombo()->count() == 3);
        CHECK(dialog.authorEdit()->text().isEmpty());
        CHECK(dialog.authorEdit()->placeholderText() == AppSettings::defaultAuthor());
        CHECK(dialog.autoAdvanceCheck()->isChecked());
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("zh_CN")));
        dialog.authorEdit()->setText(QStringLiteral("alice"));
        dialog.autoAdvanceCheck()->setChecked(false);
        dialog.cliPathEdit()->setText(QStringLiteral("/bin/sh"));
        CHECK(dialog.cliPathProblem().isEmpty());
        dialog.accept();
    }
    // Under the keys others read.
    QSettings settings;
    CHECK(settings.value(QStringLiteral("ui/language")).toString() == QStringLiteral("zh_CN"));
    CHECK(settings.value(QStringLiteral("labeling/author")).toString() == QStringLiteral("alice"));
    CHECK(settings.value(QStringLiteral("labeling/autoAdvance")).toBool() == false);
    CHECK(settings.value(QStringLiteral("jobs/cliPath")).toString() == QStringLiteral("/bin/sh"));
    CHECK(AppSettings::language() == QStringLiteral("zh_CN"));
    CHECK(AppSettings::author() == QStringLiteral("alice"));
    CHECK_FALSE(AppSettings::autoAdvance());
    CHECK(AppSettings::effectiveCliPath() == QStringLiteral("/bin/sh"));
    {
        // A new dialog reads them back; Cancel keeps them.
        SettingsDialog dialog;
        CHECK(dialog.languageCombo()->currentData().toString() == QStringLiteral("zh_CN"));
        CHECK(dialog.authorEdit()->text() == QStringLiteral("alice"));
        CHECK_FALSE(dialog.autoAdvanceCheck()->isChecked());
        CHECK(dialog.cliPathEdit()->text() == QStringLiteral("/bin/sh"));
        dialog.languageCombo()->setCurrentIndex(0);
        dialog.authorEdit()->setText(QStringLiteral("mallory"));
        dialog.autoAdvanceCheck()->setChecked(true);
        dialog.reject();
    }
    CHECK(AppSettings::language() == QStringLiteral("zh_CN"));
    CHECK(AppSettings::author() == QStringLiteral("alice"));
    CHECK_FALSE(AppSettings::autoAdvance());
    {
        // Back to System and an empty path: the keys go, the defaults return.
        SettingsDialog dialog;
        dialog.languageCombo()->setCurrentIndex(0);
        dialog.cliPathEdit()->clear();
        dialog.accept();
    }
    CHECK_FALSE(QSettings().contains(QStringLiteral("ui/language")));
    CHECK(AppSettings::cliPath().isEmpty());
}

TEST_CASE("a tracemark-cli path that is not a program is pointed out")
{
    guiApp();
    resetSettings();
    TempDir dir;
    const auto text = dir.write("notes.txt", "x");
    SettingsDialog dialog;
    dialog.cliPathEdit()->setText(QString::fromStdString((dir / "missing").string()));
    CHECK(dialog.cliPathProblem().contains(QStringLiteral("does not exist")));
    dialog.cliPathEdit()->setText(QString::fromStdString(text.string()));
    CHECK(dialog.cliPathProblem().contains(QStringLiteral("not an executable program")));
    dialog.cliPathEdit()->clear();
    CHECK(dialog.cliPathProblem().isEmpty());
}

TEST_CASE("the language at start: --language wins over the setting, which wins over the system")
{
    const QStringList plain { QStringLiteral("tracemark") };
    CHECK(chooseStartupLanguage(plain, QString()).isEmpty());
    CHECK(chooseStartupLanguage(plain, QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(chooseStartupLanguage({ "tracemark", "--language", "en" }, QStringLiteral("zh_CN")) == QStringLiteral("en"));
    CHECK(chooseStartupLanguage({ "tracemark", "--language=en", "ws.tmk" }, QStringLiteral("zh_CN"))
        == QStringLiteral("en"));
    CHECK(chooseStartupLanguage({ "tracemark", "ws.tmk", "--language" }, QStringLiteral("zh_CN"))
        == QStringLiteral("zh_CN")); // no value: ignored
}

TEST_CASE("a language stored in the settings is what the window starts in")
{
    QApplication& app = guiApp();
    resetSettings();
    SettingsDialog dialog;
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("zh_CN")));
    dialog.accept();

    // What main() does at start, with no --language.
    const QLocale before;
    const QList<QTranslator*> installed
        = applyLanguage(app, chooseStartupLanguage({ QStringLiteral("tracemark") }, AppSettings::language()));
    CHECK(QLocale().name() == QStringLiteral("zh_CN"));
    CHECK(QCoreApplication::translate("tracemark::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(before);
    CHECK(QCoreApplication::translate("tracemark::MainWindow", "&File") == QStringLiteral("&File"));
}

TEST_CASE("Edit ▸ Settings… opens the settings dialog")
{
    guiApp();
    resetSettings();
    MainWindow window;
    QAction* settingsAction = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Edit"))
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("&Settings…"))
                settingsAction = action;
        }
    }
    REQUIRE(settingsAction);
    CHECK(settingsAction->isEnabled()); // no workspace needed
    settingsAction->trigger();
    auto* dialog = window.findChild<SettingsDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    dialog->authorEdit()->setText(QStringLiteral("bob"));
    dialog->accept();
    CHECK(AppSettings::author() == QStringLiteral("bob"));
}
