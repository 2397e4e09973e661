#pragma once
// Root-cause labels out of a workspace, written via a .tmp file renamed when complete.
//
// groundtruth (LabelEase-compatible): the AIOps-challenge layout the LabelEase datasets use, a
// JSON array with one object per fault period that has a root cause:
//   {"timestamp": start s, "end_timestamp": end s, "level": "service" | "pod",
//    "cmdb_id": service or instance, "failure_type": fault type}
// rootcauses (Tracemark's own): every period, judged or not, with times in ns and RFC 3339, its
// origin and abnormal trace count, and the root cause with service, instance, type, note, author
// and time (null when not judged yet).
#include <filesystem>
#include <string>

namespace tracemark {

class Workspace;

// Returns how many periods were written. IoError when the file cannot be written.
std::int64_t writeGroundTruthJson(Workspace& workspace, const std::filesystem::path& path);
std::int64_t writeRootCauseJson(Workspace& workspace, const std::filesystem::path& path);

} // namespace tracemark
