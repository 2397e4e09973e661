#pragma once
// How numbers, times and durations look everywhere in the GUI (locale-aware grouping, local time
// with millisecond precision), kept in one place so tables, status bar and dialogs agree.
#include "core/io/Importer.h"

#include <QString>

#include <cstdint>
#include <string>

namespace tracemark {

inline QString toQString(const std::string& text)
{
    return QString::fromStdString(text);
}

// "2026-01-01 08:00:00.123" in the local time zone.
QString formatTimestampNs(std::int64_t ns);
// A local-time interval, the date written once when both ends fall on the same day:
// "2026-01-01 08:00:00 – 09:15:30".
QString formatTimeRangeNs(std::int64_t firstNs, std::int64_t lastNs);
// Milliseconds with three decimals, grouped by the locale: "1,234.568".
QString formatDurationMs(std::int64_t ns);
// A short human duration for summaries: "850 ms", "12.3 s", "4 min 05 s", "2 h 03 min".
QString formatElapsed(double seconds);
// "1,000,000" with the locale's group separator.
QString formatCount(std::int64_t count);
// "Jaeger JSON", "Nezha dataset (CSV)", ... ("Auto-detect" for Auto).
QString sourceFormatDisplayName(SourceFormat format);

} // namespace tracemark
