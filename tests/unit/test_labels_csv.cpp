// Label files: both header styles, errors that name file, line, field and value, conflicting
// duplicates, the writer's exact output, RFC 4180 quoting, atomic writes and the round trip.
#include "core/common/Error.h"
#include "core/io/LabelsCsv.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace tracemark;
using namespace tracemark::test;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The ParseError that reading `text` as a label file raises; fails the test when there is none.
ParseError parseErrorOf(const TempDir& dir, const std::string& text)
{
    const fs::path file = dir.write("labels.csv", text);
    try {
        readLabelsCsv(file);
    } catch (const ParseError& error) {
        return error;
    }
    FAIL("no ParseError for:\n" << text);
    throw std::logic_error("unreachable");
}

// Four traces in start order a,1 / b"q / c / d (imported in another order), labelled by hand:
//   a,1  human abnormal             cluster 0, its representative
//   b"q  propagated normal 0.875    cluster 0
//   c    unlabeled                  cluster 1, its representative
//   d    model abnormal 1/3         no cluster
struct SmallWorkspace {
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "labels.tmk");
    NullProgress progress;
    std::int64_t a = 0, b = 0, c = 0, d = 0;

    explicit SmallWorkspace(bool withSelection = true)
    {
        importSpans(workspace, {makeSpan("c", "s", "", "frontend", "GET /", 2000, 10),
                                makeSpan("d", "s", "", "frontend", "GET /", 3000, 10),
                                makeSpan("a,1", "s", "", "frontend", "GET /", 0, 10),
                                makeSpan("b\"q", "s", "", "frontend", "GET /", 1000, 10)});
        a = workspace.traceById("a,1")->key;
        b = workspace.traceById("b\"q")->key;
        c = workspace.traceById("c")->key;
        d = workspace.traceById("d")->key;
        workspace.setLabel(a, TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
        workspace.replacePropagatedLabels({{b, TraceLabel::Normal, 0.875}}, progress);
        workspace.setLabel(d, TraceLabel::Abnormal, LabelSource::Model, 1.0 / 3.0, "model");
        if (withSelection) {
            SelectionInfo info;
            info.method = "kmeans";
            info.vectors = "gnn";
            info.k = 2;
            workspace.replaceSelection(info, {a, b, c}, {0, 0, 1}, {0.0f, 0.5f, 0.0f}, {a, c}, progress);
        }
    }
};

} // namespace

TEST_CASE("csvField quotes only what RFC 4180 requires", "[labels][csv]")
{
    CHECK(csvField("plain-id") == "plain-id");
    CHECK(csvField("") == "");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("two\nlines") == "\"two\nlines\"");
    CHECK(csvField("cr\r") == "\"cr\r\"");
    CHECK(csvField(" spaced ") == " spaced ");
}

TEST_CASE("a label file with a label column", "[labels][csv]")
{
    TempDir dir;
    const fs::path file = dir.write("labels.csv", "trace_id,label,note\n"
                                                  "t1,normal,first\n"
                                                  "t2,ABNORMAL,\n"
                                                  "t3, Abnormal ,spaces around the label\n"
                                                  "t4,unlabeled,no judgement: not returned\n"
                                                  "\"t,5\",Normal,\"quoted id\"\n");
    const std::vector<LabelRow> rows = readLabelsCsv(file);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].traceId == "t1");
    CHECK(rows[0].label == TraceLabel::Normal);
    CHECK(rows[0].line == 2);
    CHECK(rows[1].traceId == "t2");
    CHECK(rows[1].label == TraceLabel::Abnormal);
    CHECK(rows[1].line == 3);
    CHECK(rows[2].traceId == "t3");
    CHECK(rows[2].label == TraceLabel::Abnormal);
    CHECK(rows[2].line == 4);
    CHECK(rows[3].traceId == "t,5");
    CHECK(rows[3].label == TraceLabel::Normal);
    CHECK(rows[3].line == 6);
}

TEST_CASE("a LabelEase label file with an anomaly column", "[labels][csv]")
{
    TempDir dir;
    // Column order and extra columns do not matter; a byte order mark and CRLF are fine.
    const fs::path file = dir.write("labelease.csv", "\xEF\xBB\xBF" "score,anomaly,trace_id\r\n"
                                                     "0.1,0,x1\r\n"
                                                     "0.9,1,x2\r\n"
                                                     "0.8, 1 ,x3\r\n");
    const std::vector<LabelRow> rows = readLabelsCsv(file);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].traceId == "x1");
    CHECK(rows[0].label == TraceLabel::Normal);
    CHECK(rows[1].traceId == "x2");
    CHECK(rows[1].label == TraceLabel::Abnormal);
    CHECK(rows[1].line == 3);
    CHECK(rows[2].label == TraceLabel::Abnormal);
}

TEST_CASE("bad label files name file, line, field and value", "[labels][csv]")
{
    TempDir dir;
    const std::string file = (dir / "labels.csv").string();

    SECTION("an unknown label")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,label\nt1,normal\nt2,maybe\n");
        CHECK(error.where().file == file);
        CHECK(error.where().line == 3);
        CHECK(error.field() == "label");
        CHECK(error.value() == "maybe");
        CHECK(std::string(error.what())
              == file + ":3: field 'label' value 'maybe': not a label (expected normal, abnormal or unlabeled)");
    }
    SECTION("an anomaly flag that is not 0 or 1")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,anomaly\nt1,0\nt2,1\nt3,2\n");
        CHECK(error.where().line == 4);
        CHECK(error.field() == "anomaly");
        CHECK(error.value() == "2");
        CHECK_THAT(error.what(), Catch::StartsWith(file + ":4: field 'anomaly' value '2'"));
    }
    SECTION("an empty anomaly flag in a LabelEase file")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,anomaly\nt1,\n");
        CHECK(error.where().line == 2);
        CHECK(error.field() == "anomaly");
        CHECK_THAT(error.what(), Catch::Contains("empty anomaly flag"));
    }
    SECTION("an empty trace id")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,label\nt1,normal\n,abnormal\n");
        CHECK(error.where().line == 3);
        CHECK(error.field() == "trace_id");
        CHECK_THAT(error.what(), Catch::Contains("empty trace id"));
    }
    SECTION("label and anomaly that disagree")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,anomaly,label\nt1,1,abnormal\nt2,1,normal\n");
        CHECK(error.where().line == 3);
        CHECK(error.field() == "anomaly");
        CHECK(error.value() == "1");
        CHECK_THAT(error.what(), Catch::Contains("disagrees with label 'normal'"));
    }
    SECTION("no trace_id column")
    {
        const ParseError error = parseErrorOf(dir, "id,label\nt1,normal\n");
        CHECK(error.where().line == 1);
        CHECK(error.field() == "trace_id");
    }
    SECTION("neither a label nor an anomaly column")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,verdict\nt1,normal\n");
        CHECK(error.where().line == 1);
        CHECK_THAT(error.what(), Catch::Contains("'label'") && Catch::Contains("'anomaly'"));
    }
    SECTION("a row with a missing field")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,label\nt1,normal\nt2\n");
        CHECK(error.where().line == 3);
    }
    SECTION("an empty file")
    {
        const ParseError error = parseErrorOf(dir, "");
        CHECK(error.where().file == file);
    }
}

TEST_CASE("a trace listed twice must say the same thing", "[labels][csv]")
{
    TempDir dir;
    SECTION("conflicting labels name both lines")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,label\nt1,abnormal\nt2,normal\nt1,Normal\n");
        CHECK(error.where().line == 4);
        CHECK(error.field() == "trace_id");
        CHECK(error.value() == "t1");
        CHECK(std::string(error.what())
              == (dir / "labels.csv").string()
                  + ":4: field 'trace_id' value 't1': labelled normal here but abnormal on line 2");
    }
    SECTION("unlabeled against a label is a conflict too")
    {
        const ParseError error = parseErrorOf(dir, "trace_id,label\nt1,unlabeled\nt1,abnormal\n");
        CHECK_THAT(error.what(), Catch::Contains(":3:") && Catch::Contains("on line 2"));
    }
    SECTION("the same label twice is returned once, at its first line")
    {
        const fs::path file = dir.write("labels.csv", "trace_id,anomaly\nt1,1\nt2,0\nt1,1\n");
        const std::vector<LabelRow> rows = readLabelsCsv(file);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].traceId == "t1");
        CHECK(rows[0].line == 2);
        CHECK(rows[1].traceId == "t2");
    }
}

TEST_CASE("a missing label file is an IoError", "[labels][csv]")
{
    TempDir dir;
    CHECK_THROWS_AS(readLabelsCsv(dir / "missing.csv"), IoError);
}

TEST_CASE("the label file written for a small workspace", "[labels][csv]")
{
    SmallWorkspace small;
    const fs::path out = small.dir / "out.csv";
    writeLabelsCsv(small.workspace, out, small.progress);
    CHECK(readFile(out) == "trace_id,anomaly,label,source,confidence,cluster,representative\n"
                           "\"a,1\",1,abnormal,human,1,0,1\n"
                           "\"b\"\"q\",0,normal,propagated,0.875,0,0\n"
                           "c,,unlabeled,,,1,1\n"
                           "d,1,abnormal,model,0.333333,,0\n");
    CHECK_FALSE(fs::exists(small.dir / "out.csv.tmp"));
}

TEST_CASE("without a selection the cluster columns are empty and 0", "[labels][csv]")
{
    SmallWorkspace small(false);
    const fs::path out = small.dir / "out.csv";
    writeLabelsCsv(small.workspace, out, small.progress);
    CHECK(readFile(out) == "trace_id,anomaly,label,source,confidence,cluster,representative\n"
                           "\"a,1\",1,abnormal,human,1,,0\n"
                           "\"b\"\"q\",0,normal,propagated,0.875,,0\n"
                           "c,,unlabeled,,,,0\n"
                           "d,1,abnormal,model,0.333333,,0\n");
}

TEST_CASE("a written label file reads back as the workspace's labels", "[labels][csv]")
{
    SmallWorkspace small;
    const fs::path out = small.dir / "round.csv";
    writeLabelsCsv(small.workspace, out, small.progress);
    const std::vector<LabelRow> rows = readLabelsCsv(out);
    REQUIRE(rows.size() == 3); // c is unlabeled
    CHECK(rows[0].traceId == "a,1");
    CHECK(rows[0].label == TraceLabel::Abnormal);
    CHECK(rows[0].line == 2);
    CHECK(rows[1].traceId == "b\"q");
    CHECK(rows[1].label == TraceLabel::Normal);
    CHECK(rows[2].traceId == "d");
    CHECK(rows[2].label == TraceLabel::Abnormal);
    CHECK(rows[2].line == 5);

    // Applied to a fresh copy of the traces, the file gives the same labels (as human ones).
    TempDir other;
    Workspace copy = Workspace::create(other / "copy.tmk");
    importSpans(copy, {makeSpan("a,1", "s", "", "frontend", "GET /", 0, 10),
                       makeSpan("b\"q", "s", "", "frontend", "GET /", 1000, 10),
                       makeSpan("c", "s", "", "frontend", "GET /", 2000, 10),
                       makeSpan("d", "s", "", "frontend", "GET /", 3000, 10)});
    std::vector<std::pair<std::int64_t, TraceLabel>> labels;
    for (const LabelRow& row : rows)
        labels.emplace_back(copy.traceById(row.traceId)->key, row.label);
    copy.setHumanLabels(labels, "import");
    for (const std::string id : {"a,1", "b\"q", "c", "d"})
        CHECK(copy.traceById(id)->label == small.workspace.traceById(id)->label);
}

TEST_CASE("a failed or cancelled write leaves no file behind", "[labels][csv]")
{
    SmallWorkspace small;
    SECTION("cancelled: an existing file stays as it was")
    {
        const fs::path out = small.dir.write("out.csv", "previous content\n");
        NullProgress cancelled;
        cancelled.cancel();
        CHECK_THROWS_AS(writeLabelsCsv(small.workspace, out, cancelled), Cancelled);
        CHECK(readFile(out) == "previous content\n");
        CHECK_FALSE(fs::exists(small.dir / "out.csv.tmp"));
    }
    SECTION("a folder that does not exist")
    {
        const fs::path out = small.dir / "no-such-folder" / "out.csv";
        CHECK_THROWS_AS(writeLabelsCsv(small.workspace, out, small.progress), IoError);
        CHECK_FALSE(fs::exists(small.dir / "no-such-folder"));
    }
    SECTION("an existing file is replaced on success")
    {
        const fs::path out = small.dir.write("out.csv", "previous content\n");
        writeLabelsCsv(small.workspace, out, small.progress);
        CHECK_THAT(readFile(out), Catch::StartsWith("trace_id,anomaly,label,"));
    }
}
