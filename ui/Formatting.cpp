#include "ui/Formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace tracemark {

QString formatTimestampNs(std::int64_t ns)
{
    // Floor division keeps times before 1970 on the right millisecond.
    std::int64_t ms = ns / 1000000;
    if (ns % 1000000 < 0)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString formatTimeRangeNs(std::int64_t firstNs, std::int64_t lastNs)
{
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(firstNs / 1000000);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(lastNs / 1000000);
    const QString dateTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString end
        = first.date() == last.date() ? last.toString(QStringLiteral("HH:mm:ss")) : last.toString(dateTime);
    return QStringLiteral("%1 – %2").arg(first.toString(dateTime), end);
}

QString formatDurationMs(std::int64_t ns)
{
    return QLocale().toString(static_cast<double>(ns) / 1e6, 'f', 3);
}

QString formatElapsed(double seconds)
{
    const QLocale locale;
    if (seconds < 1.0)
        return QCoreApplication::translate("Formatting", "%1 ms").arg(std::lround(seconds * 1000.0));
    if (seconds < 60.0)
        return QCoreApplication::translate("Formatting", "%1 s").arg(locale.toString(seconds, 'f', 1));
    const long long total = std::llround(seconds);
    if (total < 3600)
        return QCoreApplication::translate("Formatting", "%1 min %2 s")
            .arg(total / 60)
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Formatting", "%1 h %2 min")
        .arg(total / 3600)
        .arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatCount(std::int64_t count)
{
    return QLocale().toString(static_cast<qlonglong>(count));
}

QString sourceFormatDisplayName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto:
        return QCoreApplication::translate("Formatting", "Auto-detect");
    case SourceFormat::Jaeger:
        return QCoreApplication::translate("Formatting", "Jaeger JSON");
    case SourceFormat::Zipkin:
        return QCoreApplication::translate("Formatting", "Zipkin v2 JSON");
    case SourceFormat::Otlp:
        return QCoreApplication::translate("Formatting", "OpenTelemetry OTLP JSON");
    case SourceFormat::Nezha:
        return QCoreApplication::translate("Formatting", "Nezha dataset (CSV)");
    case SourceFormat::DeepTraLog:
        return QCoreApplication::translate("Formatting", "DeepTraLog dataset (CSV)");
    case SourceFormat::LabelEase:
        return QCoreApplication::translate("Formatting", "LabelEase CSV");
    case SourceFormat::Csv:
        return QCoreApplication::translate("Formatting", "Span CSV with a column mapping");
    }
    return {};
}

} // namespace tracemark
