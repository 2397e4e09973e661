#include "ml/features/TraceFeatures.h"

#include "core/common/Error.h"
#include "ml/features/FeatureBlob.h"

namespace tracemark {
namespace {

constexpr std::string_view kBlobKind = "tracemark-trace-features";
constexpr int kBlobVersion = 1;

void checkOptions(const TraceFeatureOptions& options)
{
    if (options.vocabularySize < 2)
        throw UsageError("the vocabulary size must be at least 2, got " + std::to_string(options.vocabularySize));
    if (options.maxTokensPerSpan < 1)
        throw UsageError("the maximum number of tokens per span must be at least 1, got " +
                         std::to_string(options.maxTokensPerSpan));
}

} // namespace

TraceFeatureExtractor::TraceFeatureExtractor(TraceFeatureOptions options, SubwordVocabulary vocabulary,
                                             TimeFeatureScaler scaler, StatusVocabulary statuses)
    : options_(options), vocabulary_(std::move(vocabulary)), scaler_(std::move(scaler)), statuses_(std::move(statuses))
{
    checkOptions(options_);
}

std::vector<int> TraceFeatureExtractor::tokenize(std::string_view name) const
{
    std::vector<int> ids;
    for (const std::string& word : tokenizer_.split(name))
        vocabulary_.encodeInto(word, ids);
    return ids;
}

std::vector<int> TraceFeatureExtractor::spanTokens(std::string_view service, std::string_view operation) const
{
    const auto cap = static_cast<std::size_t>(options_.maxTokensPerSpan);
    std::vector<int> tokens = tokenize(service);
    if (tokens.size() < cap) {
        for (const std::string& word : tokenizer_.split(operation))
            vocabulary_.encodeInto(word, tokens);
    }
    if (tokens.size() > cap)
        tokens.resize(cap);
    if (tokens.empty())
        tokens.push_back(SubwordVocabulary::kUnkId);
    return tokens;
}

TraceFeatures TraceFeatureExtractor::extract(const TraceGraph& graph) const
{
    TraceFeatures features;
    const std::size_t n = graph.size();
    features.spanTokens.resize(n);
    features.time.resize(n);
    features.status.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Span& span = graph.span(i);
        features.spanTokens[i] = spanTokens(span.service, span.operation);
        features.time[i] = scaler_.transform(graph.timing(i));
        features.status[i] = statuses_.indexOf(span.status);
    }
    for (int parent : graph.preorder())
        for (int child : graph.children(static_cast<std::size_t>(parent)))
            features.edges.emplace_back(parent, child);
    return features;
}

void TraceFeatureExtractor::serialize(std::string& out) const
{
    FeatureBlobWriter writer(out, kBlobKind, kBlobVersion);
    writer.field("vocabulary_size", static_cast<std::int64_t>(options_.vocabularySize));
    writer.field("max_tokens_per_span", static_cast<std::int64_t>(options_.maxTokensPerSpan));
    std::string part;
    vocabulary_.serialize(part);
    writer.nested("vocabulary", part);
    scaler_.serialize(part);
    writer.nested("time_scaler", part);
    statuses_.serialize(part);
    writer.nested("statuses", part);
}

TraceFeatureExtractor TraceFeatureExtractor::deserialize(std::string_view data)
{
    FeatureBlobReader reader(data, kBlobKind, kBlobVersion);
    TraceFeatureOptions options;
    const std::int64_t vocabularySize = reader.intField("vocabulary_size");
    const std::int64_t maxTokens = reader.intField("max_tokens_per_span");
    if (vocabularySize < 2 || vocabularySize > 100'000'000 || maxTokens < 1 || maxTokens > 1'000'000)
        reader.fail("implausible options");
    options.vocabularySize = static_cast<int>(vocabularySize);
    options.maxTokensPerSpan = static_cast<int>(maxTokens);
    SubwordVocabulary vocabulary = SubwordVocabulary::deserialize(reader.nested("vocabulary"));
    TimeFeatureScaler scaler = TimeFeatureScaler::deserialize(reader.nested("time_scaler"));
    StatusVocabulary statuses = StatusVocabulary::deserialize(reader.nested("statuses"));
    reader.expectEnd();
    return TraceFeatureExtractor(options, std::move(vocabulary), std::move(scaler), std::move(statuses));
}

TraceFeatureFitter::TraceFeatureFitter(TraceFeatureOptions options) : options_(options)
{
    checkOptions(options_);
}

void TraceFeatureFitter::countWords(const std::string& name)
{
    auto it = splitCache_.find(name);
    if (it == splitCache_.end())
        it = splitCache_.emplace(name, tokenizer_.split(name)).first;
    for (const std::string& word : it->second)
        ++wordCounts_[word];
}

void TraceFeatureFitter::add(const TraceGraph& graph)
{
    for (std::size_t i = 0; i < graph.size(); ++i) {
        const Span& span = graph.span(i);
        countWords(span.service);
        countWords(span.operation);
        scaler_.observe(graph.timing(i));
        statuses_.observe(span.status);
    }
}

TraceFeatureExtractor TraceFeatureFitter::finish() const
{
    if (spanCount() == 0)
        throw UsageError("cannot fit span features: the workspace has no spans");
    std::vector<std::pair<std::string, std::int64_t>> words(wordCounts_.begin(), wordCounts_.end());
    return TraceFeatureExtractor(options_, SubwordVocabulary::learn(words, options_.vocabularySize), scaler_,
                                 statuses_);
}

TraceFeatureExtractor fitTraceFeatures(const TraceFeatureOptions& options,
                                       const std::function<void(const TraceVisitor&)>& visitTraces)
{
    TraceFeatureFitter fitter(options);
    visitTraces([&](const TraceGraph& graph) { fitter.add(graph); });
    return fitter.finish();
}

} // namespace tracemark
