#include "support/TestSupport.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>
#include <sys/wait.h>
#include <zlib.h>

namespace tracemark::test {

const Span* CollectingSink::findSpan(const std::string& spanId) const
{
    for (const auto& s : spans)
        if (s.spanId == spanId)
            return &s;
    return nullptr;
}

std::vector<const Span*> CollectingSink::spansOfTrace(const std::string& traceId) const
{
    std::vector<const Span*> out;
    for (const auto& s : spans)
        if (s.traceId == traceId)
            out.push_back(&s);
    return out;
}

bool hasAttribute(const Span& span, const std::string& key, const std::string& value)
{
    for (const auto& a : span.attributes)
        if (a.key == key && a.value == value)
            return true;
    return false;
}

bool hasAttributeKey(const Span& span, const std::string& key)
{
    for (const auto& a : span.attributes)
        if (a.key == key)
            return true;
    return false;
}

TempDir::TempDir()
{
    std::random_device rd;
    const auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("tracemark-test-" + std::to_string(rd()));
        if (std::filesystem::create_directory(candidate)) {
            path_ = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary folder");
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& content) const
{
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) {
        gzFile gz = gzopen(file.c_str(), "wb");
        if (!gz || gzwrite(gz, content.data(), static_cast<unsigned>(content.size())) != static_cast<int>(content.size()))
            throw std::runtime_error("cannot write " + file.string());
        gzclose(gz);
    } else {
        std::ofstream out(file, std::ios::binary);
        out << content;
        if (!out)
            throw std::runtime_error("cannot write " + file.string());
    }
    return file;
}

std::string datasetsSearchPath()
{
    if (const char* env = std::getenv("TRACEMARK_DATASETS"); env && *env)
        return env;
    return TRACEMARK_DATASETS_DIR;
}

std::optional<std::filesystem::path> datasetsDir()
{
    std::filesystem::path p = datasetsSearchPath();
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec))
        return std::filesystem::canonical(p, ec);
    return std::nullopt;
}

int runCommand(const std::string& commandLine, std::string* output)
{
    const std::string full = commandLine + " 2>&1";
    FILE* pipe = popen(full.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run: " + commandLine);
    std::array<char, 4096> buf{};
    std::string collected;
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        collected.append(buf.data(), n);
    const int status = pclose(pipe);
    if (output)
        *output = collected;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string cliPath()
{
    return TRACEMARK_CLI_PATH;
}

} // namespace tracemark::test
