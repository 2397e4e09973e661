#include "core/io/CsvReader.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace tracemark {

CsvReader::CsvReader(const std::filesystem::path& path, char delimiter)
    : reader_(path)
    , delimiter_(delimiter)
{
    if (!readRecord(header_))
        throw ParseError({path.string(), 1, -1}, "", "", "empty file, expected a CSV header line");
    if (!header_.empty() && header_[0].rfind("\xEF\xBB\xBF", 0) == 0) // UTF-8 byte order mark
        header_[0].erase(0, 3);
    for (std::size_t i = 0; i < header_.size(); ++i)
        headerIndex_.emplace(header_[i], i);
}

std::optional<std::size_t> CsvReader::column(std::string_view name) const
{
    auto it = headerIndex_.find(std::string(name));
    if (it == headerIndex_.end())
        return std::nullopt;
    return it->second;
}

std::size_t CsvReader::requireColumn(std::string_view name) const
{
    if (auto c = column(name))
        return *c;
    std::string have;
    for (const auto& h : header_)
        have += (have.empty() ? "" : ",") + h;
    throw ParseError({reader_.path().string(), 1, -1}, std::string(name), "",
                     "missing column in the header (header is: " + have + ")");
}

bool CsvReader::readRecord(std::vector<std::string>& out)
{
    if (!reader_.readLine(line_)) {
        out.clear();
        return false;
    }
    recordLine_ = reader_.lineNumber();
    // Fields are assigned into the strings already in `out`, so a steady stream of records
    // reuses their buffers instead of allocating per field.
    std::size_t count = 0;
    auto nextField = [&]() -> std::string& {
        if (count == out.size())
            out.emplace_back();
        std::string& f = out[count++];
        f.clear();
        return f;
    };

    if (line_.find('"') == std::string::npos) { // the common case: no quoting at all
        const char* p = line_.data();
        const char* const end = p + line_.size();
        for (;;) {
            const auto* d = static_cast<const char*>(std::memchr(p, delimiter_, static_cast<std::size_t>(end - p)));
            std::string& f = nextField();
            if (!d) {
                f.assign(p, end);
                break;
            }
            f.assign(p, d);
            p = d + 1;
        }
        out.resize(count);
        return true;
    }

    std::string* field = &nextField();
    bool inQuotes = false;
    for (;;) {
        const std::size_t n = line_.size();
        std::size_t i = 0;
        while (i < n) {
            if (inQuotes) {
                const std::size_t q = line_.find('"', i);
                if (q == std::string::npos) {
                    field->append(line_, i, n - i);
                    i = n;
                } else if (q + 1 < n && line_[q + 1] == '"') { // "" inside quotes is one quote
                    field->append(line_, i, q + 1 - i);
                    i = q + 2;
                } else {
                    field->append(line_, i, q - i);
                    inQuotes = false;
                    i = q + 1;
                }
                continue;
            }
            const char c = line_[i];
            if (c == '"' && field->empty()) {
                inQuotes = true;
            } else if (c == delimiter_) {
                field = &nextField();
            } else {
                field->push_back(c);
            }
            ++i;
        }
        if (!inQuotes)
            break;
        // A quoted field continues on the next physical line.
        if (!reader_.readLine(line_))
            throw ParseError(location(), "", "", "unterminated quoted field at the end of the file");
        field->push_back('\n');
    }
    out.resize(count);
    return true;
}

bool CsvReader::next()
{
    for (;;) {
        if (!readRecord(fields_))
            return false;
        if (fields_.size() == 1 && fields_[0].empty())
            continue; // blank line
        if (fields_.size() != header_.size())
            throw ParseError(location(), "", "",
                             "expected " + std::to_string(header_.size()) + " fields as in the header, found "
                                 + std::to_string(fields_.size()));
        return true;
    }
}

std::int64_t CsvReader::int64At(std::size_t index) const
{
    if (auto v = parseInt64(fields_[index]))
        return *v;
    // Integral values are sometimes written as "123.0".
    // (The range check keeps the cast defined for huge values, NaN and infinities.)
    if (auto d = parseDouble(fields_[index]); d && std::isfinite(*d) && std::fabs(*d) < 9.2e18 && *d == std::trunc(*d))
        return static_cast<std::int64_t>(*d);
    throw ParseError(location(), header_[index], fields_[index], "not an integer");
}

double CsvReader::doubleAt(std::size_t index) const
{
    if (auto v = parseDouble(fields_[index]))
        return *v;
    throw ParseError(location(), header_[index], fields_[index], "not a number");
}

std::optional<std::int64_t> parseInt64(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    std::int64_t v = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (text.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return v;
}

std::optional<double> parseDouble(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double v = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return v;
}

} // namespace tracemark
