#pragma once
// The root-cause page's own background thread and SQLite connection. It keeps the evidence
// index (EvidenceSession) between jobs, so it cannot share WorkspaceWorker's connection, and a
// one-second index load must not hold up the trace table's counts. Jobs run in order; results
// come back on the GUI thread only while their ticket is current and the receiver exists.
#include "core/store/Workspace.h"
#include "ui/jobs/JobTracker.h"
#include "ui/rca/EvidenceSession.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <filesystem>
#include <functional>
#include <memory>

namespace tracemark {

class EvidenceWorker : public QObject {
    Q_OBJECT
public:
    // What a job gets: the thread's connection and the index, when one was loaded.
    struct Context {
        Workspace& workspace;
        std::unique_ptr<EvidenceSession>& session;
    };

    explicit EvidenceWorker(QObject* parent = nullptr);
    // Queued jobs are dropped; waits for the running one (cancel a load first).
    ~EvidenceWorker() override;

    // Later jobs read this file; a different path (or an empty one) drops the index and closes
    // the connection on the worker's thread.
    void setWorkspacePath(const std::filesystem::path& path);
    // Frees the index on the worker's thread (after the jobs already queued).
    void dropSession();

    template <typename Result>
    void run(QObject* receiver, JobTicket ticket, std::function<Result(Context&)> job,
        std::function<void(const Result&)> onResult, std::function<void(const QString&)> onError)
    {
        start(
            receiver, std::move(ticket),
            [job = std::move(job), onResult = std::move(onResult)](Context& context) {
                Result result = job(context);
                return std::function<void()>([onResult, result = std::move(result)] { onResult(result); });
            },
            std::move(onError));
    }

    // Blocks until every queued job has run (tests).
    void waitForIdle();

private:
    struct Connection;
    using Job = std::function<std::function<void()>(Context&)>;
    void start(QObject* receiver, JobTicket ticket, Job job, std::function<void(const QString&)> onError);

    QThreadPool pool_;
    std::filesystem::path path_;
    JobTracker closing_;
    JobTicket alive_;
    std::shared_ptr<Connection> connection_;
};

} // namespace tracemark
