// Span features (issue 3): name splitting, subword vocabulary, time scaling, status classes and
// the per-trace features. Every expected value below is worked out by hand in the comments.
#include "core/common/Error.h"
#include "core/graph/TraceGraph.h"
#include "ml/features/NameTokenizer.h"
#include "ml/features/StatusVocabulary.h"
#include "ml/features/SubwordVocabulary.h"
#include "ml/features/TimeFeatureScaler.h"
#include "ml/features/TraceFeatures.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tracemark;
using Words = std::vector<std::string>;
using WordCounts = std::vector<std::pair<std::string, std::int64_t>>;

namespace {

Span makeSpan(const std::string& id, const std::string& parent, const std::string& service,
              const std::string& operation, std::int64_t startNs, std::int64_t durationNs,
              StatusClass status = StatusClass::Ok)
{
    Span span;
    span.traceId = "t1";
    span.spanId = id;
    span.parentId = parent;
    span.service = service;
    span.operation = operation;
    span.startNs = startNs;
    span.durationNs = durationNs;
    span.status = status;
    return span;
}

// root r [S, S+7µs), children c1 [S+1µs, S+2µs) and c2 [S+3µs, S+4µs); given out of order so
// that graph index 0 = c2, 1 = r, 2 = c1.
TraceGraph threeSpanTrace()
{
    const std::int64_t s = 1'700'000'000'000'000'000;
    return TraceGraph::build({makeSpan("c2", "r", "redis", "GET", s + 3000, 1000),
                              makeSpan("r", "", "frontend", "GET /cart", s, 7000),
                              makeSpan("c1", "r", "cartservice", "GetCart", s + 1000, 1000, StatusClass::ServerError)});
}

// Pieces with ids fixed by hand: [PAD]0 [UNK]1 cart2 ##service3 front4 ##end5 get6 redis7.
SubwordVocabulary handVocabulary()
{
    return SubwordVocabulary::deserialize("tracemark-subword-vocabulary 1\nsize 8\n[PAD]\n[UNK]\ncart\n##service\n"
                                          "front\n##end\nget\nredis\n");
}

TraceFeatureExtractor fitOn(const TraceGraph& graph, TraceFeatureOptions options = {})
{
    return fitTraceFeatures(options, [&](const TraceVisitor& emit) { emit(graph); });
}

} // namespace

TEST_CASE("names split on separators and camelCase into lowercase words", "[features][tokenizer]")
{
    const NameTokenizer tokenizer;
    CHECK(tokenizer.split("hipstershop.CartService/GetCart") == Words{"hipstershop", "cart", "service", "get", "cart"});
    CHECK(tokenizer.split("GET /product/{id}") == Words{"get", "product", "id"});
    CHECK(tokenizer.split("ts-travel-service") == Words{"ts", "travel", "service"});
    CHECK(tokenizer.split("getRouteByRouteId") == Words{"get", "route", "by", "route", "id"});
    CHECK(tokenizer.split("HTTPServer_handle:request") == Words{"http", "server", "handle", "request"});
}

TEST_CASE("digits and punctuation are dropped", "[features][tokenizer]")
{
    const NameTokenizer tokenizer;
    CHECK(tokenizer.split("order2Service#v1!!") == Words{"order", "service", "v"});
    CHECK(tokenizer.split("api_v2.users:list?x=1") == Words{"api", "v", "users", "list", "x"});
    CHECK(tokenizer.split("").empty());
    CHECK(tokenizer.split("123/{}-._:").empty());
}

TEST_CASE("subword vocabulary learns the merges computed by hand", "[features][vocabulary]")
{
    // ab x3 -> a ##b; abc x2 -> a ##b ##c; bc x1 -> b ##c.
    // Alphabet, bytewise sorted ('#' < 'a'): ##b=2 ##c=3 a=4 b=5.
    // Pairs: (a,##b)=5 (##b,##c)=2 (b,##c)=1 -> "ab"=6; then (ab,##c)=2 (b,##c)=1 -> "abc"=7;
    // then (b,##c)=1 -> "bc"=8; then nothing is left to merge.
    const WordCounts corpus{{"ab", 3}, {"abc", 2}, {"bc", 1}};
    const auto full = SubwordVocabulary::learn(corpus, 100);
    CHECK(full.pieces() == Words{"[PAD]", "[UNK]", "##b", "##c", "a", "b", "ab", "abc", "bc"});

    const auto small = SubwordVocabulary::learn(corpus, 7);
    CHECK(small.size() == 7);
    CHECK(small.pieces() == Words{"[PAD]", "[UNK]", "##b", "##c", "a", "b", "ab"});

    // Greedy longest match: "abc" is one piece; "abab" = ab, then "##a" is unknown -> [UNK], then ##b.
    CHECK(full.encode("abc") == std::vector<int>{7});
    CHECK(full.encode("abcb") == std::vector<int>{7, 2});
    CHECK(full.encode("abca") == std::vector<int>{7, 1}); // "##a" never occurs
    CHECK(full.encode("abab") == std::vector<int>{6, 1, 2});
    CHECK(full.encode("bcc") == std::vector<int>{8, 3});
    CHECK(full.idOf("abc") == 7);
    CHECK(full.idOf("zzz") == -1);
}

TEST_CASE("vocabulary ties are broken by the smallest merged piece", "[features][vocabulary]")
{
    // (x,##y) and (z,##w) both count 1: "xy" < "zw" is merged first.
    const auto vocabulary = SubwordVocabulary::learn({{"zw", 1}, {"xy", 1}}, 7);
    CHECK(vocabulary.pieces() == Words{"[PAD]", "[UNK]", "##w", "##y", "x", "z", "xy"});
}

TEST_CASE("vocabulary size is respected even below the alphabet size", "[features][vocabulary]")
{
    const WordCounts corpus{{"ab", 3}, {"abc", 2}, {"bc", 1}};
    // Symbol counts: ##b 5, a 5, ##c 3, b 1; the two most frequent (tie kept in bytewise order) stay.
    const auto four = SubwordVocabulary::learn(corpus, 4);
    CHECK(four.pieces() == Words{"[PAD]", "[UNK]", "##b", "a"});
    CHECK(four.encode("ab") == std::vector<int>{3, 2});
    CHECK(four.encode("c") == std::vector<int>{1});
    CHECK(SubwordVocabulary::learn(corpus, 2).size() == 2);
    CHECK_THROWS_AS(SubwordVocabulary::learn(corpus, 1), UsageError);
    CHECK_THROWS_AS(SubwordVocabulary::learn({{"a b", 1}}, 10), UsageError);
}

TEST_CASE("an unseen compound word maps to known pieces", "[features][vocabulary]")
{
    const WordCounts corpus{{"cart", 5}, {"service", 4}, {"services", 1}, {"box", 1}};
    const auto vocabulary = SubwordVocabulary::learn(corpus, 200);
    CHECK(vocabulary.idOf("cart") >= 2);
    CHECK(vocabulary.idOf("service") >= 2);
    const auto ids = vocabulary.encode("cartservicex");
    REQUIRE(ids.size() >= 2);
    CHECK(vocabulary.piece(ids.front()) == "cart");
    std::string rebuilt;
    for (int id : ids) {
        CHECK(id != SubwordVocabulary::kUnkId);
        const std::string& piece = vocabulary.piece(id);
        rebuilt += piece.rfind("##", 0) == 0 ? piece.substr(2) : piece;
    }
    CHECK(rebuilt == "cartservicex");
    // 'q' never occurs in the corpus: that one character is [UNK], the rest still encodes.
    const auto withUnknown = vocabulary.encode("cartq");
    CHECK(withUnknown == std::vector<int>{vocabulary.idOf("cart"), SubwordVocabulary::kUnkId});
}

TEST_CASE("vocabulary learning is deterministic and independent of input order", "[features][vocabulary]")
{
    const WordCounts a{{"checkout", 3}, {"cart", 5}, {"currency", 2}, {"convert", 2}, {"cart", 1}};
    const WordCounts b{{"cart", 1}, {"convert", 2}, {"currency", 2}, {"cart", 5}, {"checkout", 3}};
    const auto first = SubwordVocabulary::learn(a, 30);
    CHECK(first.pieces() == SubwordVocabulary::learn(a, 30).pieces());
    CHECK(first.pieces() == SubwordVocabulary::learn(b, 30).pieces());
}

TEST_CASE("time scaler: log1p of microseconds, standardised with workspace statistics", "[features][time]")
{
    TimeFeatureScaler scaler;
    SpanTiming t;
    for (std::int64_t ns : {0, 1000, 3000}) {
        t.durationNs = ns;
        t.waitingNs = 5000;
        scaler.observe(t);
    }
    // durations 0, 1, 3 µs -> 0, ln2, 2ln2: mean ln2, population std ln2*sqrt(2/3).
    CHECK(scaler.mean(0) == Approx(std::log(2.0)));
    CHECK(scaler.scale(0) == Approx(std::log(2.0) * std::sqrt(2.0 / 3.0)));
    // waiting is constant: scale falls back to 1, the feature to 0.
    CHECK(scaler.scale(1) == 1.0);
    t.durationNs = 3000;
    const auto row = scaler.transform(t);
    CHECK(row[0] == Approx(std::sqrt(1.5)).epsilon(1e-6));
    CHECK(row[1] == Approx(0.0).margin(1e-6));
    t.durationNs = -50; // clock skew counts as 0
    CHECK(scaler.transform(t)[0] == Approx(-std::sqrt(1.5)).epsilon(1e-6));
    CHECK_THROWS_AS(TimeFeatureScaler().transform(t), UsageError);
}

TEST_CASE("status one-hot is sized from the classes present", "[features][status]")
{
    StatusVocabulary statuses;
    CHECK(statuses.size() == 0);
    statuses.observe(StatusClass::ServerError);
    statuses.observe(StatusClass::Ok);
    statuses.observe(StatusClass::ServerError);
    CHECK(statuses.size() == 2);
    CHECK(statuses.classes() == std::vector<StatusClass>{StatusClass::Ok, StatusClass::ServerError});
    CHECK(statuses.indexOf(StatusClass::Ok) == 0);
    CHECK(statuses.indexOf(StatusClass::ServerError) == 1);
    CHECK(statuses.indexOf(StatusClass::ClientError) == -1);
    CHECK(statuses.oneHot(StatusClass::ServerError) == std::vector<float>{0.0f, 1.0f});
    CHECK(statuses.oneHot(StatusClass::Error) == std::vector<float>{0.0f, 0.0f});
}

TEST_CASE("fitting counts words, time statistics and statuses of the workspace", "[features][trace]")
{
    const auto graph = threeSpanTrace();
    TraceFeatureFitter fitter;
    fitter.add(graph);
    CHECK(fitter.spanCount() == 3);
    // redis/GET, frontend/GET /cart, cartservice/GetCart.
    const std::map<std::string, std::int64_t> expected{
        {"cart", 2}, {"cartservice", 1}, {"frontend", 1}, {"get", 3}, {"redis", 1}};
    CHECK(fitter.wordCounts() == expected);
    CHECK_THROWS_AS(TraceFeatureFitter().finish(), UsageError);
}

TEST_CASE("features of a hand-built 3-span trace", "[features][trace]")
{
    const auto graph = threeSpanTrace();
    const auto fitted = fitOn(graph);
    REQUIRE(fitted.statuses().size() == 2); // Ok and ServerError
    TraceFeatureOptions options;
    options.maxTokensPerSpan = 3;
    const TraceFeatureExtractor extractor(options, handVocabulary(), fitted.timeScaler(), fitted.statuses());
    const auto features = extractor.extract(graph);

    // Rows follow the graph: 0 = c2 (redis GET), 1 = r (frontend GET /cart), 2 = c1 (cartservice GetCart).
    // r has front ##end get cart, cut to 3 tokens.
    CHECK(features.spanTokens == std::vector<std::vector<int>>{{7, 6}, {4, 5, 6}, {2, 3, 6}});
    CHECK(features.status == std::vector<int>{0, 0, 1});
    // Children in start order: c1 (row 2) then c2 (row 0).
    CHECK(features.edges == std::vector<std::pair<int, int>>{{1, 2}, {1, 0}});

    // In units of ln2 / ln3: duration r 7µs=3ln2, c1 and c2 1µs=ln2 -> standardised sqrt2, -1/sqrt2.
    // Waiting r 1µs, children 0 -> the same. Local r 5µs -> ln6, children ln2: deviations
    // (2/3, -1/3, -1/3)·ln3 -> sqrt2, -1/sqrt2. Relative start 0, 1, 3 µs -> 0, ln2, 2ln2 -> -sqrt1.5, 0, sqrt1.5.
    const double r2 = std::sqrt(2.0);
    const double h = 1.0 / std::sqrt(2.0);
    const double r15 = std::sqrt(1.5);
    const std::vector<std::array<double, 4>> expected{{-h, -h, -h, r15}, {r2, r2, r2, -r15}, {-h, -h, -h, 0.0}};
    REQUIRE(features.time.size() == 3);
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t k = 0; k < 4; ++k) {
            INFO("row " << i << " feature " << k);
            CHECK(features.time[i][k] == Approx(expected[i][k]).margin(1e-5));
        }
}

TEST_CASE("a span whose names give no token gets [UNK]", "[features][trace]")
{
    const auto graph = TraceGraph::build({makeSpan("a", "", "42", "---", 0, 1000)});
    const auto extractor = fitOn(graph);
    CHECK(extractor.extract(graph).spanTokens == std::vector<std::vector<int>>{{SubwordVocabulary::kUnkId}});
}

TEST_CASE("fitted extractor round-trips through serialize/deserialize", "[features][serialize]")
{
    const auto graph = threeSpanTrace();
    TraceFeatureOptions options;
    options.vocabularySize = 20;
    options.maxTokensPerSpan = 5;
    const auto extractor = fitOn(graph, options);
    std::string blob;
    extractor.serialize(blob);
    const auto loaded = TraceFeatureExtractor::deserialize(blob);
    std::string again;
    loaded.serialize(again);
    CHECK(again == blob);
    CHECK(loaded.options().maxTokensPerSpan == 5);
    CHECK(loaded.vocabulary().pieces() == extractor.vocabulary().pieces());
    const auto a = extractor.extract(graph);
    const auto b = loaded.extract(graph);
    CHECK(a.spanTokens == b.spanTokens);
    CHECK(a.time == b.time);
    CHECK(a.status == b.status);
    CHECK(a.edges == b.edges);
}

TEST_CASE("a corrupted or other-version blob is an Error", "[features][serialize]")
{
    std::string blob;
    fitOn(threeSpanTrace()).serialize(blob);
    CHECK_THROWS_AS(TraceFeatureExtractor::deserialize(""), Error);
    CHECK_THROWS_AS(TraceFeatureExtractor::deserialize(blob.substr(0, blob.size() / 2)), Error);
    std::string otherVersion = blob;
    otherVersion.replace(0, std::string("tracemark-trace-features 1").size(), "tracemark-trace-features 2");
    CHECK_THROWS_WITH(TraceFeatureExtractor::deserialize(otherVersion), Catch::Contains("version 2"));
    std::string garbled = blob;
    garbled.replace(garbled.find("max_tokens_per_span 16"), 22, "max_tokens_per_span xx");
    CHECK_THROWS_AS(TraceFeatureExtractor::deserialize(garbled), Error);
    CHECK_THROWS_AS(TraceFeatureExtractor::deserialize(blob + "extra\n"), Error);

    CHECK_THROWS_AS(SubwordVocabulary::deserialize("tracemark-subword-vocabulary 1\nsize 3\n[PAD]\n[UNK]\n"), Error);
    CHECK_THROWS_AS(SubwordVocabulary::deserialize("tracemark-subword-vocabulary 1\nsize 4\n[PAD]\n[UNK]\nab\nab\n"),
                    Error);
    CHECK_THROWS_AS(StatusVocabulary::deserialize("tracemark-status-vocabulary 1\nsize 1\nwarning\n"), Error);
    CHECK_THROWS_AS(TimeFeatureScaler::deserialize("tracemark-status-vocabulary 1\nsize 0\n"), Error);

    StatusVocabulary statuses;
    statuses.observe(StatusClass::Error);
    std::string statusBlob;
    statuses.serialize(statusBlob);
    CHECK(StatusVocabulary::deserialize(statusBlob).classes() == std::vector<StatusClass>{StatusClass::Error});
}
