#include "core/io/JsonInput.h"

#include "core/io/JsonLayout.h"
#include "core/io/JsonSupport.h"
#include "core/io/TextReader.h"

#include <algorithm>
#include <cmath>

namespace tracemark::json {

namespace {

constexpr std::size_t kMinBatch = std::size_t(1) << 20;

std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

JsonInput::JsonInput(const std::filesystem::path& path)
    : fileName_(path.string())
    , buffer_(TextReader::readAll(path, simdjson::SIMDJSON_PADDING))
{
}

SourceLocation JsonInput::locate(const char* position) const
{
    const char* base = buffer_.data();
    if (!position || position < base || position > base + buffer_.size())
        return SourceLocation { fileName_, 0, -1 };
    const auto offset = static_cast<std::size_t>(position - base);
    return SourceLocation { fileName_, lineOfOffset(text(), offset), static_cast<std::int64_t>(offset) };
}

const char* JsonInput::positionOf(od::value& value) const
{
    const std::string_view token = value.raw_json_token();
    return token.data() ? token.data() : lastPosition_;
}

double JsonInput::fractionAt(const char* position) const
{
    if (buffer_.empty() || position < buffer_.data())
        return 0.0;
    return std::min(
        1.0, static_cast<double>(position - buffer_.data()) / static_cast<double>(buffer_.size()));
}

void JsonInput::report(Progress& progress, od::value& value, const char* message) const
{
    const std::string_view token = value.raw_json_token();
    if (token.data()) {
        lastPosition_ = token.data();
        progress.report(fractionAt(token.data()), message);
    }
}

void JsonInput::fail(
    const char* position, std::string_view field, std::string value, const std::string& problem) const
{
    throw ParseError(locate(position), std::string(field), std::move(value), problem);
}

void JsonInput::failValue(od::value& value, std::string_view field, const std::string& problem) const
{
    fail(positionOf(value), field, rawToken(value), problem);
}

void JsonInput::forEachDocument(Progress& progress, const std::function<void(od::value root)>& visit)
{
    const JsonLayout layout = scanJsonLayout(text(), fileName_);
    const char* begin = buffer_.data() + layout.firstDocumentBegin;
    const std::size_t length = buffer_.size() - layout.firstDocumentBegin;
    od::parser parser;

    // Turns an error met while walking a document into a ParseError at the place it stopped.
    auto translate = [&](od::document& doc, simdjson::error_code code) {
        const char* where = nullptr;
        if (doc.current_location().get(where) != simdjson::SUCCESS)
            where = lastPosition_;
        fail(where, "", "", std::string("invalid JSON: ") + simdjson::error_message(code));
    };

    if (layout.documents == 1) {
        od::document doc;
        auto error = parser
                         .iterate(simdjson::padded_string_view(
                             begin, length, buffer_.capacity() - layout.firstDocumentBegin))
                         .get(doc);
        if (error)
            fail(begin, "", "", std::string("invalid JSON: ") + simdjson::error_message(error));
        lastPosition_ = begin;
        try {
            od::value root;
            if (auto e = doc.get_value().get(root))
                translate(doc, e);
            visit(root);
        } catch (const simdjson::simdjson_error& e) {
            translate(doc, e.error());
        }
        progress.report(1.0, "read " + fileName_);
        return;
    }

    // Several documents (NDJSON): stream them; a batch must hold the largest document.
    const std::size_t batch = std::max(kMinBatch, layout.largestDocument + 1024);
    od::document_stream stream;
    if (auto error = parser.iterate_many(begin, length, batch).get(stream))
        fail(begin, "", "", std::string("invalid JSON: ") + simdjson::error_message(error));
    std::size_t index = 0;
    for (auto it = stream.begin(); it != stream.end(); ++it, ++index) {
        progress.checkCancelled();
        const char* docStart = begin + it.current_index();
        lastPosition_ = docStart;
        od::document_reference ref;
        if (auto error = (*it).get(ref))
            fail(docStart, "", "",
                "invalid JSON in document " + std::to_string(index + 1) + ": "
                    + simdjson::error_message(error));
        od::document& doc = ref;
        try {
            od::value root;
            if (auto e = doc.get_value().get(root))
                translate(doc, e);
            visit(root);
        } catch (const simdjson::simdjson_error& e) {
            translate(doc, e.error());
        }
        progress.report(fractionAt(docStart), "reading " + fileName_);
    }
    if (stream.truncated_bytes() > 0)
        fail(buffer_.data() + buffer_.size() - stream.truncated_bytes(), "", "",
            "the last JSON document is incomplete (truncated file?)");
    progress.report(1.0, "read " + fileName_);
}

// ---------------------------------------------------------------- typed access

std::string rawToken(od::value& value)
{
    return std::string(trimRight(value.raw_json_token()));
}

bool isNull(od::value& value)
{
    bool null = false;
    return value.is_null().get(null) == simdjson::SUCCESS && null;
}

std::string_view getString(JsonInput& in, od::value value, std::string_view field)
{
    std::string_view s;
    if (value.get_string().get(s) != simdjson::SUCCESS)
        in.failValue(value, field, "expected a string");
    return s;
}

std::int64_t getInt64(JsonInput& in, od::value value, std::string_view field)
{
    od::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        in.failValue(value, field, "expected a number");
    if (type == od::json_type::number) {
        std::int64_t i = 0;
        if (value.get_int64().get(i) == simdjson::SUCCESS)
            return i;
        std::uint64_t u = 0;
        if (value.get_uint64().get(u) == simdjson::SUCCESS)
            in.failValue(value, field, "number too large");
        double d = 0;
        if (value.get_double().get(d) == simdjson::SUCCESS && std::isfinite(d) && std::fabs(d) < 9.2e18)
            return static_cast<std::int64_t>(std::llround(d));
        in.failValue(value, field, "expected an integer");
    }
    if (type == od::json_type::string) {
        std::string_view s;
        if (value.get_string().get(s) == simdjson::SUCCESS) {
            if (auto i = parseInt64(s))
                return *i;
        }
        in.failValue(value, field, "expected an integer (a number or a string of digits)");
    }
    in.failValue(value, field, "expected a number");
}

double getDouble(JsonInput& in, od::value value, std::string_view field)
{
    double d = 0;
    if (value.get_double().get(d) == simdjson::SUCCESS)
        return d;
    std::string_view s;
    if (value.get_string().get(s) == simdjson::SUCCESS) {
        try {
            std::size_t used = 0;
            const std::string text(s);
            d = std::stod(text, &used);
            if (used == text.size())
                return d;
        } catch (...) {
        }
    }
    in.failValue(value, field, "expected a number");
}

bool getBool(JsonInput& in, od::value value, std::string_view field)
{
    bool b = false;
    if (value.get_bool().get(b) == simdjson::SUCCESS)
        return b;
    std::string_view s;
    if (value.get_string().get(s) == simdjson::SUCCESS) {
        if (s == "true" || s == "True" || s == "1")
            return true;
        if (s == "false" || s == "False" || s == "0")
            return false;
    }
    in.failValue(value, field, "expected true or false");
}

std::string getText(JsonInput& in, od::value value)
{
    od::json_type type;
    if (value.type().get(type) != simdjson::SUCCESS)
        in.failValue(value, "", "invalid JSON value");
    switch (type) {
    case od::json_type::string:
        return std::string(getString(in, value, ""));
    case od::json_type::null:
        return {};
    case od::json_type::number:
    case od::json_type::boolean:
        return rawToken(value);
    case od::json_type::array: {
        od::array a = getArray(in, value, "");
        return std::string(a.raw_json().value());
    }
    case od::json_type::object: {
        od::object o = getObject(in, value, "");
        return std::string(o.raw_json().value());
    }
    }
    return {};
}

std::string getId(JsonInput& in, od::value value, std::string_view field, bool allowBase64)
{
    od::json_type type;
    if (value.type().get(type) == simdjson::SUCCESS && type == od::json_type::number) {
        // Some producers write 64-bit ids as numbers.
        std::uint64_t u = 0;
        if (value.get_uint64().get(u) == simdjson::SUCCESS) {
            static const char digits[] = "0123456789abcdef";
            std::string hex(16, '0');
            for (int i = 15; i >= 0; --i, u >>= 4)
                hex[static_cast<std::size_t>(i)] = digits[u & 0xF];
            return hex;
        }
    }
    const std::string_view text = getString(in, value, field);
    return allowBase64 ? normalizeId(text) : normalizeHexId(text);
}

std::optional<od::value> findField(od::object& object, std::string_view key)
{
    od::value v;
    const auto error = object.find_field_unordered(key).get(v);
    if (error == simdjson::NO_SUCH_FIELD)
        return std::nullopt;
    if (error)
        throw simdjson::simdjson_error(error);
    if (isNull(v))
        return std::nullopt;
    return v;
}

od::object getObject(JsonInput& in, od::value value, std::string_view field)
{
    od::object o;
    if (value.get_object().get(o) != simdjson::SUCCESS)
        in.failValue(value, field, "expected an object");
    return o;
}

od::array getArray(JsonInput& in, od::value value, std::string_view field)
{
    od::array a;
    if (value.get_array().get(a) != simdjson::SUCCESS)
        in.failValue(value, field, "expected an array");
    return a;
}

} // namespace tracemark::json
