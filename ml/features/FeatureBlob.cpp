#include "ml/features/FeatureBlob.h"

#include "core/common/Error.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace tracemark {

FeatureBlobWriter::FeatureBlobWriter(std::string& out, std::string_view kind, int version) : out_(out)
{
    out_.clear();
    out_.append(kind).append(" ").append(std::to_string(version)).append("\n");
}

void FeatureBlobWriter::line(std::string_view text)
{
    out_.append(text).append("\n");
}

void FeatureBlobWriter::field(std::string_view key, std::int64_t value)
{
    out_.append(key).append(" ").append(std::to_string(value)).append("\n");
}

void FeatureBlobWriter::field(std::string_view key, double value)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    out_.append(key).append(" ").append(buffer).append("\n");
}

void FeatureBlobWriter::nested(std::string_view key, const std::string& blob)
{
    field(key, static_cast<std::int64_t>(blob.size()));
    out_.append(blob).append("\n");
}

FeatureBlobReader::FeatureBlobReader(std::string_view data, std::string_view kind, int version)
    : data_(data), kind_(kind)
{
    const std::string expected = std::string(kind) + " " + std::to_string(version);
    if (data_.empty())
        fail("empty");
    const std::string_view header = line();
    if (header.substr(0, kind.size() + 1) != std::string(kind) + " ")
        fail("it does not start with \"" + kind_ + "\"");
    if (header != expected)
        fail("version " + std::string(header.substr(kind.size() + 1)) + " is not the supported version " +
             std::to_string(version));
}

void FeatureBlobReader::fail(const std::string& problem) const
{
    throw Error("bad " + kind_ + " data (line " + std::to_string(lineNumber_) + "): " + problem);
}

std::string_view FeatureBlobReader::line()
{
    if (pos_ >= data_.size())
        fail("unexpected end");
    const std::size_t end = data_.find('\n', pos_);
    if (end == std::string_view::npos)
        fail("the last line is not terminated");
    const std::string_view text = data_.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++lineNumber_;
    return text;
}

std::string_view FeatureBlobReader::valueOf(std::string_view key)
{
    const std::string_view text = line();
    if (text.size() <= key.size() || text.substr(0, key.size()) != key || text[key.size()] != ' ')
        fail("expected \"" + std::string(key) + " <value>\", found " + quoteForMessage(std::string(text)));
    return text.substr(key.size() + 1);
}

std::int64_t FeatureBlobReader::intField(std::string_view key)
{
    const std::string value(valueOf(key));
    char* end = nullptr;
    errno = 0;
    const long long parsed = std::strtoll(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || errno != 0)
        fail("\"" + std::string(key) + "\" is not an integer: " + quoteForMessage(value));
    return parsed;
}

double FeatureBlobReader::doubleField(std::string_view key)
{
    const std::string value(valueOf(key));
    char* end = nullptr;
    errno = 0;
    const double parsed = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || errno == ERANGE)
        fail("\"" + std::string(key) + "\" is not a number: " + quoteForMessage(value));
    return parsed;
}

std::string_view FeatureBlobReader::nested(std::string_view key)
{
    const std::int64_t length = intField(key);
    if (length < 0 || static_cast<std::uint64_t>(length) + 1 > data_.size() - pos_)
        fail("\"" + std::string(key) + "\" length " + std::to_string(length) + " runs past the end");
    const std::string_view blob = data_.substr(pos_, static_cast<std::size_t>(length));
    pos_ += static_cast<std::size_t>(length);
    if (data_[pos_] != '\n')
        fail("\"" + std::string(key) + "\" is not followed by a newline");
    ++pos_;
    for (char c : blob)
        lineNumber_ += c == '\n';
    ++lineNumber_;
    return blob;
}

void FeatureBlobReader::expectEnd()
{
    if (pos_ != data_.size())
        fail("unexpected data after the end");
}

} // namespace tracemark
