#include "TerminalProgress.h"

#include "OutputFormat.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sys/ioctl.h>
#include <unistd.h>

namespace tracemark::cli {

namespace {

constexpr int kBarWidth = 24;

int terminalWidth()
{
    winsize ws {};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
        return ws.ws_col;
    return 80;
}

void writeAll(const std::string& text)
{
    // write(2) rather than stdio so the line never interleaves with buffered stdout output.
    const char* p = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        const ssize_t n = ::write(STDERR_FILENO, p, left);
        if (n <= 0)
            return;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
}

// Keeps the start and the end of a long message (folder names and file names both matter).
std::string elide(const std::string& text, std::size_t width)
{
    if (text.size() <= width)
        return text;
    if (width < 8)
        return text.substr(0, width);
    const std::size_t head = (width - 3) / 2;
    const std::size_t tail = width - 3 - head;
    return text.substr(0, head) + "..." + text.substr(text.size() - tail);
}

} // namespace

std::string progressLine(double fraction, const std::string& message, const std::string& countText, int width)
{
    std::string bar = "[";
    std::string percent;
    if (fraction >= 0) {
        const double f = std::clamp(fraction, 0.0, 1.0);
        const int filled = static_cast<int>(f * kBarWidth);
        bar += std::string(filled, '=');
        if (filled < kBarWidth)
            bar += '>' + std::string(kBarWidth - filled - 1, ' ');
        char buf[8];
        std::snprintf(buf, sizeof buf, "%3d%%", static_cast<int>(f * 100));
        percent = buf;
    } else {
        bar += std::string(kBarWidth, ' ');
        percent = "   ?";
    }
    bar += "] " + percent + " ";
    const std::string suffix = countText.empty() ? std::string() : "  " + countText;
    const int room = width - 1 - static_cast<int>(bar.size() + suffix.size());
    return bar + elide(message, static_cast<std::size_t>(std::max(room, 0))) + suffix;
}

TerminalProgress::TerminalProgress()
    : enabled_(::isatty(STDERR_FILENO) == 1)
{
    const char* mode = std::getenv("TRACEMARK_PROGRESS");
    machineLines_ = mode && std::string(mode) == "lines";
}

TerminalProgress::~TerminalProgress()
{
    clear();
}

void TerminalProgress::showCount(const std::int64_t* count, std::string unit)
{
    count_ = count;
    unit_ = std::move(unit);
}

void TerminalProgress::clear()
{
    if (lineShown_)
        writeAll("\r\x1b[K");
    lineShown_ = false;
}

void TerminalProgress::onReport(double fraction, const std::string& message)
{
    if (machineLines_) {
        char value[16];
        std::snprintf(value, sizeof value, "%.4f", fraction);
        std::string line = "@progress " + std::string(value) + " " + message;
        std::replace(line.begin(), line.end(), '\n', ' ');
        writeAll(line + "\n");
        return;
    }
    if (!enabled_)
        return;
    const std::string countText = count_ ? compactCount(*count_) + " " + unit_ : std::string();
    writeAll("\r" + progressLine(fraction, message, countText, terminalWidth()) + "\x1b[K");
    lineShown_ = true;
}

} // namespace tracemark::cli
