#pragma once
// The small versioned text format shared by the feature classes' serialize()/deserialize():
// a first line "<kind> <version>", then one "key value" or bare value per line. Text keeps the
// blobs diffable and portable; doubles are written with 17 significant digits so they round-trip.
#include <cstdint>
#include <string>
#include <string_view>

namespace tracemark {

class FeatureBlobWriter {
public:
    FeatureBlobWriter(std::string& out, std::string_view kind, int version);
    void line(std::string_view text);
    void field(std::string_view key, std::int64_t value);
    void field(std::string_view key, double value);
    // A nested blob: "key <byte length>" then the bytes and a newline.
    void nested(std::string_view key, const std::string& blob);

private:
    std::string& out_;
};

// Throws Error("bad <kind> data: ...") on anything unexpected, including another version.
class FeatureBlobReader {
public:
    FeatureBlobReader(std::string_view data, std::string_view kind, int version);
    std::string_view line();
    std::int64_t intField(std::string_view key);
    double doubleField(std::string_view key);
    std::string_view nested(std::string_view key);
    void expectEnd();
    [[noreturn]] void fail(const std::string& problem) const;

private:
    std::string_view valueOf(std::string_view key);

    std::string_view data_;
    std::string kind_;
    std::size_t pos_ = 0;
    int lineNumber_ = 0;
};

} // namespace tracemark
