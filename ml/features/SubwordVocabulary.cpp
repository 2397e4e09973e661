#include "ml/features/SubwordVocabulary.h"

#include "core/common/Error.h"
#include "ml/features/FeatureBlob.h"

#include <algorithm>
#include <map>

namespace tracemark {
namespace {

constexpr std::string_view kBlobKind = "tracemark-subword-vocabulary";
constexpr int kBlobVersion = 1;

bool hasWhitespace(std::string_view text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
}

std::string mergedPiece(const std::string& left, const std::string& right)
{
    return left + right.substr(SubwordVocabulary::kContinuation.size());
}

struct Word {
    std::vector<int> symbols; // indices into the symbol table
    std::int64_t count = 0;
};

} // namespace

SubwordVocabulary::SubwordVocabulary()
{
    add(std::string(kPad));
    add(std::string(kUnk));
}

void SubwordVocabulary::add(std::string piece)
{
    if (ids_.count(piece))
        return;
    longestPiece_ = std::max(longestPiece_, piece.size());
    ids_.emplace(piece, static_cast<int>(pieces_.size()));
    pieces_.push_back(std::move(piece));
}

int SubwordVocabulary::idOf(std::string_view piece) const
{
    const auto it = ids_.find(std::string(piece));
    return it == ids_.end() ? -1 : it->second;
}

SubwordVocabulary SubwordVocabulary::learn(const std::vector<std::pair<std::string, std::int64_t>>& wordCounts,
                                           int targetSize)
{
    if (targetSize < 2)
        throw UsageError("the subword vocabulary size must be at least 2 ([PAD] and [UNK]), got " +
                         std::to_string(targetSize));
    std::map<std::string, std::int64_t> merged; // sorted, so input order does not matter
    for (const auto& [word, count] : wordCounts) {
        if (word.empty() || hasWhitespace(word))
            throw UsageError("cannot learn subwords from the word " + quoteForMessage(word) +
                             ": it is empty or contains whitespace");
        if (count > 0)
            merged[word] += count;
    }

    // Symbol table: every piece ever formed; words are sequences of symbol indices.
    std::vector<std::string> symbols;
    std::map<std::string, int> symbolIndex;
    auto symbolOf = [&](const std::string& piece) {
        const auto [it, inserted] = symbolIndex.emplace(piece, static_cast<int>(symbols.size()));
        if (inserted)
            symbols.push_back(piece);
        return it->second;
    };
    std::vector<Word> words;
    std::map<std::string, std::int64_t> alphabetCounts;
    for (const auto& [text, count] : merged) {
        Word word{{}, count};
        for (std::size_t i = 0; i < text.size(); ++i) {
            std::string piece = i == 0 ? std::string(1, text[0]) : std::string(kContinuation) + text[i];
            alphabetCounts[piece] += count;
            word.symbols.push_back(symbolOf(piece));
        }
        words.push_back(std::move(word));
    }

    SubwordVocabulary vocabulary;
    std::vector<std::pair<std::string, std::int64_t>> alphabet(alphabetCounts.begin(), alphabetCounts.end());
    const auto room = static_cast<std::size_t>(targetSize - vocabulary.size());
    if (alphabet.size() > room) {
        // Keep the most frequent symbols; the rest will encode as [UNK].
        std::stable_sort(alphabet.begin(), alphabet.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        alphabet.resize(room);
        std::sort(alphabet.begin(), alphabet.end());
    }
    std::vector<bool> inVocabulary(symbols.size(), false);
    for (const auto& entry : alphabet) {
        vocabulary.add(entry.first);
        inVocabulary[static_cast<std::size_t>(symbolIndex.at(entry.first))] = true;
    }

    while (vocabulary.size() < targetSize) {
        // Count adjacent pairs of symbols that are both in the vocabulary.
        std::unordered_map<std::uint64_t, std::int64_t> pairCounts; // key: left << 32 | right
        for (const Word& word : words)
            for (std::size_t i = 0; i + 1 < word.symbols.size(); ++i) {
                const int a = word.symbols[i];
                const int b = word.symbols[i + 1];
                if (inVocabulary[static_cast<std::size_t>(a)] && inVocabulary[static_cast<std::size_t>(b)])
                    pairCounts[static_cast<std::uint64_t>(a) << 32 | static_cast<std::uint32_t>(b)] += word.count;
            }
        if (pairCounts.empty())
            break;
        // The order of the hash map does not matter: (count, piece, left piece) is a total order.
        bool haveBest = false;
        int left = 0;
        int right = 0;
        std::int64_t bestCount = 0;
        std::string bestPiece;
        for (const auto& [key, count] : pairCounts) {
            if (haveBest && count < bestCount)
                continue;
            const int a = static_cast<int>(key >> 32);
            const int b = static_cast<int>(key & 0xffffffffu);
            std::string piece = mergedPiece(symbols[static_cast<std::size_t>(a)], symbols[static_cast<std::size_t>(b)]);
            const bool better = !haveBest || count > bestCount || piece < bestPiece ||
                                (piece == bestPiece &&
                                 symbols[static_cast<std::size_t>(a)] < symbols[static_cast<std::size_t>(left)]);
            if (better) {
                haveBest = true;
                left = a;
                right = b;
                bestCount = count;
                bestPiece = std::move(piece);
            }
        }
        const int mergedSymbol = symbolOf(bestPiece);
        inVocabulary.resize(symbols.size(), false);
        inVocabulary[static_cast<std::size_t>(mergedSymbol)] = true;
        vocabulary.add(bestPiece);
        for (Word& word : words) {
            std::vector<int> next;
            next.reserve(word.symbols.size());
            for (std::size_t i = 0; i < word.symbols.size(); ++i) {
                if (i + 1 < word.symbols.size() && word.symbols[i] == left && word.symbols[i + 1] == right) {
                    next.push_back(mergedSymbol);
                    ++i;
                } else {
                    next.push_back(word.symbols[i]);
                }
            }
            word.symbols = std::move(next);
        }
    }
    return vocabulary;
}

std::vector<int> SubwordVocabulary::encode(std::string_view word) const
{
    std::vector<int> ids;
    encodeInto(word, ids);
    return ids;
}

void SubwordVocabulary::encodeInto(std::string_view word, std::vector<int>& ids) const
{
    std::string candidate;
    std::size_t start = 0;
    while (start < word.size()) {
        int found = -1;
        std::size_t foundLength = 0;
        const std::size_t prefix = start == 0 ? 0 : kContinuation.size();
        const std::size_t maxLength = std::min(word.size() - start, longestPiece_ - std::min(longestPiece_, prefix));
        for (std::size_t length = maxLength; length > 0 && found < 0; --length) {
            candidate.assign(start == 0 ? "" : kContinuation);
            candidate.append(word.substr(start, length));
            const auto it = ids_.find(candidate);
            // [PAD] and [UNK] are markers, never pieces of a word.
            if (it != ids_.end() && it->second > kUnkId) {
                found = it->second;
                foundLength = length;
            }
        }
        ids.push_back(found < 0 ? kUnkId : found);
        start += found < 0 ? 1 : foundLength;
    }
}

void SubwordVocabulary::serialize(std::string& out) const
{
    FeatureBlobWriter writer(out, kBlobKind, kBlobVersion);
    writer.field("size", static_cast<std::int64_t>(pieces_.size()));
    for (const std::string& piece : pieces_)
        writer.line(piece);
}

SubwordVocabulary SubwordVocabulary::deserialize(std::string_view data)
{
    FeatureBlobReader reader(data, kBlobKind, kBlobVersion);
    const std::int64_t size = reader.intField("size");
    if (size < 2 || static_cast<std::uint64_t>(size) > data.size())
        reader.fail("implausible size " + std::to_string(size));
    if (reader.line() != kPad || reader.line() != kUnk)
        reader.fail("the first pieces must be [PAD] and [UNK]");
    SubwordVocabulary vocabulary;
    for (std::int64_t i = 2; i < size; ++i) {
        const std::string piece(reader.line());
        if (piece.empty() || hasWhitespace(piece) || piece == kContinuation)
            reader.fail("bad piece " + quoteForMessage(piece));
        if (vocabulary.idOf(piece) >= 0)
            reader.fail("duplicate piece " + quoteForMessage(piece));
        vocabulary.add(piece);
    }
    reader.expectEnd();
    return vocabulary;
}

} // namespace tracemark
