#pragma once
// A thin RAII layer over the SQLite C API: connection, prepared statement, transaction.
// Every failure throws WorkspaceError with SQLite's message and the statement involved.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tracemark {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text); // copied (SQLITE_TRANSIENT)
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    // Not copied (SQLITE_STATIC): the text must stay alive and unchanged until the statement is
    // stepped and reset. For hot insert loops whose strings outlive the step.
    Statement& bindStatic(int index, std::string_view text);
    // Empty text binds NULL, otherwise like bindStatic.
    Statement& bindTextOrNull(int index, std::string_view text);
    Statement& bindBlob(int index, const void* data, std::size_t size);
    Statement& bindNull(int index);

    // Advances; true when a row is available.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    // Resets and clears bindings, ready for the next use.
    void reset();

    // Columns are 0-based, as in SQLite.
    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const; // valid until the next step/reset
    std::string blob(int column) const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    enum class Mode { OpenExisting, CreateIfMissing };
    Database(const std::filesystem::path& path, Mode mode);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(db_, sql); }
    std::int64_t lastInsertRowId() const;
    // Rows changed by the last INSERT/UPDATE/DELETE.
    std::int64_t changes() const;
    bool inTransaction() const;
    // Single integer result of a query (e.g. COUNT(*)); 0 when there is no row or it is NULL.
    std::int64_t queryInt64(std::string_view sql);
    sqlite3* handle() const { return db_; }
    // Reads the first `size` bytes of the main database file through SQLite's own file handle;
    // returns how many were read. Never open the file a second time in a process that has a
    // connection to it: closing that descriptor drops every POSIX lock the process holds on the
    // file (SQLite's included), and another process may then checkpoint and reset the WAL under
    // this process's open connections ("database disk image is malformed").
    std::size_t readFileStart(unsigned char* buffer, std::size_t size);
    const std::filesystem::path& path() const { return path_; }

private:
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

} // namespace tracemark
