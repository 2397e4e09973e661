#pragma once
// How the trace viewer's parts write durations and colour spans, so that the topology, the
// waterfall, the detail panel and the compare view agree.
#include "core/model/Status.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <string>

namespace tracemark {

// Three significant digits in the unit that fits: "850 ns", "12.3 µs", "4.56 ms", "1.23 s".
QString formatSpanDuration(double ns);
// The same with a sign, for differences: "+1.20 ms", "−350 µs", "0".
QString formatSignedDuration(double ns);
// A stable colour per service name (the same service is the same colour in every view).
QColor serviceColor(const std::string& service);
QColor errorColor();
QColor criticalPathColor();
// "Server error", "Client error", ...
QString statusText(StatusClass status);

} // namespace tracemark
