#pragma once
// The window's language: the default locale and the translators that follow from it.
#include <QList>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace tracemark {

// Makes `language` ("" = keep the system locale) the default locale, then installs Qt's own and
// Tracemark's translations for the default locale (English as Tracemark's fallback: it carries
// the plural forms of the source strings). The translators are children of `app`; they are
// returned so a caller can remove them again.
QList<QTranslator*> applyLanguage(QCoreApplication& app, const QString& language);

} // namespace tracemark
