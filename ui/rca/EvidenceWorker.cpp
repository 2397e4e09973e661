#include "ui/rca/EvidenceWorker.h"

#include "core/common/Error.h"
#include "ui/jobs/Delivery.h"
#include "ui/jobs/ThreadConnection.h"

#include <exception>

namespace tracemark {

// Touched only by the pool's single thread. The session refers to the workspace, so it goes first.
struct EvidenceWorker::Connection : ThreadConnection {
    std::unique_ptr<EvidenceSession> session;

    Workspace& open(const std::filesystem::path& wanted)
    {
        if (workspace && path != wanted)
            session.reset();
        return ThreadConnection::open(wanted);
    }

    void close()
    {
        session.reset();
        ThreadConnection::close();
    }
};

EvidenceWorker::EvidenceWorker(QObject* parent)
    : QObject(parent)
    , alive_(closing_.next())
    , connection_(std::make_shared<Connection>())
{
    // One thread that never expires: the index and the connection stay with it.
    pool_.setMaxThreadCount(1);
    pool_.setExpiryTimeout(-1);
}

EvidenceWorker::~EvidenceWorker()
{
    closing_.invalidate();
    pool_.clear();
    pool_.start([connection = connection_] { connection->close(); });
    pool_.waitForDone();
}

void EvidenceWorker::setWorkspacePath(const std::filesystem::path& path)
{
    if (path == path_)
        return;
    path_ = path;
    pool_.start([connection = connection_] { connection->close(); });
}

void EvidenceWorker::dropSession()
{
    pool_.start([connection = connection_] { connection->session.reset(); });
}

void EvidenceWorker::waitForIdle()
{
    pool_.waitForDone();
}

void EvidenceWorker::start(QObject* receiver, JobTicket ticket, Job job, std::function<void(const QString&)> onError)
{
    QPointer<QObject> guard(receiver);
    pool_.start([this, guard, ticket, alive = alive_, job = std::move(job), onError = std::move(onError),
                    connection = connection_, path = path_] {
        if (!ticket.isCurrent() || !alive.isCurrent())
            return;
        // `this` outlives the pool, so it is a safe context.
        auto deliver = [this, guard, ticket](std::function<void()> call) {
            deliverIfCurrent(this, guard, ticket, std::move(call));
        };
        try {
            if (path.empty())
                throw WorkspaceError("no workspace is open");
            Context context{connection->open(path), connection->session};
            deliver(job(context));
        } catch (const std::exception& error) {
            deliver([onError, message = QString::fromStdString(error.what())] { onError(message); });
        }
    });
}

} // namespace tracemark
