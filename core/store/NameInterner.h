#pragma once
// Maps service, operation and instance names to their row ids during an import, inserting
// names seen for the first time. Everything already in the workspace is loaded once up front,
// so a span costs hash lookups, never a SELECT.
#include "core/store/Database.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace tracemark {

class NameInterner {
public:
    explicit NameInterner(Database& db);

    std::int64_t service(const std::string& name);
    std::int64_t operation(std::int64_t serviceId, const std::string& name);
    std::int64_t instance(std::int64_t serviceId, const std::string& name);

private:
    using NameIds = std::unordered_map<std::string, std::int64_t>;

    Database& db_;
    NameIds services_;
    std::unordered_map<std::int64_t, NameIds> operations_; // by service id
    std::unordered_map<std::int64_t, NameIds> instances_;  // by service id
    Statement insertService_;
    Statement insertOperation_;
    Statement insertInstance_;
};

} // namespace tracemark
