#pragma once
// Saves the operator's labels on a background thread with its own connection, in the order they
// were given, so a click never waits for SQLite (another process, e.g. a propagation run, may hold
// the write lock for a moment). Nothing queued is ever dropped: the destructor waits until every
// label is written, so closing the window cannot lose one. The row shows "saved" only after the
// write committed.
#include "core/store/Workspace.h"
#include "ui/labeling/LabelHistory.h"

#include <QObject>
#include <QThreadPool>

#include <filesystem>
#include <functional>
#include <memory>

namespace tracemark {

class LabelWriter : public QObject {
    Q_OBJECT
public:
    explicit LabelWriter(QObject* parent = nullptr);
    ~LabelWriter() override; // waits for every queued write

    // Later writes go to this workspace (earlier ones still finish on theirs).
    void setWorkspacePath(const std::filesystem::path& path);

    // Writes `state` for the trace (Unlabeled removes the label). `done` runs on the GUI thread
    // with an empty message on success, the store's error otherwise; not called once this writer
    // is gone.
    void write(std::int64_t traceKey, const LabelState& state, const std::string& author,
               std::function<void(const QString& error)> done);
    // Blocks until every queued write committed (closing the workspace, tests).
    void flush();
    int pendingWrites() const { return pending_; }

private:
    struct Connection;
    QThreadPool pool_;
    std::filesystem::path path_;
    std::shared_ptr<Connection> connection_;
    int pending_ = 0;
};

} // namespace tracemark
