#include "core/io/NezhaImporter.h"

#include "core/io/NezhaLayout.h"
#include "core/io/NezhaReaders.h"

namespace tracemark {

namespace {
bool isLowerAlnum(std::string_view s)
{
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    return !s.empty();
}
} // namespace

std::string nezhaServiceFromPod(std::string_view pod)
{
    // A Deployment's pods are named <deployment>-<replicaset hash, up to 10>-<5 random chars>.
    const auto last = pod.rfind('-');
    if (last == std::string_view::npos || last == 0)
        return std::string(pod);
    const auto previous = pod.rfind('-', last - 1);
    if (previous == std::string_view::npos || previous == 0)
        return std::string(pod);
    const std::string_view suffix = pod.substr(last + 1);
    const std::string_view hash = pod.substr(previous + 1, last - previous - 1);
    if (suffix.size() != 5 || !isLowerAlnum(suffix) || hash.size() > 10 || !isLowerAlnum(hash))
        return std::string(pod);
    return std::string(pod.substr(0, previous));
}

const std::string& NezhaImportState::serviceOfPod(const std::string& pod)
{
    auto it = podServices_.find(pod);
    if (it == podServices_.end())
        it = podServices_.emplace(pod, nezhaServiceFromPod(pod)).first;
    return it->second;
}

void NezhaImporter::import(const std::filesystem::path& path, ImportSink& sink, Progress& progress)
{
    const NezhaFiles files = findNezhaFiles(path);
    CsvSpanProgress fileProgress(progress, files.all());
    NezhaImportState state(sink, fileProgress);

    for (const auto& f : files.faultLists)
        readNezhaFaultList(f, state);
    for (const auto& f : files.traces)
        readNezhaTraceFile(f, state);
    for (const auto& f : files.logs)
        readNezhaLogFile(f, state);
    for (const auto& f : files.metrics)
        readNezhaMetricFile(f, state);

    if (state.repeatedSpans > 0)
        sink.warn(path.string() + ": " + std::to_string(state.repeatedSpans)
            + " span rows repeat an earlier row with the same TraceID and SpanID (the one-minute files "
              "overlap); each span was imported once");
    if (state.repeatedLogs > 0)
        sink.warn(path.string() + ": " + std::to_string(state.repeatedLogs)
            + " log rows repeat an earlier row; each was imported once");
    if (state.repeatedMetricRows > 0)
        sink.warn(path.string() + ": " + std::to_string(state.repeatedMetricRows)
            + " metric rows repeat an earlier row of the same pod and time (construct_data/ and "
              "rca_data/ hold the same metric files); each was imported once");
    if (state.malformedLogRows > kMaxMalformedLogRowWarnings)
        sink.warn(path.string() + ": skipped " + std::to_string(state.malformedLogRows)
            + " malformed log rows in all (the first " + std::to_string(kMaxMalformedLogRowWarnings)
            + " are named above)");
    progress.report(1.0, "Nezha import done");
}

} // namespace tracemark
