#include "ui/trace/TraceStyle.h"

#include "core/graph/TraceGraph.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tracemark {

namespace {

QString threeDigits(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QString formatSpanDuration(double ns)
{
    const double magnitude = std::abs(ns);
    if (magnitude < 1e3)
        return QCoreApplication::translate("TraceStyle", "%1 ns").arg(QLocale().toString(ns, 'f', 0));
    if (magnitude < 1e6)
        return QCoreApplication::translate("TraceStyle", "%1 µs").arg(threeDigits(ns / 1e3));
    if (magnitude < 1e9)
        return QCoreApplication::translate("TraceStyle", "%1 ms").arg(threeDigits(ns / 1e6));
    return QCoreApplication::translate("TraceStyle", "%1 s").arg(threeDigits(ns / 1e9));
}

QString formatSignedDuration(double ns)
{
    if (ns == 0)
        return QStringLiteral("0");
    const QString magnitude = formatSpanDuration(std::abs(ns));
    return ns > 0 ? QStringLiteral("+") + magnitude : QStringLiteral("\u2212") + magnitude;
}

QColor serviceColor(const std::string& service)
{
    // Hue from the name's hash, spread by the golden angle; saturation and value kept soft so
    // black text stays readable on top and error red stays distinct.
    const std::uint64_t hash = fnv1a64(service);
    const int hue = static_cast<int>((hash % 360 + (hash >> 32) % 7 * 137) % 360);
    const int adjustedHue = hue < 20 || hue > 345 ? (hue + 40) % 360 : hue; // keep away from error red
    return QColor::fromHsv(adjustedHue, 110, 225);
}

QColor errorColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor criticalPathColor()
{
    return QColor(0x21, 0x21, 0x21);
}

QString statusText(StatusClass status)
{
    switch (status) {
    case StatusClass::Ok:
        return QCoreApplication::translate("TraceStyle", "OK");
    case StatusClass::ClientError:
        return QCoreApplication::translate("TraceStyle", "Client error");
    case StatusClass::ServerError:
        return QCoreApplication::translate("TraceStyle", "Server error");
    case StatusClass::Error:
        return QCoreApplication::translate("TraceStyle", "Error");
    }
    return QCoreApplication::translate("TraceStyle", "Error");
}

} // namespace tracemark
