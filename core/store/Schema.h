#pragma once
// The workspace schema as a list of forward migrations. Migration N turns a schema-(N-1) file into
// a schema-N file; a new feature (e.g. an embeddings table) appends one entry, never edits an old one.
// Steps run inside one transaction with foreign keys on (PRAGMA foreign_keys cannot change inside a
// transaction), so a step that rebuilds a table must copy rows in an order the keys accept.
#include <string_view>
#include <vector>

namespace tracemark {

class Database;

struct Migration {
    int version;                  // the schema version this step produces (1, 2, ...)
    std::string_view description; // what it adds, for error messages
    std::string_view sql;         // one or more statements
};

// Every migration of this build, in order; the last one's version is the current schema.
const std::vector<Migration>& workspaceMigrations();

// True when the database has the schema_version table that marks a Tracemark workspace.
bool hasWorkspaceSchema(Database& db);
// The version stored in schema_version (0 when the table is missing).
int readSchemaVersion(Database& db);

// Brings the database up to the last migration's version in one transaction (BEGIN IMMEDIATE):
// either every missing step is applied or none is. A file already newer than the list throws
// WorkspaceError naming both versions. Returns the resulting version.
int migrateSchema(Database& db, const std::vector<Migration>& migrations);

} // namespace tracemark
