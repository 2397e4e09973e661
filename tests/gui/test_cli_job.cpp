// The window's model jobs run the real tracemark-cli as a child process: its progress lines reach
// the job, its JSON output is collected, Cancel stops it with nothing written, and a failure
// carries the CLI's own message.
#include "GuiTestSupport.h"

#include "ui/jobs/CliJob.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace tracemark;

namespace {

void useBuiltCli()
{
    test::guiApp();
    qputenv("TRACEMARK_CLI", TRACEMARK_CLI_PATH);
}

} // namespace

TEST_CASE("a CLI job reports progress and hands back the command's JSON")
{
    useBuiltCli();
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("sim.tmk"));
    CliJob job;
    QVector<double> fractions;
    QObject::connect(&job, &CliJob::progress, [&](double fraction, const QString&) { fractions << fraction; });
    bool finished = false;
    QObject::connect(&job, &CliJob::finished, [&] { finished = true; });
    REQUIRE(job.start({QStringLiteral("simulate"), QStringLiteral("-o"), workspace, QStringLiteral("--traces"),
                       QStringLiteral("3000"), QStringLiteral("--faults"), QStringLiteral("1"), QStringLiteral("--json")}));
    REQUIRE(test::waitFor([&] { return finished; }, 120000));
    INFO(job.errorText().toStdString());
    REQUIRE(job.outcome() == CliJob::Outcome::Succeeded);
    CHECK_FALSE(fractions.isEmpty());
    CHECK(job.errorText().isEmpty()); // progress lines are not errors
    const QJsonObject summary = QJsonDocument::fromJson(job.standardOutput().toUtf8()).object();
    CHECK(summary.value(QStringLiteral("traces")).toInt() == 3000);
    CHECK(QFileInfo::exists(workspace));
}

TEST_CASE("cancelling a CLI job stops it and leaves nothing behind")
{
    useBuiltCli();
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("big.tmk"));
    CliJob job;
    bool progressed = false;
    bool finished = false;
    QObject::connect(&job, &CliJob::progress, [&] { progressed = true; });
    QObject::connect(&job, &CliJob::finished, [&] { finished = true; });
    REQUIRE(job.start({QStringLiteral("simulate"), QStringLiteral("-o"), workspace, QStringLiteral("--traces"),
                       QStringLiteral("2000000")}));
    REQUIRE(test::waitFor([&] { return progressed; }, 60000));
    job.cancel();
    REQUIRE(test::waitFor([&] { return finished; }, 60000));
    CHECK(job.outcome() == CliJob::Outcome::Cancelled);
    CHECK_FALSE(QFileInfo::exists(workspace));
}

TEST_CASE("a failing CLI job carries the CLI's message")
{
    useBuiltCli();
    QTemporaryDir dir;
    CliJob job;
    bool finished = false;
    QObject::connect(&job, &CliJob::finished, [&] { finished = true; });
    const QString missing = dir.filePath(QStringLiteral("missing.tmk"));
    REQUIRE(job.start({QStringLiteral("propagate"), QStringLiteral("-w"), missing}));
    REQUIRE(test::waitFor([&] { return finished; }));
    CHECK(job.outcome() == CliJob::Outcome::Failed);
    CHECK(job.errorText().contains(QStringLiteral("missing.tmk")));
}

TEST_CASE("without a tracemark-cli to run, a job says so instead of starting")
{
    test::guiApp();
    qputenv("TRACEMARK_CLI", "/nonexistent/tracemark-cli");
    CliJob job;
    bool finished = false;
    QObject::connect(&job, &CliJob::finished, [&] { finished = true; });
    job.start({QStringLiteral("info")});
    REQUIRE(test::waitFor([&] { return finished; }));
    CHECK(job.outcome() == CliJob::Outcome::Failed);
    CHECK(job.errorText().contains(QStringLiteral("/nonexistent/tracemark-cli")));
}
