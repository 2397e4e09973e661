#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tracemark {

QList<QTranslator*> applyLanguage(QCoreApplication& app, const QString& language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    QList<QTranslator*> installed;
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt))
        installed.append(qt);
    else
        delete qt;
    auto* own = new QTranslator(&app);
    if ((own->load(QLocale(), QStringLiteral("tracemark"), QStringLiteral("_"), QStringLiteral(":/i18n"))
            || own->load(QStringLiteral(":/i18n/tracemark_en.qm")))
        && QCoreApplication::installTranslator(own))
        installed.append(own);
    else
        delete own;
    return installed;
}

} // namespace tracemark
