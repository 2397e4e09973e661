#pragma once
// Where the files of a Nezha dataset are (IntelligentDDS/Nezha layout):
//   <root>/rca_data/<day>/{trace,log,metric}/..., <root>/rca_data/<day>/<day>-fault_list.json
//   <root>/construct_data/<day>/{trace,log,metric}/...   (fault-free windows)
// The importer accepts the root, rca_data/ or construct_data/, one day folder, or one file.
#include <filesystem>
#include <vector>

namespace tracemark {

struct NezhaFiles {
    std::vector<std::filesystem::path> faultLists; // <day>-fault_list.json
    std::vector<std::filesystem::path> traces; // trace/HH_MM_trace.csv(.gz)
    std::vector<std::filesystem::path> logs; // log/HH_MM_log.csv(.gz)
    std::vector<std::filesystem::path> metrics; // metric/<pod>_metric.csv(.gz), metric/front_service.csv(.gz)
    // Day folders found, for messages.
    std::vector<std::filesystem::path> dayFolders;

    std::vector<std::filesystem::path> all() const;
    bool empty() const { return faultLists.empty() && traces.empty() && logs.empty() && metrics.empty(); }
};

// A folder holding trace/ and log/ or metric/ (one day of Nezha data).
bool isNezhaDayFolder(const std::filesystem::path& folder);
// A Nezha dataset folder at any of the accepted levels (root, rca_data, construct_data, day).
bool looksLikeNezhaFolder(const std::filesystem::path& folder);

// Lists the dataset's files in a stable order (days sorted, then file names sorted).
// A single file is classified by its name. Throws Error when nothing of Nezha's is found.
NezhaFiles findNezhaFiles(const std::filesystem::path& path);

} // namespace tracemark
