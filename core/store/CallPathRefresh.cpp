#include "core/store/CallPathRefresh.h"

#include "core/store/RowReaders.h"

#include <vector>

namespace tracemark {

void refreshCallPathStatistics(Database& db, CallPathStatistics* completeSample, Progress& progress)
{
    CallPathStatistics scanned;
    if (!completeSample) {
        const std::int64_t total = db.queryInt64("SELECT MAX(id) FROM spans");
        Statement scan = db.prepare("SELECT call_path_id, duration_ns FROM spans");
        std::int64_t rows = 0;
        while (scan.step()) {
            scanned.add(fromStoredId(scan.int64(0)), scan.int64(1));
            if ((++rows & 0xffff) == 0) {
                progress.checkCancelled();
                progress.report(total > 0 ? 0.8 * static_cast<double>(rows) / static_cast<double>(total) : -1.0,
                                "reading span durations for call path statistics");
            }
        }
        completeSample = &scanned;
    }
    progress.report(0.8, "computing call path statistics");
    const auto stats = completeSample->summarize();

    Statement update = db.prepare(
        "UPDATE call_paths SET count = ?2, mean_ns = ?3, std_ns = ?4, median_ns = ?5, p95_ns = ?6 WHERE id = ?1");
    for (const auto& [id, s] : stats) {
        update.bind(1, toStoredId(id)).bind(2, s.count).bind(3, s.meanNs).bind(4, s.stdNs).bind(5, s.medianNs)
            .bind(6, s.p95Ns).run();
    }

    std::vector<std::int64_t> unused;
    Statement ids = db.prepare("SELECT id FROM call_paths");
    while (ids.step()) {
        if (!stats.count(fromStoredId(ids.int64(0))))
            unused.push_back(ids.int64(0));
    }
    Statement remove = db.prepare("DELETE FROM call_paths WHERE id = ?");
    for (const std::int64_t id : unused)
        remove.bind(1, id).run();
    progress.report(1.0, "call path statistics updated");
}

} // namespace tracemark
