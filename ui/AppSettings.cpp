#include "ui/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace tracemark {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kAuthor = QStringLiteral("labeling/author");
const QString kAutoAdvance = QStringLiteral("labeling/autoAdvance");
const QString kCliPath = QStringLiteral("jobs/cliPath");

// Empty values are removed rather than stored, so "unset" and "default" read the same.
void store(const QString& key, const QString& value)
{
    QSettings settings;
    if (value.trimmed().isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value.trimmed());
}

} // namespace

QString AppSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& locale)
{
    store(kLanguage, locale);
}

QString AppSettings::author()
{
    const QString stored = QSettings().value(kAuthor).toString().trimmed();
    return stored.isEmpty() ? defaultAuthor() : stored;
}

void AppSettings::setAuthor(const QString& author)
{
    store(kAuthor, author);
}

QString AppSettings::defaultAuthor()
{
    for (const char* variable : { "USER", "USERNAME" }) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("operator");
}

bool AppSettings::autoAdvance()
{
    return QSettings().value(kAutoAdvance, true).toBool();
}

void AppSettings::setAutoAdvance(bool enabled)
{
    QSettings().setValue(kAutoAdvance, enabled);
}

QString AppSettings::cliPath()
{
    return QSettings().value(kCliPath).toString();
}

void AppSettings::setCliPath(const QString& path)
{
    store(kCliPath, path);
}

QString AppSettings::effectiveCliPath()
{
    const QString stored = cliPath();
    if (!stored.isEmpty())
        return stored;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tracemark-cli"));
}

QString languageFromArguments(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--language") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QStringLiteral("--language=")))
            return arguments[i].section(QLatin1Char('='), 1);
    }
    return {};
}

QString chooseStartupLanguage(const QStringList& arguments, const QString& storedLanguage)
{
    const QString requested = languageFromArguments(arguments);
    return requested.isEmpty() ? storedLanguage : requested;
}

} // namespace tracemark
