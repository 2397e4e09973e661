#pragma once
// Shared by the GUI tests: one QApplication for the executable (Catch2 owns main()), settings
// kept in a temporary folder, a fixed locale and time zone so formatted values are predictable,
// an event-loop wait, and a small workspace whose contents the tests know by construction.
#include "core/common/Progress.h"
#include "core/store/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return "{ \"" + value.join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};
} // namespace Catch

namespace tracemark::test {

inline QApplication& guiApp()
{
    static int argc = 1;
    static char name[] = "tracemark-gui-tests";
    static char* argv[] = { name, nullptr };
    static QApplication* app = [] {
        setenv("TZ", "UTC", 1);
        tzset();
        auto* created = new QApplication(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("TracemarkTests"));
        QApplication::setApplicationName(QStringLiteral("TracemarkTests"));
        static QTemporaryDir settingsDir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The English translation carries the plural forms ("1 trace matches").
        static QTranslator english;
        if (english.load(QStringLiteral(":/i18n/tracemark_en.qm")))
            QApplication::installTranslator(&english);
        return created;
    }();
    return *app;
}

// Runs the event loop until `condition` holds; false when `timeoutMs` passed first.
inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

inline void processEventsFor(int ms)
{
    waitFor([] { return false; }, ms);
}

// 2026-01-01T00:00:00Z
constexpr std::int64_t kSampleT0 = 1767225600LL * 1000000000LL;
constexpr int kSampleTraces = 23;

// The sample workspace, trace i in 0..22 (written in reverse order, so insertion order is not
// start order):
//   id "t%02d"; start T0 + (i / 2) s (pairs share a start time, to exercise the tie on the key);
//   root span: frontend, "GET /cart" when i % 3 == 0 else "GET /", duration (i + 1) * 10 ms;
//   one child 1 ms later, 5 ms long: cartservice/GetCart for even i, checkoutservice/PlaceOrder
//   for odd i; the child is a server error when i % 5 == 0.
inline std::string sampleTraceId(int i)
{
    char id[8];
    std::snprintf(id, sizeof id, "t%02d", i);
    return id;
}

inline void addSampleTrace(ImportSink& sink, int i)
{
    const std::string traceId = sampleTraceId(i);
    Span root;
    root.traceId = traceId;
    root.spanId = traceId + "-root";
    root.service = "frontend";
    root.operation = i % 3 == 0 ? "GET /cart" : "GET /";
    root.startNs = kSampleT0 + static_cast<std::int64_t>(i / 2) * 1000000000LL;
    root.durationNs = static_cast<std::int64_t>(i + 1) * 10000000LL;
    root.kind = SpanKind::Server;
    Span child;
    child.traceId = traceId;
    child.spanId = traceId + "-child";
    child.parentId = root.spanId;
    child.service = i % 2 == 0 ? "cartservice" : "checkoutservice";
    child.operation = i % 2 == 0 ? "GetCart" : "PlaceOrder";
    child.startNs = root.startNs + 1000000LL;
    child.durationNs = 5000000LL;
    child.kind = SpanKind::Server;
    if (i % 5 == 0) {
        child.status = StatusClass::ServerError;
        child.statusCode = "500";
    }
    sink.addSpan(std::move(root));
    sink.addSpan(std::move(child));
    sink.endTrace(traceId);
}

inline void createSampleWorkspace(const std::filesystem::path& path)
{
    Workspace workspace = Workspace::create(path);
    NullProgress progress;
    workspace.import(
        "sample traces",
        [](ImportSink& sink, Progress&) {
            for (int i = kSampleTraces - 1; i >= 0; --i)
                addSampleTrace(sink, i);
        },
        progress);
}

// Ids of the sample traces for which `keep(i)` holds.
inline std::set<std::string> sampleIdsWhere(const std::function<bool(int)>& keep)
{
    std::set<std::string> ids;
    for (int i = 0; i < kSampleTraces; ++i) {
        if (keep(i))
            ids.insert(sampleTraceId(i));
    }
    return ids;
}

// A Jaeger query-API JSON document with `traces` traces of `spansPerTrace` spans each (a root
// "frontend" span and children of "backend"), starting at 2026-01-02T00:00:00Z, one per second.
// Trace ids are `idPrefix` (two hex digits) followed by the trace number in 14 hex digits.
inline std::string jaegerTraceId(int t, const std::string& idPrefix = "ab")
{
    char id[40];
    std::snprintf(id, sizeof id, "%s%014x", idPrefix.c_str(), static_cast<unsigned>(t));
    return id;
}

inline std::string jaegerJson(int traces, int spansPerTrace, const std::string& idPrefix = "ab")
{
    std::string json = "{\"data\":[";
    const long long t0Us = 1767312000LL * 1000000LL;
    for (int t = 0; t < traces; ++t) {
        const std::string traceId = jaegerTraceId(t, idPrefix);
        auto spanId = [](int s) {
            char id[24];
            std::snprintf(id, sizeof id, "%016x", static_cast<unsigned>(s + 1));
            return std::string(id);
        };
        json += t ? "," : "";
        json += "{\"traceID\":\"" + traceId + "\",\"spans\":[";
        for (int s = 0; s < spansPerTrace; ++s) {
            const long long start = t0Us + t * 1000000LL + s * 1000LL;
            json += s ? "," : "";
            json += "{\"traceID\":\"" + traceId + "\",\"spanID\":\"" + spanId(s) + "\",\"operationName\":\""
                + (s == 0 ? "GET /" : "Work") + "\",\"references\":[";
            if (s > 0)
                json += "{\"refType\":\"CHILD_OF\",\"traceID\":\"" + traceId + "\",\"spanID\":\"" + spanId(0)
                    + "\"}";
            json += "],\"startTime\":" + std::to_string(start)
                + ",\"duration\":" + std::to_string(s == 0 ? 50000 : 2000)
                + ",\"tags\":[],\"logs\":[],\"processID\":\"" + (s == 0 ? "p1" : "p2") + "\"}";
        }
        json += "],\"processes\":{\"p1\":{\"serviceName\":\"frontend\",\"tags\":[]},"
                "\"p2\":{\"serviceName\":\"backend\",\"tags\":[]}}}";
    }
    json += "]}";
    return json;
}

} // namespace tracemark::test
