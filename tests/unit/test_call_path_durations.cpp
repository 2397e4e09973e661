// Workspace::callPathDurations: the raw durations behind one call path's statistics, for the
// trace viewer's reference histogram. Expected values are the durations the test imports.
#include "test_workspace_helpers.h"

#include "core/graph/DurationStatistics.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tracemark;
using namespace tracemark::test;

namespace {

constexpr std::int64_t kMs = 1000000;

std::uint64_t idOfPath(Workspace& workspace, const std::string& text)
{
    for (const CallPathInfo& path : workspace.callPaths()) {
        if (path.text == text)
            return path.id;
    }
    FAIL("no call path " << text);
    return 0;
}

std::vector<std::int64_t> sorted(std::vector<std::int64_t> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

TEST_CASE("callPathDurations returns every span duration of one call path and nothing else")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "w.tmk");
    // Three traces; GetCart is called twice in t2, and GetCart under "GET /cart" is another path.
    importSpans(workspace, {
        makeSpan("t1", "a", "", "frontend", "GET /", 0, 10 * kMs),
        makeSpan("t1", "b", "a", "cart", "GetCart", 1 * kMs, 2 * kMs),
        makeSpan("t2", "a", "", "frontend", "GET /", 100 * kMs, 30 * kMs),
        makeSpan("t2", "b", "a", "cart", "GetCart", 101 * kMs, 4 * kMs),
        makeSpan("t2", "c", "a", "cart", "GetCart", 106 * kMs, 6 * kMs),
        makeSpan("t3", "a", "", "frontend", "GET /cart", 200 * kMs, 50 * kMs),
        makeSpan("t3", "b", "a", "cart", "GetCart", 201 * kMs, 8 * kMs),
    });

    const std::uint64_t getCart = idOfPath(workspace, "frontend:GET / > cart:GetCart");
    CHECK(sorted(workspace.callPathDurations(getCart)) == std::vector<std::int64_t>{2 * kMs, 4 * kMs, 6 * kMs});
    const std::uint64_t root = idOfPath(workspace, "frontend:GET /");
    CHECK(sorted(workspace.callPathDurations(root)) == std::vector<std::int64_t>{10 * kMs, 30 * kMs});
    const std::uint64_t other = idOfPath(workspace, "frontend:GET /cart > cart:GetCart");
    CHECK(workspace.callPathDurations(other) == std::vector<std::int64_t>{8 * kMs});
    CHECK(workspace.callPathDurations(12345).empty());

    // The sample agrees with the statistics the import stored for the path.
    std::vector<std::int64_t> sample = workspace.callPathDurations(getCart);
    const DurationStats fromSample = summarizeDurations(sample);
    const DurationStats stored = workspace.callPath(getCart)->stats;
    CHECK(stored.count == 3);
    CHECK(fromSample.meanNs == Approx(stored.meanNs));
    CHECK(fromSample.medianNs == Approx(stored.medianNs));
    CHECK(fromSample.p95Ns == Approx(stored.p95Ns));
}
