#pragma once
// Remembers which records an import has already emitted, so rows repeated across a dataset's
// files are emitted once. The research datasets repeat rows: Nezha's one-minute trace and log
// files overlap (and a few rows repeat inside one file), its construct_data/ and rca_data/
// folders hold the same metric files, DeepTraLog's ERROR and SUCCESS span files share traces.
//
// A key is kept as two independent 64-bit hashes of its parts (16 bytes, whatever the id
// lengths), so a record is wrongly taken for a repeat only on a 128-bit collision.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace tracemark {

class CsvSpanDeduplicator {
public:
    // True the first time this sequence of parts is seen, false for a repeat.
    bool firstTime(std::initializer_list<std::string_view> parts);
    std::size_t size() const { return size_; }

private:
    struct Key {
        std::uint64_t a = 0;
        std::uint64_t b = 0;
    };
    void grow();
    bool insert(const Key& key); // open addressing, linear probing; {0,0} marks a free slot

    std::vector<Key> slots_;
    std::size_t size_ = 0;
};

} // namespace tracemark
