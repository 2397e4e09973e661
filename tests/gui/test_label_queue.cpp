// The labeling queue's parts without the page: undo/redo history, the queue loaded from a
// workspace with a selection (representatives first, then suggestions), row colours by label,
// the filters, the background label writer (in order, nothing lost at destruction) and parsing
// `suggest --json`.
#include "GuiTestSupport.h"

#include "ui/labeling/LabelColors.h"
#include "ui/labeling/LabelHistory.h"
#include "ui/labeling/LabelQueue.h"
#include "ui/labeling/LabelQueueFilter.h"
#include "ui/labeling/LabelQueueModel.h"
#include "ui/labeling/LabelWriter.h"

#include <QAbstractItemModelTester>

using namespace tracemark;

namespace {

// The sample workspace with a selection of two clusters: even traces (representative t04) and
// odd traces (representative t07).
std::filesystem::path workspaceWithSelection(const QTemporaryDir& dir)
{
    const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / "queue.tmk";
    test::createSampleWorkspace(path);
    Workspace workspace = Workspace::open(path);
    std::vector<std::int64_t> keys;
    std::vector<int> clusterOf;
    std::vector<float> distance;
    std::int64_t evenRepresentative = 0;
    std::int64_t oddRepresentative = 0;
    for (int i = 0; i < test::kSampleTraces; ++i) {
        const auto trace = workspace.traceById(test::sampleTraceId(i));
        REQUIRE(trace);
        keys.push_back(trace->key);
        clusterOf.push_back(i % 2);
        distance.push_back(0.1f);
        if (i == 4)
            evenRepresentative = trace->key;
        if (i == 7)
            oddRepresentative = trace->key;
    }
    SelectionInfo info;
    info.method = "kmeans";
    info.vectors = "stv";
    info.k = 2;
    NullProgress progress;
    workspace.replaceSelection(info, keys, clusterOf, distance, {evenRepresentative, oddRepresentative}, progress);
    return path;
}

std::int64_t keyOf(Workspace& workspace, int i)
{
    return workspace.traceById(test::sampleTraceId(i))->key;
}

} // namespace

TEST_CASE("label history undoes and redoes in order and forgets the redo branch on a new change")
{
    LabelHistory history;
    CHECK_FALSE(history.canUndo());
    const LabelState none;
    const LabelState normal{TraceLabel::Normal, LabelSource::Human, 1.0};
    const LabelState abnormal{TraceLabel::Abnormal, LabelSource::Human, 1.0};
    const LabelState propagated{TraceLabel::Normal, LabelSource::Propagated, 0.7};
    history.record({1, none, normal});
    history.record({2, propagated, abnormal});
    auto undone = history.undo();
    REQUIRE(undone);
    CHECK(undone->traceKey == 2);
    CHECK(undone->before == propagated);
    CHECK(history.canRedo());
    auto redone = history.redo();
    REQUIRE(redone);
    CHECK(redone->after == abnormal);
    history.undo();
    history.undo();
    CHECK_FALSE(history.canUndo());
    history.record({3, none, abnormal});
    CHECK_FALSE(history.canRedo()); // trace 1 and 2's changes can no longer be redone
    CHECK(history.undoCount() == 1);
    // An unlabeled state equals another whatever its leftover source says.
    CHECK(LabelState{TraceLabel::Unlabeled, LabelSource::Propagated, 0.3} == none);
    CHECK_FALSE(propagated == LabelState{TraceLabel::Normal, LabelSource::Propagated, 0.8});
}

TEST_CASE("label colours: black unlabeled, green normal, red abnormal, lighter and tinted when propagated")
{
    test::guiApp();
    const QColor text(Qt::black);
    const LabelState humanNormal{TraceLabel::Normal, LabelSource::Human, 1.0};
    const LabelState humanAbnormal{TraceLabel::Abnormal, LabelSource::Human, 1.0};
    const LabelState sure{TraceLabel::Abnormal, LabelSource::Propagated, 1.0};
    const LabelState unsure{TraceLabel::Abnormal, LabelSource::Propagated, 0.1};
    CHECK(labelTextColor(LabelState(), text) == text);
    CHECK(labelTextColor(humanNormal, text).green() > labelTextColor(humanNormal, text).red());
    CHECK(labelTextColor(humanAbnormal, text).red() > labelTextColor(humanAbnormal, text).green());
    CHECK(labelTextColor(sure, text).lightness() > labelTextColor(humanAbnormal, text).lightness());
    CHECK_FALSE(labelBackground(humanAbnormal).isValid());
    REQUIRE(labelBackground(sure).isValid());
    // Lower confidence: paler background.
    CHECK(labelBackground(unsure).lightness() > labelBackground(sure).lightness());
    CHECK(labelDisplayText(unsure) == QStringLiteral("abnormal (propagated, 0.10)"));
    CHECK(labelDisplayText(humanNormal) == QStringLiteral("normal"));
}

TEST_CASE("the queue holds the representatives by cluster, then new suggestions, with each trace's facts")
{
    test::guiApp();
    QTemporaryDir dir;
    const auto path = workspaceWithSelection(dir);
    Workspace workspace = Workspace::open(path);
    workspace.setLabel(keyOf(workspace, 9), TraceLabel::Abnormal, LabelSource::Propagated, 0.6, "tracemark");
    workspace.setLabel(keyOf(workspace, 4), TraceLabel::Normal, LabelSource::Human, 1.0, "ana");

    // t07 is already a representative; "nope" is no trace: both are skipped.
    const QVector<SuggestedTrace> suggestions{{QStringLiteral("t09"), 1, 0.9, QStringLiteral("small margin")},
                                              {QStringLiteral("t07"), 1, 0.8, QString()},
                                              {QStringLiteral("nope"), 0, 0.5, QString()}};
    const LabelingSnapshot snapshot = loadLabelingSnapshot(workspace, suggestions);
    REQUIRE(snapshot.queue.size() == 3);
    CHECK(snapshot.queue[0].traceId == QStringLiteral("t04"));
    CHECK(snapshot.queue[0].cluster == 0);
    CHECK(snapshot.queue[1].traceId == QStringLiteral("t07"));
    CHECK(snapshot.queue[2].traceId == QStringLiteral("t09"));
    CHECK(snapshot.queue[2].role == QueueEntry::Role::Suggestion);
    CHECK(snapshot.queue[2].reason == QStringLiteral("small margin"));
    // t04: frontend root (GET / since 4 % 3 != 0), 50 ms, child cartservice/GetCart, no error.
    CHECK(snapshot.queue[0].services == QStringList{QStringLiteral("cartservice"), QStringLiteral("frontend")});
    CHECK(snapshot.queue[0].operations.contains(QStringLiteral("cartservice:GetCart")));
    CHECK(snapshot.queue[0].durationNs == 50000000);
    CHECK(snapshot.queue[0].label == LabelState{TraceLabel::Normal, LabelSource::Human, 1.0});
    CHECK(snapshot.queue[2].label == LabelState{TraceLabel::Abnormal, LabelSource::Propagated, 0.6});
    CHECK(snapshot.counts.traces == test::kSampleTraces);
    CHECK(snapshot.counts.human == 1);
    CHECK(snapshot.counts.propagated == 1);
    CHECK(snapshot.counts.propagatedAbnormal == 1);
    REQUIRE(snapshot.clusters.size() == 2);
    CHECK(snapshot.clusters[0].size == 12); // t00, t02, ..., t22
    CHECK(snapshot.clusters[1].abnormal == 1);
    CHECK(snapshot.vectorKinds.isEmpty());
    CHECK(snapshot.services.contains(QStringLiteral("checkoutservice")));

    const LabelTotals totals = loadLabelTotals(workspace);
    CHECK(totals.counts.human == 1);
    CHECK(totals.clusters[0].humanLabeled == 1);
}

TEST_CASE("the queue model colours rows by label, marks unsaved labels and filters by every criterion")
{
    test::guiApp();
    QTemporaryDir dir;
    const auto path = workspaceWithSelection(dir);
    Workspace workspace = Workspace::open(path);
    const LabelingSnapshot snapshot =
        loadLabelingSnapshot(workspace, {{QStringLiteral("t10"), 0, 0.5, QString()}, {QStringLiteral("t13"), 1, 0.4, QString()}});
    LabelQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEntries(snapshot.queue);
    REQUIRE(model.rowCount() == 4); // t04, t07, t10, t13

    const QColor plain = model.index(0, LabelQueueModel::TraceColumn).data(Qt::ForegroundRole).value<QColor>();
    const std::int64_t t04 = keyOf(workspace, 4);
    model.setLabel(t04, {TraceLabel::Abnormal, LabelSource::Human, 1.0}, true);
    const QModelIndex label = model.index(0, LabelQueueModel::LabelColumn);
    CHECK(label.data().toString() == QStringLiteral("abnormal · saving…"));
    const QColor red = label.data(Qt::ForegroundRole).value<QColor>();
    CHECK(red != plain);
    CHECK(red.red() > red.green());
    model.setSaved(t04);
    CHECK(label.data().toString() == QStringLiteral("abnormal"));
    CHECK(label.data(Qt::FontRole).value<QFont>().bold());

    LabelQueueFilter filter;
    filter.setSourceModel(&model);
    auto visibleIds = [&] {
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids << filter.index(row, LabelQueueModel::TraceColumn).data().toString();
        return ids;
    };
    QueueFilterCriteria criteria;
    criteria.service = QStringLiteral("checkoutservice"); // odd traces
    filter.setCriteria(criteria);
    CHECK(visibleIds() == QStringList{QStringLiteral("t07"), QStringLiteral("t13")});
    criteria = {};
    criteria.status = QueueFilterCriteria::Status::WithErrors; // i % 5 == 0: t10
    filter.setCriteria(criteria);
    CHECK(visibleIds() == QStringList{QStringLiteral("t10")});
    criteria = {};
    criteria.minDurationMs = 100; // (i + 1) * 10 ms >= 100: t10 (110), t13 (140)
    criteria.maxDurationMs = 120;
    filter.setCriteria(criteria);
    CHECK(visibleIds() == QStringList{QStringLiteral("t10")});
    criteria = {};
    criteria.source = QueueFilterCriteria::Source::Human;
    filter.setCriteria(criteria);
    CHECK(visibleIds() == QStringList{QStringLiteral("t04")});
    criteria.source = QueueFilterCriteria::Source::Unlabeled;
    filter.setCriteria(criteria);
    CHECK(visibleIds() == QStringList{QStringLiteral("t07"), QStringLiteral("t10"), QStringLiteral("t13")});
    criteria = {};
    criteria.text = QStringLiteral("getcart"); // case-insensitive, in "cartservice:GetCart"
    filter.setCriteria(criteria);
    CHECK(visibleIds() == QStringList{QStringLiteral("t04"), QStringLiteral("t10")});
    criteria.text = QStringLiteral("t1");
    criteria.operation = QStringLiteral("PlaceOrder");
    filter.setCriteria(criteria);
    CHECK(visibleIds() == QStringList{QStringLiteral("t13")});
}

TEST_CASE("the label writer saves in order off the GUI thread, and its destruction loses nothing")
{
    test::guiApp();
    QTemporaryDir dir;
    const auto path = workspaceWithSelection(dir);
    std::int64_t a = 0;
    std::int64_t b = 0;
    {
        Workspace workspace = Workspace::open(path);
        a = keyOf(workspace, 1);
        b = keyOf(workspace, 2);
    }
    int confirmed = 0;
    {
        LabelWriter writer;
        writer.setWorkspacePath(path);
        writer.write(a, {TraceLabel::Abnormal, LabelSource::Human, 1.0}, "ana", [&](const QString& error) {
            CHECK(error.isEmpty());
            ++confirmed;
        });
        REQUIRE(test::waitFor([&] { return confirmed == 1; }));
        // Then normal, then back to unlabeled: the last one wins because the order is kept.
        writer.write(a, {TraceLabel::Normal, LabelSource::Human, 1.0}, "ana", {});
        writer.write(a, {}, "ana", {});
        for (int i = 0; i < 20; ++i)
            writer.write(b, {i % 2 ? TraceLabel::Normal : TraceLabel::Abnormal, LabelSource::Human, 1.0}, "ana", {});
        // Destroyed at once, with writes still queued.
    }
    Workspace workspace = Workspace::open(path);
    CHECK(workspace.traceByKey(a)->label == TraceLabel::Unlabeled);
    CHECK(workspace.traceByKey(b)->label == TraceLabel::Normal); // i = 19 is odd

    // A failed write reports the store's message.
    QString failure;
    LabelWriter writer;
    writer.setWorkspacePath(path);
    writer.write(987654, {TraceLabel::Normal, LabelSource::Human, 1.0}, "ana", [&](const QString& error) { failure = error; });
    REQUIRE(test::waitFor([&] { return !failure.isEmpty(); }));
    CHECK(failure.contains(QStringLiteral("987654")));
}

TEST_CASE("suggest --json output is parsed, and output that is not the expected JSON is refused")
{
    const QVector<SuggestedTrace> parsed = parseSuggestions(QStringLiteral(
        R"({"human_labels":3,"suggestions":[{"trace_id":"abc","label":"normal","confidence":0.51,"score":0.97,"cluster":4,"reason":"margin 0.02"}]})"));
    REQUIRE(parsed.size() == 1);
    CHECK(parsed[0].traceId == QStringLiteral("abc"));
    CHECK(parsed[0].cluster == 4);
    CHECK(parsed[0].score == Approx(0.97));
    CHECK(parsed[0].reason == QStringLiteral("margin 0.02"));
    CHECK_THROWS_WITH(parseSuggestions(QStringLiteral("selected 3")), Catch::Contains("no JSON"));
    CHECK_THROWS_WITH(parseSuggestions(QStringLiteral("{\"x\":1}")), Catch::Contains("suggestions"));
    CHECK_THROWS_WITH(parseSuggestions(QStringLiteral("{\"suggestions\":[{\"label\":\"normal\"}]}")),
                      Catch::Contains("trace_id"));
}
