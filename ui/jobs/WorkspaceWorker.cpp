#include "ui/jobs/WorkspaceWorker.h"

#include "core/common/Error.h"
#include "ui/jobs/Delivery.h"
#include "ui/jobs/ThreadConnection.h"

#include <exception>

namespace tracemark {

// Touched only by the pool's single thread.
struct WorkspaceWorker::Connection : ThreadConnection {};

WorkspaceWorker::WorkspaceWorker(QObject* parent)
    : QObject(parent)
    , alive_(closing_.next())
    , connection_(std::make_shared<Connection>())
{
    // One thread that never expires: queries run in order and always on the same connection.
    pool_.setMaxThreadCount(1);
    pool_.setExpiryTimeout(-1);
}

WorkspaceWorker::~WorkspaceWorker()
{
    closing_.invalidate();
    pool_.clear();
    pool_.waitForDone();
}

void WorkspaceWorker::setWorkspacePath(const std::filesystem::path& path)
{
    if (path == path_)
        return;
    path_ = path;
    if (path.empty()) {
        pool_.start([connection = connection_] {
            connection->close();
        });
    }
}

void WorkspaceWorker::waitForIdle()
{
    pool_.waitForDone();
}

void WorkspaceWorker::start(
    QObject* receiver, JobTicket ticket, Job job, std::function<void(const QString&)> onError)
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
            deliver(job(connection->open(path)));
        } catch (const std::exception& error) {
            deliver([onError, message = QString::fromStdString(error.what())] { onError(message); });
        }
    });
}

} // namespace tracemark
