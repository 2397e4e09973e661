#pragma once
// The workspace connection of one background thread (SQLite connections never cross threads):
// opened on first use, reopened when the thread is asked to work on another file. Touched only by
// the thread that owns it; WorkspaceWorker, LabelWriter and the root-cause page's EvidenceWorker
// each keep one.
#include "core/store/Workspace.h"

#include <filesystem>
#include <memory>

namespace tracemark {

struct ThreadConnection {
    std::filesystem::path path;
    std::unique_ptr<Workspace> workspace;

    Workspace& open(const std::filesystem::path& wanted)
    {
        if (!workspace || path != wanted) {
            workspace.reset();
            path.clear();
            workspace = std::make_unique<Workspace>(Workspace::open(wanted));
            path = wanted;
        }
        return *workspace;
    }

    void close()
    {
        workspace.reset();
        path.clear();
    }
};

} // namespace tracemark
