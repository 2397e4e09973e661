#include "core/graph/SpanIdIndex.h"

#include <functional>

namespace tracemark {

int SpanIdIndex::rebuild(const std::vector<Span>& spans)
{
    spans_ = &spans;
    std::size_t capacity = 16;
    while (capacity < 2 * spans.size()) // load factor <= 1/2 keeps probe chains short
        capacity *= 2;
    slots_.assign(capacity, -1);
    slotHash_.resize(capacity);
    mask_ = capacity - 1;

    int duplicates = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const std::string& id = spans[i].spanId;
        const std::size_t h = std::hash<std::string_view>()(id);
        std::size_t slot = h & mask_;
        for (;;) {
            const int occupant = slots_[slot];
            if (occupant < 0) {
                slots_[slot] = static_cast<int>(i);
                slotHash_[slot] = h;
                break;
            }
            if (slotHash_[slot] == h && spans[occupant].spanId == id) {
                ++duplicates;
                break;
            }
            slot = (slot + 1) & mask_;
        }
    }
    return duplicates;
}

int SpanIdIndex::find(std::string_view spanId) const
{
    if (!spans_)
        return -1;
    const std::size_t h = std::hash<std::string_view>()(spanId);
    for (std::size_t slot = h & mask_;; slot = (slot + 1) & mask_) {
        const int occupant = slots_[slot];
        if (occupant < 0)
            return -1;
        if (slotHash_[slot] == h && (*spans_)[occupant].spanId == spanId)
            return occupant;
    }
}

} // namespace tracemark
