#include "TextTable.h"

#include <algorithm>
#include <ostream>

namespace tracemark::cli {

void TextTable::column(std::string title, Align align)
{
    titles_.push_back(std::move(title));
    aligns_.push_back(align);
}

void TextTable::row(std::vector<std::string> cells)
{
    cells.resize(titles_.size());
    rows_.push_back(std::move(cells));
}

void TextTable::print(std::ostream& out, std::size_t maxCellWidth) const
{
    // Long cells lose their middle: the start and the end of a call path both say something.
    auto cut = [&](const std::string& s) {
        if (maxCellWidth <= 3 || s.size() <= maxCellWidth)
            return s;
        const std::size_t head = (maxCellWidth - 3) / 2;
        return s.substr(0, head) + "..." + s.substr(s.size() - (maxCellWidth - 3 - head));
    };
    std::vector<std::size_t> widths(titles_.size());
    for (std::size_t c = 0; c < titles_.size(); ++c) {
        widths[c] = titles_[c].size();
        for (const auto& r : rows_)
            widths[c] = std::max(widths[c], cut(r[c]).size());
    }
    auto line = [&](const std::vector<std::string>& cells) {
        std::string text;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string cell = cut(cells[c]);
            const std::string pad(widths[c] - cell.size(), ' ');
            if (c > 0)
                text += "  ";
            text += aligns_[c] == Align::Right ? pad + cell : cell + (c + 1 < cells.size() ? pad : "");
        }
        out << text << "\n";
    };
    line(titles_);
    for (const auto& r : rows_)
        line(r);
}

} // namespace tracemark::cli
