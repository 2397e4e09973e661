#include "core/io/CsvSpanDeduplicator.h"

#include <cstring>

namespace tracemark {

namespace {
// splitmix64's finaliser: spreads the bits of a running hash.
std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}
} // namespace

bool CsvSpanDeduplicator::firstTime(std::initializer_list<std::string_view> parts)
{
    // Two independent multiplicative hashes over the bytes, 8 at a time; each part is followed
    // by its length so ("ab","c") and ("a","bc") differ.
    std::uint64_t h1 = 0x9e3779b97f4a7c15ULL;
    std::uint64_t h2 = 0xc2b2ae3d27d4eb4fULL;
    auto feed = [&](std::uint64_t word) {
        h1 = (h1 ^ word) * 0xff51afd7ed558ccdULL;
        h1 ^= h1 >> 29;
        h2 = (h2 + word) * 0xc4ceb9fe1a85ec53ULL;
        h2 ^= h2 >> 31;
    };
    for (std::string_view part : parts) {
        const char* p = part.data();
        std::size_t n = part.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            feed(word);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, p, n);
        feed(tail ^ (static_cast<std::uint64_t>(part.size()) << 56) ^ n);
    }
    Key key { mix(h1), mix(h2) };
    if (key.a == 0 && key.b == 0)
        key.b = 1; // {0,0} marks a free slot
    return insert(key);
}

bool CsvSpanDeduplicator::insert(const Key& key)
{
    if (2 * (size_ + 1) > slots_.size())
        grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(key.a) & mask;; i = (i + 1) & mask) {
        Key& slot = slots_[i];
        if (slot.a == 0 && slot.b == 0) {
            slot = key;
            ++size_;
            return true;
        }
        if (slot.a == key.a && slot.b == key.b)
            return false;
    }
}

void CsvSpanDeduplicator::grow()
{
    std::vector<Key> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Key {});
    size_ = 0;
    for (const Key& k : old)
        if (k.a != 0 || k.b != 0)
            insert(k);
}

} // namespace tracemark
