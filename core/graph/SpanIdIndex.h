#pragma once
// Span id -> index within one trace, as an open-addressing table whose storage is reused from
// one trace to the next (building a graph per imported trace must not allocate per span).
#include "core/model/Span.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tracemark {

class SpanIdIndex {
public:
    // Indexes the spans' ids; the first span with an id owns it. Returns how many later spans
    // repeated an id already taken. The spans must outlive the lookups.
    int rebuild(const std::vector<Span>& spans);
    // Index of the first span with this id, or -1.
    int find(std::string_view spanId) const;

private:
    const std::vector<Span>* spans_ = nullptr;
    std::vector<int> slots_;            // span index, -1 when free
    std::vector<std::size_t> slotHash_; // hash of the id in each slot, to skip most string compares
    std::size_t mask_ = 0;
};

} // namespace tracemark
