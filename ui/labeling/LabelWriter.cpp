#include "ui/labeling/LabelWriter.h"

#include "ui/jobs/ThreadConnection.h"

#include <exception>

namespace tracemark {

// Touched only by the pool's single thread.
struct LabelWriter::Connection : ThreadConnection {};

LabelWriter::LabelWriter(QObject* parent)
    : QObject(parent)
    , connection_(std::make_shared<Connection>())
{
    pool_.setMaxThreadCount(1);
    pool_.setExpiryTimeout(-1);
}

LabelWriter::~LabelWriter()
{
    pool_.waitForDone();
}

void LabelWriter::setWorkspacePath(const std::filesystem::path& path)
{
    path_ = path;
}

void LabelWriter::write(std::int64_t traceKey, const LabelState& state, const std::string& author,
                        std::function<void(const QString&)> done)
{
    ++pending_;
    // `this` outlives every task (the destructor waits for them), and queued calls to a destroyed
    // QObject are discarded, so the result is delivered only while the writer exists.
    pool_.start([this, connection = connection_, path = path_, traceKey, state, author, done = std::move(done)] {
        QString error;
        try {
            connection->open(path).setLabel(traceKey, state.label, state.source, state.confidence, author);
        } catch (const std::exception& failure) {
            error = QString::fromStdString(failure.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, done, error] {
                --pending_;
                if (done)
                    done(error);
            },
            Qt::QueuedConnection);
    });
}

void LabelWriter::flush()
{
    pool_.waitForDone();
}

} // namespace tracemark
