#pragma once
// The application icon. resources/tracemark.svg is the source of the design; where Qt has
// no SVG support installed (no qt6-svg plugins) the same drawing is painted here, so the window,
// the about box and the empty state always show the icon.
#include <QIcon>
#include <QPixmap>

namespace tracemark {

QIcon appIcon();
// The icon drawn at `size` device-independent pixels for the given pixel ratio.
QPixmap paintAppIcon(int size, qreal devicePixelRatio = 1.0);

} // namespace tracemark
