// The stall watchdog notices when the GUI thread is blocked and stays quiet while it is not.
#include "GuiTestSupport.h"

#include "ui/UiStallWatchdog.h"

#include <QThread>

using namespace tracemark;

TEST_CASE("a blocked GUI thread is reported with about how long it was blocked")
{
    test::guiApp();
    UiStallWatchdog watchdog(100);
    test::processEventsFor(200); // an idle event loop: no stall
    CHECK(watchdog.stalls() == 0);

    QTimer::singleShot(0, [] { QThread::msleep(400); }); // a slow call on the GUI thread
    REQUIRE(test::waitFor([&] { return watchdog.stalls() == 1; }, 5000));
    CHECK(watchdog.longestStallMs() >= 300);
    CHECK(watchdog.longestStallMs() < 2000);
}
