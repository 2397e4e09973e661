#pragma once
// Reads a text file line by line, gunzipping transparently (zlib reads plain files as-is).
// Tracks the line number for error messages and the compressed position for progress.
#include <cstdint>
#include <filesystem>
#include <string>

namespace tracemark {

class TextReader {
public:
    explicit TextReader(const std::filesystem::path& path); // throws IoError
    ~TextReader();
    TextReader(const TextReader&) = delete;
    TextReader& operator=(const TextReader&) = delete;

    // Reads the next line without its '\n' (and '\r'). Returns false at the end of the file.
    bool readLine(std::string& line);
    // 1-based number of the line last returned by readLine().
    std::int64_t lineNumber() const { return lineNumber_; }
    // Fraction of the (compressed) file consumed so far, for progress bars.
    double fractionRead() const;
    const std::filesystem::path& path() const { return path_; }

    // Whole (decompressed) file, e.g. for a JSON document. extraCapacity bytes of slack are
    // reserved after the end so simdjson can use the string without copying.
    static std::string readAll(const std::filesystem::path& path, std::size_t extraCapacity = 64);

private:
    bool fillBuffer();

    std::filesystem::path path_;
    void* file_ = nullptr; // gzFile; kept opaque so zlib.h stays out of headers
    std::int64_t fileSize_ = 0;
    std::int64_t lineNumber_ = 0;
    std::string buffer_;
    std::size_t pos_ = 0;
    bool eof_ = false;
};

} // namespace tracemark
