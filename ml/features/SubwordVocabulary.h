#pragma once
// A WordPiece-style subword vocabulary learned from the workspace's own words, so unseen or
// compound names ("cartservicex") still map to known pieces. A piece that continues a word is
// written with a "##" prefix, as in WordPiece.
//
// Learning: every word starts as its characters ("c", "##a", "##r", "##t"); the alphabet of
// these symbols enters the vocabulary (sorted bytewise), then the adjacent pair with the highest
// count (each word weighted by its count) is merged, again and again, until the vocabulary has
// the requested size or nothing is left to merge. Ties go to the bytewise smallest merged piece,
// then to the smallest left piece, so the result depends only on the (word, count) multiset.
// If the alphabet alone is larger than the requested size, only its most frequent symbols are kept.
//
// Encoding: greedy longest-match-first from the start of the word; a position no piece matches
// gives one [UNK] for that character and encoding goes on after it.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tracemark {

class SubwordVocabulary {
public:
    static constexpr int kPadId = 0;
    static constexpr int kUnkId = 1;
    static constexpr std::string_view kPad = "[PAD]";
    static constexpr std::string_view kUnk = "[UNK]";
    static constexpr std::string_view kContinuation = "##";

    // A vocabulary with only [PAD] and [UNK].
    SubwordVocabulary();

    // targetSize counts [PAD] and [UNK]; it must be at least 2 (UsageError otherwise). Words must
    // be non-empty and contain no whitespace (UsageError); duplicates are summed.
    static SubwordVocabulary learn(const std::vector<std::pair<std::string, std::int64_t>>& wordCounts,
                                   int targetSize);

    std::vector<int> encode(std::string_view word) const;
    // Appends the ids of word's pieces to ids.
    void encodeInto(std::string_view word, std::vector<int>& ids) const;

    int size() const { return static_cast<int>(pieces_.size()); }
    const std::string& piece(int id) const { return pieces_.at(static_cast<std::size_t>(id)); }
    int idOf(std::string_view piece) const; // -1 when absent
    const std::vector<std::string>& pieces() const { return pieces_; }

    void serialize(std::string& out) const;
    static SubwordVocabulary deserialize(std::string_view data); // Error on a bad or other-version blob

private:
    void add(std::string piece);

    std::vector<std::string> pieces_;
    std::unordered_map<std::string, int> ids_;
    std::size_t longestPiece_ = 0;
};

} // namespace tracemark
