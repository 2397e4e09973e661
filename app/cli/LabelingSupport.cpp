#include "LabelingSupport.h"

#include "ArgParser.h"

#include <algorithm>
#include <cstdlib>

namespace tracemark::cli {

LabelingVectors loadLabelingVectors(Workspace& workspace, const std::string& kind, Progress& progress)
{
    LabelingVectors vectors;
    vectors.kind = kind;
    vectors.matrix = loadTraceVectors(workspace, kind, progress);
    if (vectors.matrix.rows() < 2)
        throw Error(workspace.path().string() + " has fewer than 2 traces; there is nothing to select from");
    vectors.normalised = normalisedRows(vectors.matrix);
    vectors.facts = traceFactsFor(workspace, vectors.matrix.traceKeys);
    for (std::size_t i = 0; i < vectors.matrix.rows(); ++i)
        vectors.rowOfKey.emplace(vectors.matrix.traceKeys[i], static_cast<std::int64_t>(i));
    return vectors;
}

void addVectorsOption(ArgParser& parser, const std::string& help)
{
    parser.option("vectors", 0, "KIND", help);
}

std::string vectorsFrom(const ParsedArgs& args, const std::string& fallback)
{
    return args.choice("vectors", traceVectorKinds(), fallback);
}

LabelingVectors loadSelectionVectors(Workspace& workspace, const ParsedArgs& args, Progress& progress)
{
    const auto current = workspace.selection();
    return loadLabelingVectors(workspace, vectorsFrom(args, current ? current->vectors : "gnn"), progress);
}

std::vector<std::pair<std::int64_t, TraceLabel>> humanLabelRows(Workspace& workspace, const LabelingVectors& vectors)
{
    std::vector<std::pair<std::int64_t, TraceLabel>> rows;
    for (const StoredTraceLabel& label : workspace.allLabels()) {
        if (label.source != LabelSource::Human)
            continue;
        const auto found = vectors.rowOfKey.find(label.traceKey);
        if (found != vectors.rowOfKey.end())
            rows.emplace_back(found->second, label.label);
    }
    return rows;
}

std::vector<int> selectionClusterRows(Workspace& workspace, const LabelingVectors& vectors)
{
    std::vector<int> clusterOf;
    if (!workspace.selection())
        return clusterOf;
    clusterOf.assign(static_cast<std::size_t>(vectors.rows()), -1);
    for (const auto& [key, cluster] : workspace.traceClusters()) {
        const auto found = vectors.rowOfKey.find(key);
        if (found != vectors.rowOfKey.end())
            clusterOf[static_cast<std::size_t>(found->second)] = cluster;
    }
    return clusterOf;
}

Propagator propagatorFor(const LabelingVectors& vectors, const std::vector<int>& clusterOf)
{
    Propagator propagator(vectors.normalised.data(), vectors.rows(), vectors.matrix.dim);
    if (!clusterOf.empty()) {
        // Rows outside the selection (traces embedded after it) share one extra group.
        const int outside = *std::max_element(clusterOf.begin(), clusterOf.end()) + 1;
        std::vector<int> groups(clusterOf);
        for (int& group : groups)
            group = group < 0 ? outside : group;
        propagator.setRowGroups(groups);
    }
    return propagator;
}

std::string authorFrom(const ParsedArgs& args)
{
    if (args.has("author"))
        return args.value("author");
    if (const char* user = std::getenv("USER"); user && *user)
        return user;
    return "operator";
}

} // namespace tracemark::cli
