#include "core/store/BatchedInsert.h"

#include <algorithm>

namespace tracemark {

MultiRowStatements::MultiRowStatements(Database& db, std::string insertPrefix, int columns, int maxRows)
    : db_(db), prefix_(std::move(insertPrefix)), columns_(columns), maxRows_(maxRows),
      statements_(static_cast<std::size_t>(maxRows) + 1)
{
}

Statement& MultiRowStatements::forRows(int rows)
{
    std::unique_ptr<Statement>& statement = statements_[static_cast<std::size_t>(rows)];
    if (!statement) {
        std::string row = "(";
        for (int c = 0; c < columns_; ++c)
            row += c ? ", ?" : "?";
        row += ")";
        std::string sql = prefix_ + " VALUES ";
        for (int r = 0; r < rows; ++r)
            sql += (r ? ", " : "") + row;
        statement = std::make_unique<Statement>(db_.prepare(sql));
    }
    return *statement;
}

namespace {
constexpr int kRowsPerStatement = 64;
}

SortedKeyRows::SortedKeyRows(Database& db, std::string insertPrefix, std::size_t maxBufferedRows)
    : statements_(db, std::move(insertPrefix), 3, kRowsPerStatement), maxBuffered_(maxBufferedRows)
{
}

void SortedKeyRows::add(const Row& row)
{
    rows_.push_back(row);
    if (rows_.size() >= maxBuffered_)
        flush();
}

void SortedKeyRows::flush()
{
    std::sort(rows_.begin(), rows_.end());
    for (std::size_t begin = 0; begin < rows_.size(); begin += kRowsPerStatement) {
        const int count = static_cast<int>(std::min<std::size_t>(kRowsPerStatement, rows_.size() - begin));
        Statement& insert = statements_.forRows(count);
        int parameter = 1;
        for (int r = 0; r < count; ++r)
            for (const std::int64_t value : rows_[begin + static_cast<std::size_t>(r)])
                insert.bind(parameter++, value);
        insert.run();
    }
    rows_.clear();
}

} // namespace tracemark
