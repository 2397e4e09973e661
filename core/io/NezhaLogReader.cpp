// Nezha pod logs: Timestamp,TimeUnixNano,Node,PodName,Container,TraceID,SpanID,Log where Log is
// the docker json-file line ({"log":"16:42:22.382 INFO  t.s.TravelServiceImpl#532 ...\n",...}).
// The time inside the message is the pod's local clock (UTC+8); TimeUnixNano is the UTC time
// and is the one used.
//
// The published files contain a few rows garbled by interleaved writes (e.g. 10 fields instead
// of 8 in rca_data/2023-01-29/log/10_06_log.csv.gz line 631). Logs only annotate the spans, so
// such a row is skipped with a warning naming its line instead of failing the whole import.
#include "core/io/CsvReader.h"
#include "core/io/CsvSpanLogLevel.h"
#include "core/io/NezhaReaders.h"

namespace tracemark {

namespace {
void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool hex4(std::string_view s, std::size_t pos, std::uint32_t& out)
{
    if (pos + 4 > s.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + 4; ++i) {
        const char c = s[i];
        out <<= 4;
        if (c >= '0' && c <= '9')
            out |= static_cast<std::uint32_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            out |= static_cast<std::uint32_t>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            out |= static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

// Decodes the JSON string starting at s[pos] == '"'; pos ends after the closing quote.
bool readJsonString(std::string_view s, std::size_t& pos, std::string& out)
{
    if (pos >= s.size() || s[pos] != '"')
        return false;
    ++pos;
    while (pos < s.size()) {
        const char c = s[pos++];
        if (c == '"')
            return true;
        if (c != '\\') {
            out.push_back(c);
            continue;
        }
        if (pos >= s.size())
            return false;
        const char e = s[pos++];
        switch (e) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '/':
            out.push_back('/');
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            std::uint32_t cp = 0;
            if (!hex4(s, pos, cp))
                return false;
            pos += 4;
            std::uint32_t low = 0;
            if (cp >= 0xD800 && cp < 0xDC00 && pos + 6 <= s.size() && s[pos] == '\\' && s[pos + 1] == 'u'
                && hex4(s, pos + 2, low) && low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                pos += 6;
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

void skipSpaces(std::string_view s, std::size_t& pos)
{
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r'))
        ++pos;
}
} // namespace

std::string dockerLogMessage(std::string_view line)
{
    std::size_t pos = 0;
    skipSpaces(line, pos);
    if (pos < line.size() && line[pos] == '{') {
        ++pos;
        std::string key, value;
        for (;;) {
            skipSpaces(line, pos);
            key.clear();
            value.clear();
            if (!readJsonString(line, pos, key))
                break;
            skipSpaces(line, pos);
            if (pos >= line.size() || line[pos] != ':')
                break;
            ++pos;
            skipSpaces(line, pos);
            if (!readJsonString(line, pos, value))
                break; // docker's json-file lines only hold strings
            if (key == "log") {
                while (!value.empty() && (value.back() == '\n' || value.back() == '\r'))
                    value.pop_back();
                return value;
            }
            skipSpaces(line, pos);
            if (pos >= line.size() || line[pos] != ',')
                break;
            ++pos;
        }
    }
    std::string raw(line);
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r'))
        raw.pop_back();
    return raw;
}

void readNezhaLogFile(const std::filesystem::path& file, NezhaImportState& state)
{
    CsvReader csv(file);
    const std::size_t cTime = csv.requireColumn("TimeUnixNano");
    const std::size_t cPod = csv.requireColumn("PodName");
    const std::size_t cTrace = csv.requireColumn("TraceID");
    const std::size_t cSpan = csv.requireColumn("SpanID");
    const std::size_t cLog = csv.requireColumn("Log");

    state.progress.beginFile(file, "logs");
    LogRecord record;
    for (;;) {
        try {
            if (!csv.next())
                break;
        } catch (const ParseError& e) {
            if (++state.malformedLogRows <= kMaxMalformedLogRowWarnings)
                state.sink.warn(std::string(e.what()) + " (malformed log row skipped)");
            continue;
        }
        state.progress.tick([&] { return csv.fractionRead(); });
        const std::string& pod = csv.field(cPod);
        const std::string& log = csv.field(cLog);
        if (!state.logKeys.firstTime({ csv.field(cTime), pod, csv.field(cSpan), log })) {
            ++state.repeatedLogs;
            continue;
        }
        // Refilled for every row (see readNezhaTraceFile): every field is assigned again.
        record.timeNs = csv.int64At(cTime);
        record.service = state.serviceOfPod(pod);
        record.instance = pod;
        record.traceId = csv.field(cTrace);
        record.spanId = csv.field(cSpan);
        record.message = dockerLogMessage(log);
        const std::string_view level = findLogLevel(record.message, 3);
        record.severity.assign(level.data(), level.size());
        state.sink.addLog(std::move(record));
    }
    state.progress.endFile();
}

} // namespace tracemark
