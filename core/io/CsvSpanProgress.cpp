#include "core/io/CsvSpanProgress.h"

#include <algorithm>

namespace tracemark {

namespace {
std::int64_t sizeOf(const std::filesystem::path& file)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    return ec ? 0 : static_cast<std::int64_t>(size);
}
} // namespace

CsvSpanProgress::CsvSpanProgress(Progress& progress, const std::vector<std::filesystem::path>& files)
    : progress_(progress)
{
    for (const auto& f : files)
        totalBytes_ += sizeOf(f);
}

void CsvSpanProgress::beginFile(const std::filesystem::path& file, const std::string& what)
{
    progress_.checkCancelled();
    currentBytes_ = sizeOf(file);
    message_ = "reading " + what + " " + file.filename().string();
    report(0.0);
}

void CsvSpanProgress::endFile()
{
    doneBytes_ += currentBytes_;
    currentBytes_ = 0;
    report(0.0);
}

void CsvSpanProgress::report(double fileFraction)
{
    progress_.checkCancelled();
    if (totalBytes_ <= 0) {
        progress_.report(-1.0, message_);
        return;
    }
    const double inFile = std::clamp(fileFraction, 0.0, 1.0) * static_cast<double>(currentBytes_);
    const double fraction = (static_cast<double>(doneBytes_) + inFile) / static_cast<double>(totalBytes_);
    progress_.report(std::min(fraction, 1.0), message_);
}

} // namespace tracemark
