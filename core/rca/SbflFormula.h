#pragma once
// Spectrum-based fault localisation scores of one service in one fault period. Counts over the
// period's labelled traces: ef / ep = abnormal / normal traces that pass through the service,
// nf / np = abnormal / normal traces that do not.
//   Ochiai     ef / sqrt((ef + ep) (ef + nf))
//   Tarantula  (ef / (ef + nf)) / (ef / (ef + nf) + ep / (ep + np))
//   DStar(2)   ef^2 / (ep + nf)   (ep + nf = 0 with ef > 0: ef^2 / 0.5, so a perfect suspect
//                                  ranks first without an infinity)
//   Jaccard    ef / (ef + nf + ep)
// Every formula gives 0 when ef = 0 and where it would divide 0 by 0.
#include <cstdint>
#include <optional>
#include <string_view>

namespace tracemark {

struct SbflCounts {
    std::int64_t ef = 0;
    std::int64_t ep = 0;
    std::int64_t nf = 0;
    std::int64_t np = 0;
};

enum class SbflFormula { Ochiai, Tarantula, DStar, Jaccard };

// UsageError for a negative count.
double sbflScore(SbflFormula formula, const SbflCounts& counts);

std::string_view toString(SbflFormula formula); // "ochiai", "tarantula", "dstar", "jaccard"
std::optional<SbflFormula> parseSbflFormula(std::string_view name); // exact lower-case names; nullopt otherwise

} // namespace tracemark
