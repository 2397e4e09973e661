#pragma once
// The progress line tracemark-cli draws on stderr while it works:
//   [=====>              ]  42% importing nezha-tt/rca_data/...  1.2M spans
// Drawn only when stderr is a terminal, so scripts and tests see clean output. With
// TRACEMARK_PROGRESS=lines in the environment (what the GUI sets for the jobs it runs through
// tracemark-cli) each report is instead one machine-readable line on stderr:
//   @progress 0.4213 embedding traces
#include "core/common/Progress.h"

#include <cstdint>
#include <string>

namespace tracemark::cli {

class TerminalProgress final : public Progress {
public:
    TerminalProgress();
    ~TerminalProgress() override;
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    // A count shown after the message ("1.2M spans"); the pointee must outlive the drawing.
    void showCount(const std::int64_t* count, std::string unit);
    // Removes the line so the next output starts on a clean line.
    void clear();
    bool drawing() const { return enabled_; }

protected:
    void onReport(double fraction, const std::string& message) override;

private:
    bool enabled_ = false;
    bool machineLines_ = false;
    bool lineShown_ = false;
    const std::int64_t* count_ = nullptr;
    std::string unit_;
};

// Builds the line for a terminal `width` columns wide (exposed for clarity; no I/O).
std::string progressLine(
    double fraction, const std::string& message, const std::string& countText, int width);

} // namespace tracemark::cli
