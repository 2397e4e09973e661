#include "core/io/TextReader.h"

#include "core/common/Error.h"

#include <cerrno>
#include <cstring>
#include <zlib.h>

namespace tracemark {

namespace {
constexpr std::size_t kChunk = 1 << 18;

gzFile openGz(const std::filesystem::path& path)
{
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f)
        throw IoError(path.string() + ": cannot open: " + std::strerror(errno));
    gzbuffer(f, kChunk);
    return f;
}
// zlib reports a gzip stream cut short (a partial download or copy) only through gzerror once
// gzread has returned everything it could; without this check the file would look complete.
void throwIfTruncated(gzFile f, const std::filesystem::path& path)
{
    int code = Z_OK;
    gzerror(f, &code);
    if (code == Z_BUF_ERROR)
        throw IoError(path.string() + ": the compressed data ends unexpectedly (truncated .gz file)");
}
} // namespace

TextReader::TextReader(const std::filesystem::path& path)
    : path_(path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw IoError(path.string() + ": is a folder, expected a file");
    file_ = openGz(path);
    fileSize_ = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
    if (ec)
        fileSize_ = 0;
}

TextReader::~TextReader()
{
    if (file_)
        gzclose(static_cast<gzFile>(file_));
}

bool TextReader::fillBuffer()
{
    if (eof_)
        return false;
    buffer_.erase(0, pos_);
    pos_ = 0;
    const std::size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    const int n = gzread(static_cast<gzFile>(file_), buffer_.data() + old, kChunk);
    if (n < 0) {
        int code = 0;
        const char* msg = gzerror(static_cast<gzFile>(file_), &code);
        throw IoError(path_.string() + ":" + std::to_string(lineNumber_ + 1) + ": read error: " + msg);
    }
    buffer_.resize(old + static_cast<std::size_t>(n));
    if (n == 0) {
        throwIfTruncated(static_cast<gzFile>(file_), path_);
        eof_ = true;
    }
    return n > 0;
}

bool TextReader::readLine(std::string& line)
{
    for (;;) {
        const auto nl = buffer_.find('\n', pos_);
        if (nl != std::string::npos) {
            std::size_t end = nl;
            if (end > pos_ && buffer_[end - 1] == '\r')
                --end;
            line.assign(buffer_, pos_, end - pos_);
            pos_ = nl + 1;
            ++lineNumber_;
            return true;
        }
        if (!fillBuffer()) {
            if (pos_ >= buffer_.size())
                return false;
            std::size_t end = buffer_.size();
            if (end > pos_ && buffer_[end - 1] == '\r')
                --end;
            line.assign(buffer_, pos_, end - pos_);
            pos_ = buffer_.size();
            ++lineNumber_;
            return true;
        }
    }
}

double TextReader::fractionRead() const
{
    if (fileSize_ <= 0)
        return -1.0;
    const auto offset = gzoffset(static_cast<gzFile>(file_));
    if (offset < 0)
        return -1.0;
    const double f = static_cast<double>(offset) / static_cast<double>(fileSize_);
    return f > 1.0 ? 1.0 : f;
}

std::string TextReader::readAll(const std::filesystem::path& path, std::size_t extraCapacity)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw IoError(path.string() + ": is a folder, expected a file");
    gzFile f = openGz(path);
    std::string out;
    const auto size = std::filesystem::file_size(path, ec);
    out.reserve((ec ? 0 : size) + extraCapacity);
    std::string chunk(kChunk, '\0');
    for (;;) {
        const int n = gzread(f, chunk.data(), kChunk);
        if (n < 0) {
            int code = 0;
            std::string msg = gzerror(f, &code);
            gzclose(f);
            throw IoError(path.string() + ": read error: " + msg);
        }
        if (n == 0) {
            try {
                throwIfTruncated(f, path);
            } catch (...) {
                gzclose(f);
                throw;
            }
            break;
        }
        out.append(chunk.data(), static_cast<std::size_t>(n));
    }
    gzclose(f);
    if (out.capacity() < out.size() + extraCapacity)
        out.reserve(out.size() + extraCapacity);
    return out;
}

} // namespace tracemark
