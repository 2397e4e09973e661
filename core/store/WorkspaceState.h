#pragma once
// What a Workspace holds; shared by the source files that implement its parts.
#include "core/store/Database.h"
#include "core/store/Workspace.h"

#include <array>
#include <memory>
#include <string>
#include <utility>

namespace tracemark {

// Queries that engines run once per trace (an exporter asks for the logs of each of a million
// traces): prepared once per workspace instead of once per call.
enum class CachedQuery { TraceByKey, TraceById, TraceIdOfKey, SpansOfTrace, LogsOfTrace, Count };

// Resets a cached statement when the call is done, also on exceptions, so that it never keeps a
// read transaction open.
class StatementUse {
public:
    explicit StatementUse(Statement& statement) : statement_(statement) {}
    ~StatementUse() { statement_.reset(); }
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;
    Statement& operator*() { return statement_; }
    Statement* operator->() { return &statement_; }

private:
    Statement& statement_;
};

// True when text is a JSON object (the params columns must be one). CASE, not AND: json_type()
// throws on malformed text, and only CASE promises not to call it.
inline bool isJsonObject(Database& db, const std::string& text)
{
    Statement isObject = db.prepare("SELECT CASE WHEN json_valid(?1) THEN json_type(?1) = 'object' ELSE 0 END");
    isObject.bind(1, text);
    return isObject.step() && isObject.int64(0) != 0;
}

struct Workspace::State {
    explicit State(Database&& database) : db(std::move(database)) {}

    StatementUse cached(CachedQuery which, const std::string& sql)
    {
        std::unique_ptr<Statement>& statement = statements[static_cast<std::size_t>(which)];
        if (!statement)
            statement = std::make_unique<Statement>(db.prepare(sql));
        return StatementUse(*statement);
    }

    Database db; // declared first: destroyed after the statements that use it
    std::array<std::unique_ptr<Statement>, static_cast<std::size_t>(CachedQuery::Count)> statements;
};

} // namespace tracemark
