#pragma once
// Progress of an import that reads many files (a dataset folder): the fraction is measured over
// the total compressed size of all its files, and cancellation is checked every few thousand
// records.
#include "core/common/Progress.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tracemark {

class CsvSpanProgress {
public:
    CsvSpanProgress(Progress& progress, const std::vector<std::filesystem::path>& files);

    // Starts the next file; `what` is shown in the message ("traces", "logs", ...).
    void beginFile(const std::filesystem::path& file, const std::string& what);
    // Called once per record; reports and checks cancellation every 4096 calls.
    // fileFraction is the part of the current file read so far (e.g. CsvReader::fractionRead()).
    template <typename FractionFn> void tick(FractionFn&& fileFraction)
    {
        if ((++records_ & 4095) == 0)
            report(fileFraction());
    }
    void endFile();
    // Forces a report (e.g. after a small file that never reached 4096 records).
    void report(double fileFraction);
    Progress& progress() { return progress_; }

private:
    Progress& progress_;
    std::int64_t totalBytes_ = 0;
    std::int64_t doneBytes_ = 0;
    std::int64_t currentBytes_ = 0;
    std::uint64_t records_ = 0;
    std::string message_;
};

} // namespace tracemark
