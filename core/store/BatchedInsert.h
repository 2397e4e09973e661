#pragma once
// Multi-row INSERT statements for the hot import loops. One sqlite3_step per row costs more in
// statement overhead (cursor open/close, halt) than the row itself; inserting k rows per step
// with "VALUES (...), (...)" amortises it. Statements are prepared once per row count.
#include "core/store/Database.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tracemark {

class MultiRowStatements {
public:
    // insertPrefix: "INSERT INTO t(a, b, c)"; columns: values per row; maxRows: rows per statement.
    MultiRowStatements(Database& db, std::string insertPrefix, int columns, int maxRows);
    int maxRows() const { return maxRows_; }
    int columns() const { return columns_; }
    // The statement inserting exactly `rows` rows (1..maxRows); parameter of row r, column c is
    // r * columns + c + 1.
    Statement& forRows(int rows);

private:
    Database& db_;
    std::string prefix_;
    int columns_;
    int maxRows_;
    std::vector<std::unique_ptr<Statement>> statements_;
};

// Rows of three integers for a WITHOUT ROWID table keyed by all three, collected and written in
// key order: inserting sorted keys appends to the b-tree instead of splitting pages all over it
// (the trace_services/trace_operations rows of an import cost 4x more when written as they come).
class SortedKeyRows {
public:
    using Row = std::array<std::int64_t, 3>;
    SortedKeyRows(Database& db, std::string insertPrefix, std::size_t maxBufferedRows = 4'000'000);
    void add(const Row& row);
    // Writes every buffered row; call before the table is read or changed otherwise.
    void flush();

private:
    MultiRowStatements statements_;
    std::vector<Row> rows_;
    std::size_t maxBuffered_;
};

} // namespace tracemark
