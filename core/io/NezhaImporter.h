#pragma once
// Imports the Nezha TrainTicket dataset (IntelligentDDS/Nezha): span CSVs, pod logs joined to
// spans by TraceID/SpanID, per-pod and front-end KPIs, and the fault lists (inject time, pod,
// fault type). Accepts the dataset root, rca_data/ or construct_data/, one day folder, or a
// single trace/log/metric CSV or fault list.
//
// Traces are never ended early (no endTrace): one trace can span several one-minute files, and
// even the construct_data/ and rca_data/ folders of the same day.
#include "core/io/Importer.h"

#include <string>
#include <string_view>

namespace tracemark {

class NezhaImporter final : public Importer {
public:
    SourceFormat format() const override { return SourceFormat::Nezha; }
    void import(const std::filesystem::path& path, ImportSink& sink, Progress& progress) override;
};

// Service of a Kubernetes Deployment pod: the name without its "-<replicaset hash>-<suffix>"
// ("ts-travel-service-64469b5b48-25zj6" -> "ts-travel-service"). A name without that shape is
// returned as it is.
std::string nezhaServiceFromPod(std::string_view pod);

} // namespace tracemark
