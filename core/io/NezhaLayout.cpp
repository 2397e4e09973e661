#include "core/io/NezhaLayout.h"

#include "core/common/Error.h"
#include "core/io/CsvReader.h"

#include <algorithm>

namespace tracemark {

namespace fs = std::filesystem;

namespace {
bool isDir(const fs::path& p)
{
    std::error_code ec;
    return fs::is_directory(p, ec);
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "x.csv" or "x.csv.gz" ending in the given stem suffix ("_trace", "_log", ...).
bool isCsvNamed(const std::string& name, const std::string& stemSuffix)
{
    return endsWith(name, stemSuffix + ".csv") || endsWith(name, stemSuffix + ".csv.gz");
}

std::vector<fs::path> sortedEntries(const fs::path& folder)
{
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
}

void addDay(const fs::path& day, NezhaFiles& files)
{
    files.dayFolders.push_back(day);
    for (const auto& entry : sortedEntries(day)) {
        const std::string name = entry.filename().string();
        if (!isDir(entry) && endsWith(name, "fault_list.json"))
            files.faultLists.push_back(entry);
    }
    // traceid/ only lists the trace ids of each minute file again; the trace files have them.
    for (const auto& entry : sortedEntries(day / "trace"))
        if (isCsvNamed(entry.filename().string(), "_trace"))
            files.traces.push_back(entry);
    for (const auto& entry : sortedEntries(day / "log"))
        if (isCsvNamed(entry.filename().string(), "_log"))
            files.logs.push_back(entry);
    for (const auto& entry : sortedEntries(day / "metric")) {
        const std::string name = entry.filename().string();
        if (isCsvNamed(name, "_metric") || isCsvNamed(name, "front_service"))
            files.metrics.push_back(entry);
    }
}

// A CSV under another name: its header says which kind it is (a trace CSV unless it has the
// log or metric columns; a wrong file is then reported by the trace reader's column check).
void addCsvByHeader(const fs::path& file, NezhaFiles& files)
{
    const CsvReader csv(file);
    if (csv.column("Log") && csv.column("TimeUnixNano"))
        files.logs.push_back(file);
    else if (csv.column("TimeStamp"))
        files.metrics.push_back(file);
    else
        files.traces.push_back(file);
}

void addFile(const fs::path& file, NezhaFiles& files)
{
    const std::string name = file.filename().string();
    if (endsWith(name, ".json"))
        files.faultLists.push_back(file);
    else if (isCsvNamed(name, "_trace"))
        files.traces.push_back(file);
    else if (isCsvNamed(name, "_log"))
        files.logs.push_back(file);
    else if (isCsvNamed(name, "_metric") || isCsvNamed(name, "front_service"))
        files.metrics.push_back(file);
    else
        addCsvByHeader(file, files);
}
} // namespace

std::vector<fs::path> NezhaFiles::all() const
{
    std::vector<fs::path> out = faultLists;
    out.insert(out.end(), traces.begin(), traces.end());
    out.insert(out.end(), logs.begin(), logs.end());
    out.insert(out.end(), metrics.begin(), metrics.end());
    return out;
}

bool isNezhaDayFolder(const fs::path& folder)
{
    return isDir(folder / "trace") && (isDir(folder / "log") || isDir(folder / "metric"));
}

bool looksLikeNezhaFolder(const fs::path& folder)
{
    if (!isDir(folder))
        return false;
    if (isNezhaDayFolder(folder) || isDir(folder / "rca_data") || isDir(folder / "construct_data"))
        return true;
    for (const auto& entry : sortedEntries(folder))
        if (isNezhaDayFolder(entry))
            return true;
    return false;
}

NezhaFiles findNezhaFiles(const fs::path& path)
{
    NezhaFiles files;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw IoError(path.string() + ": no such file or folder");
    if (!isDir(path)) {
        addFile(path, files);
        return files;
    }
    // Search the path itself, then two levels down (root -> rca_data -> day), days in name order.
    if (isNezhaDayFolder(path)) {
        addDay(path, files);
    } else {
        for (const auto& child : sortedEntries(path)) {
            if (!isDir(child))
                continue;
            if (isNezhaDayFolder(child)) {
                addDay(child, files);
                continue;
            }
            for (const auto& grandchild : sortedEntries(child))
                if (isNezhaDayFolder(grandchild))
                    addDay(grandchild, files);
        }
    }
    if (files.empty())
        throw Error(path.string()
            + ": no Nezha data found (expected day folders with trace/ and log/ or metric/, "
              "e.g. rca_data/2023-01-29/trace/08_43_trace.csv.gz)");
    return files;
}

} // namespace tracemark
