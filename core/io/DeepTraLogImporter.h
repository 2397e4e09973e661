#pragma once
// Imports the DeepTraLog TrainTicket data (FudanSELab/DeepTraLog): SkyWalking span CSVs
// (*SpanData*.csv), raw service logs (*raw_log*.log) whose [SW_CTX:[...]] block joins each line
// to its trace and span, and per-trace ground truth (results/TraceAnomaly.csv: label, error_type).
// Accepts the dataset root, TraceLogData/ or any folder below it, or a single span CSV, raw log
// or TraceAnomaly file.
//
// Ground truth is emitted for the traces this import brought in (the label file covers the
// whole DeepTraLog study, far more than the shipped subset); the `score` column is a baseline's
// output and is ignored. Traces of the fault-free runs under TraceLogData/normal/ that the
// label file does not list are recorded as normal too: that folder holds only fault-free runs.
// Given the label file alone, all its rows are emitted.
#include "core/io/Importer.h"

namespace tracemark {

class DeepTraLogImporter final : public Importer {
public:
    SourceFormat format() const override { return SourceFormat::DeepTraLog; }
    void import(const std::filesystem::path& path, ImportSink& sink, Progress& progress) override;
};

// A folder that holds DeepTraLog data: TraceLogData/, or span CSVs within two levels below it.
bool looksLikeDeepTraLogFolder(const std::filesystem::path& folder);

} // namespace tracemark
