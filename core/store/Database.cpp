#include "core/store/Database.h"

#include <algorithm>

#include "core/common/Error.h"

#include <sqlite3.h>

#include <utility>

namespace tracemark {

namespace {

// Keeps error messages readable when a statement is a multi-line schema script.
std::string shortenSql(std::string_view sql)
{
    std::string flat;
    flat.reserve(sql.size() < 200 ? sql.size() : 200);
    bool lastWasSpace = false;
    for (char c : sql) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (lastWasSpace || flat.empty()))
            continue;
        flat.push_back(space ? ' ' : c);
        lastWasSpace = space;
        if (flat.size() >= 160) {
            flat += "...";
            break;
        }
    }
    return flat;
}

[[noreturn]] void throwSqliteError(sqlite3* db, int rc, std::string_view sql)
{
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB)
        message = "not a Tracemark workspace: " + message;
    else if (primary == SQLITE_CORRUPT)
        message = "the workspace file is corrupt: " + message;
    else if (primary == SQLITE_BUSY)
        message = "the workspace is busy: another import or window kept it locked for 5 s (" + message + ")";
    if (db) {
        const char* file = sqlite3_db_filename(db, "main");
        if (file && *file)
            message += " (" + std::string(file) + ")";
    }
    if (!sql.empty())
        message += " [while running: " + shortenSql(sql) + "]";
    throw WorkspaceError(message);
}

} // namespace

// --- Statement

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throwSqliteError(db, rc, sql);
    }
    if (!stmt_) // only whitespace or a comment
        throw WorkspaceError("empty SQL statement: " + shortenSql(sql));
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

namespace {
void checkBind(sqlite3* db, sqlite3_stmt* stmt, int rc)
{
    if (rc != SQLITE_OK)
        throwSqliteError(db, rc, sqlite3_sql(stmt));
}
// sqlite3_bind_text treats a null pointer as SQL NULL; an empty string_view may carry one.
const char* nonNull(std::string_view text)
{
    return text.data() ? text.data() : "";
}
} // namespace

Statement& Statement::bind(int index, std::int64_t value)
{
    checkBind(db_, stmt_, sqlite3_bind_int64(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    checkBind(db_, stmt_, sqlite3_bind_double(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    checkBind(db_, stmt_,
              sqlite3_bind_text64(stmt_, index, nonNull(text), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindStatic(int index, std::string_view text)
{
    checkBind(db_, stmt_,
              sqlite3_bind_text64(stmt_, index, nonNull(text), text.size(), SQLITE_STATIC, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindTextOrNull(int index, std::string_view text)
{
    return text.empty() ? bindNull(index) : bindStatic(index, text);
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t size)
{
    checkBind(db_, stmt_, sqlite3_bind_blob64(stmt_, index, size ? data : "", size, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    checkBind(db_, stmt_, sqlite3_bind_null(stmt_, index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string sql = sqlite3_sql(stmt_) ? sqlite3_sql(stmt_) : "";
    sqlite3_reset(stmt_);
    throwSqliteError(db_, rc, sql);
}

void Statement::run()
{
    while (step()) {
    }
    sqlite3_reset(stmt_);
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(stmt_);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const
{
    return std::string(textView(column));
}

std::string_view Statement::textView(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!data)
        return {};
    return std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(stmt_, column);
    if (!data)
        return {};
    return std::string(static_cast<const char*>(data), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

// --- Database

namespace {
// SQLite's allocation statistics take a global mutex on every malloc/free; nothing reads them.
// Only possible before SQLite initialises, so done once before the first connection.
const bool kSqliteConfigured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
}();
} // namespace

Database::Database(const std::filesystem::path& path, Mode mode) : path_(path)
{
    (void)kSqliteConfigured;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.string().c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw WorkspaceError("cannot open workspace " + path.string() + ": " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    // A second connection (the GUI's import worker, a CLI run) waits for the lock instead of failing.
    sqlite3_busy_timeout(db_, 5000);
}

std::size_t Database::readFileStart(unsigned char* buffer, std::size_t size)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db_, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || !file->pMethods)
        return 0;
    sqlite3_int64 fileSize = 0;
    if (file->pMethods->xFileSize(file, &fileSize) != SQLITE_OK)
        return 0;
    const auto wanted = static_cast<int>(std::min<sqlite3_int64>(fileSize, static_cast<sqlite3_int64>(size)));
    if (wanted <= 0 || file->pMethods->xRead(file, buffer, wanted, 0) != SQLITE_OK)
        return 0;
    return static_cast<std::size_t>(wanted);
}

Database::~Database()
{
    sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

void Database::exec(std::string_view sql)
{
    const std::string script(sql); // sqlite3_exec needs a terminated string
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        throwSqliteError(db_, rc, sql);
    }
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(db_);
}

std::int64_t Database::changes() const
{
    return sqlite3_changes64(db_);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(db_) == 0;
}

std::int64_t Database::queryInt64(std::string_view sql)
{
    Statement statement(db_, sql);
    if (!statement.step() || statement.isNull(0))
        return 0;
    return statement.int64(0);
}

// --- Transaction

Transaction::Transaction(Database& db) : db_(db)
{
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!open_)
        return;
    // Never throws from a destructor: a failed rollback leaves SQLite to roll back on close.
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    db_.exec("COMMIT");
    open_ = false;
}

} // namespace tracemark
