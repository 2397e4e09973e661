#pragma once
// A plain text table for the terminal: left-aligned text columns, right-aligned numbers.
#include <iosfwd>
#include <string>
#include <vector>

namespace tracemark::cli {

class TextTable {
public:
    enum class Align { Left, Right };
    void column(std::string title, Align align);
    void row(std::vector<std::string> cells);
    // Cells wider than maxCellWidth lose their middle to "..." (0 = no limit).
    void print(std::ostream& out, std::size_t maxCellWidth = 0) const;

private:
    std::vector<std::string> titles_;
    std::vector<Align> aligns_;
    std::vector<std::vector<std::string>> rows_;
};

} // namespace tracemark::cli
