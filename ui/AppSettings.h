#pragma once
// Typed access to the user's preferences (the Settings dialog writes them), so that no QSettings
// key is spelled in two places. Every accessor reads the application's default QSettings, so a
// change saved in the dialog is seen by the next call anywhere in the program.
#include <QString>
#include <QStringList>

namespace tracemark {

class AppSettings {
public:
    // "ui/language": "" follows the system locale, else a locale name ("en", "zh_CN").
    static QString language();
    static void setLanguage(const QString& locale);

    // "labeling/author": who human labels are recorded as; empty or unset gives defaultAuthor().
    static QString author();
    static void setAuthor(const QString& author);
    // $USER, else $USERNAME, else "operator".
    static QString defaultAuthor();

    // "labeling/autoAdvance": move to the next trace after a label is given (default true).
    static bool autoAdvance();
    static void setAutoAdvance(bool enabled);

    // "jobs/cliPath" as stored: "" means the tracemark-cli next to the application.
    static QString cliPath();
    static void setCliPath(const QString& path);
    // The program model jobs run: cliPath(), or tracemark-cli in the application's folder.
    static QString effectiveCliPath();
};

// The value of --language X or --language=X among the command-line arguments, else "".
QString languageFromArguments(const QStringList& arguments);
// The language the window starts in: the command line wins over the stored setting; "" means
// the system locale.
QString chooseStartupLanguage(const QStringList& arguments, const QString& storedLanguage);

} // namespace tracemark
