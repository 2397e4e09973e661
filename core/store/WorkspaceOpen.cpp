// Opening and creating workspace files: recognising what is not a workspace before SQLite
// touches it, connection settings, and schema migration.
#include "core/common/Error.h"
#include "core/store/Schema.h"
#include "core/store/WorkspaceState.h"

#include <array>

namespace tracemark {

namespace fs = std::filesystem;

namespace {

std::uint32_t bigEndian(const unsigned char* bytes, int count)
{
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

// Reads the 100-byte SQLite header ourselves: SQLite only complains about a foreign file at the
// first query, and it silently zero-fills pages missing from a truncated file. The header is read
// through the connection's own file handle (see Database::readFileStart for why).
void checkDatabaseHeader(const fs::path& path, Database& db)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error)
        throw WorkspaceError("cannot read workspace " + path.string() + ": " + error.message());
    if (size == 0)
        throw WorkspaceError("not a Tracemark workspace: the file is empty (" + path.string() + ")");

    std::array<unsigned char, 100> header{};
    const std::size_t read = db.readFileStart(header.data(), header.size());
    static constexpr char kMagic[] = "SQLite format 3";
    if (read < header.size()
        || !std::equal(kMagic, kMagic + sizeof kMagic, header.begin()))
        throw WorkspaceError("not a Tracemark workspace: file is not a database (" + path.string() + ")");

    std::uint64_t pageSize = bigEndian(&header[16], 2);
    if (pageSize == 1)
        pageSize = 65536;
    const std::uint64_t pageCount = bigEndian(&header[28], 4);
    const bool pageCountValid = bigEndian(&header[24], 4) == bigEndian(&header[92], 4);
    // With a write-ahead log present, pages may legitimately live in the -wal file only.
    const fs::path wal = path.string() + "-wal";
    const bool walHasData = fs::exists(wal, error) && fs::file_size(wal, error) > 0;
    if (pageCountValid && !walHasData && size < pageCount * pageSize)
        throw WorkspaceError("the workspace file is corrupt: it is truncated (" + std::to_string(size)
                             + " bytes, its header says " + std::to_string(pageCount * pageSize) + ") ("
                             + path.string() + ")");
}

// Per-connection settings (journal mode is stored in the file, the rest is per connection).
void configureConnection(Database& db)
{
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -131072"); // KiB: 128 MiB, allocated only as pages are used
    // A big import leaves a WAL as large as what it wrote; cut it back after each checkpoint.
    db.exec("PRAGMA journal_size_limit = 67108864");
}

void useWriteAheadLog(Database& db)
{
    Statement mode = db.prepare("PRAGMA journal_mode");
    if (mode.step() && mode.textView(0) == "wal")
        return;
    mode.reset();
    db.exec("PRAGMA journal_mode = WAL");
}

// Throws unless the file holds a Tracemark schema. Also where "file is not a database" and
// corrupt first pages surface, before any setting is written.
void checkIsWorkspace(Database& db)
{
    const fs::path& path = db.path();
    db.queryInt64("SELECT COUNT(*) FROM sqlite_master");
    if (!hasWorkspaceSchema(db))
        throw WorkspaceError("not a Tracemark workspace: " + path.string()
                             + " is an SQLite database without Tracemark's tables");
    const bool isTracemark =
        db.queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0
        && db.queryInt64("SELECT COUNT(*) FROM meta WHERE key = 'application' AND value = 'tracemark'") > 0;
    if (!isTracemark)
        throw WorkspaceError("not a Tracemark workspace: " + path.string()
                             + " has a schema_version table but was not written by Tracemark");
}

void removeDatabaseFiles(const fs::path& path)
{
    std::error_code ignored;
    fs::remove(path, ignored);
    fs::remove(path.string() + "-wal", ignored);
    fs::remove(path.string() + "-shm", ignored);
}

} // namespace

Workspace::Workspace(std::unique_ptr<State> state) : state_(std::move(state)) {}
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

int Workspace::currentSchemaVersion()
{
    return workspaceMigrations().back().version;
}

Workspace Workspace::open(const fs::path& path)
{
    std::error_code error;
    if (!fs::exists(path, error))
        throw WorkspaceError("workspace not found: " + path.string());
    if (fs::is_directory(path, error))
        throw WorkspaceError("not a Tracemark workspace: " + path.string() + " is a folder");
    Database db(path, Database::Mode::OpenExisting);
    checkDatabaseHeader(path, db);
    checkIsWorkspace(db);
    const int version = readSchemaVersion(db);
    const int current = currentSchemaVersion();
    if (version > current)
        throw WorkspaceError(path.string() + " was written by a newer Tracemark (schema " + std::to_string(version)
                             + ", this build reads up to " + std::to_string(current) + ")");
    useWriteAheadLog(db);
    configureConnection(db);
    // Only an older file takes the write lock here, so opening never waits for a running import.
    if (version < current)
        migrateSchema(db, workspaceMigrations());
    return Workspace(std::make_unique<State>(std::move(db)));
}

Workspace Workspace::create(const fs::path& path)
{
    std::error_code error;
    if (fs::exists(path, error))
        throw WorkspaceError("cannot create workspace: " + path.string() + " already exists");
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, error))
        throw WorkspaceError("cannot create workspace " + path.string() + ": folder " + folder.string()
                             + " does not exist");
    try {
        Database db(path, Database::Mode::CreateIfMissing);
        db.exec("PRAGMA page_size = 8192"); // before the first table: fewer, fuller pages for span rows
        useWriteAheadLog(db);
        configureConnection(db);
        migrateSchema(db, workspaceMigrations());
        return Workspace(std::make_unique<State>(std::move(db)));
    } catch (...) {
        removeDatabaseFiles(path);
        throw;
    }
}

Workspace Workspace::openOrCreate(const fs::path& path)
{
    std::error_code error;
    return fs::exists(path, error) ? open(path) : create(path);
}

const fs::path& Workspace::path() const
{
    return state_->db.path();
}

Database& Workspace::database()
{
    return state_->db;
}

int Workspace::schemaVersion()
{
    return readSchemaVersion(state_->db);
}

} // namespace tracemark
