#pragma once
// Streaming CSV (RFC 4180: quoted fields, "" escapes, quoted newlines) over a TextReader.
// Gives each record's starting line number and looks up columns by header name, so importers
// can report "file:line: field 'Duration' value 'abc': not a number".
#include "core/common/Error.h"
#include "core/io/TextReader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tracemark {

class CsvReader {
public:
    // Reads the header line at once. Throws ParseError on an empty file.
    explicit CsvReader(const std::filesystem::path& path, char delimiter = ',');

    const std::vector<std::string>& header() const { return header_; }
    // Index of a header column; nullopt when absent.
    std::optional<std::size_t> column(std::string_view name) const;
    // Index of a header column; throws ParseError naming the file and the missing column.
    std::size_t requireColumn(std::string_view name) const;

    // Next record; false at the end. Throws ParseError when the field count differs from the header.
    bool next();
    const std::string& field(std::size_t index) const { return fields_[index]; }
    std::size_t fieldCount() const { return fields_.size(); }
    // Line on which the current record started (1-based; the header is line 1).
    std::int64_t recordLine() const { return recordLine_; }
    SourceLocation location() const { return {reader_.path().string(), recordLine_, -1}; }
    double fractionRead() const { return reader_.fractionRead(); }
    const std::filesystem::path& path() const { return reader_.path(); }

    // Typed access with errors that name the column and the value.
    std::int64_t int64At(std::size_t index) const;
    double doubleAt(std::size_t index) const;

private:
    bool readRecord(std::vector<std::string>& out);

    TextReader reader_;
    char delimiter_;
    std::vector<std::string> header_;
    std::unordered_map<std::string, std::size_t> headerIndex_;
    std::vector<std::string> fields_;
    std::string line_;
    std::int64_t recordLine_ = 0;
};

// Parses a whole decimal integer (optionally signed); nullopt on anything else.
std::optional<std::int64_t> parseInt64(std::string_view text);
// Parses a decimal floating-point number; nullopt on anything else (including empty).
std::optional<double> parseDouble(std::string_view text);

} // namespace tracemark
