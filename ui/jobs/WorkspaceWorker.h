#pragma once
// Runs read-only workspace queries (match counts, the workspace summary) on one background
// thread with its own SQLite connection, so a slow COUNT over a million traces never freezes the
// window. Connections never cross threads: the worker opens its own Workspace on the same file.
// Results come back on the GUI thread, only while the job's ticket is current and the receiver
// still exists.
#include "core/store/Workspace.h"
#include "ui/jobs/JobTracker.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <filesystem>
#include <functional>
#include <memory>

namespace tracemark {

class WorkspaceWorker : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceWorker(QObject* parent = nullptr);
    // Waits for the query that is running (queued ones are dropped).
    ~WorkspaceWorker() override;

    // The workspace later jobs read; an empty path closes the worker's connection.
    void setWorkspacePath(const std::filesystem::path& path);
    const std::filesystem::path& workspacePath() const { return path_; }

    template <typename Result>
    void run(QObject* receiver, JobTicket ticket, std::function<Result(Workspace&)> query,
        std::function<void(const Result&)> onResult, std::function<void(const QString&)> onError)
    {
        start(
            receiver, std::move(ticket),
            [query = std::move(query), onResult = std::move(onResult)](Workspace& workspace) {
                Result result = query(workspace);
                return std::function<void()>([onResult, result = std::move(result)] { onResult(result); });
            },
            std::move(onError));
    }

    // Blocks until every queued job has run (tests and the benchmark use it).
    void waitForIdle();

private:
    struct Connection;
    using Job = std::function<std::function<void()>(Workspace&)>;
    void start(QObject* receiver, JobTicket ticket, Job job, std::function<void(const QString&)> onError);

    QThreadPool pool_;
    std::filesystem::path path_;
    JobTracker closing_; // invalidated on destruction so queued jobs do not start
    JobTicket alive_;
    std::shared_ptr<Connection> connection_;
};

} // namespace tracemark
