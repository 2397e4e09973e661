#include "core/rca/SbflFormula.h"

#include "core/common/Error.h"

#include <cmath>
#include <string>

namespace tracemark {

namespace {

void requireNonNegative(const char* name, std::int64_t value)
{
    if (value < 0)
        throw UsageError(std::string("SBFL count ") + name + " must not be negative, got " + std::to_string(value));
}

// 0 / 0 (and anything over 0) is 0: a formula with nothing to measure gives no suspicion.
double ratioOrZero(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : 0.0;
}

} // namespace

double sbflScore(SbflFormula formula, const SbflCounts& counts)
{
    requireNonNegative("ef", counts.ef);
    requireNonNegative("ep", counts.ep);
    requireNonNegative("nf", counts.nf);
    requireNonNegative("np", counts.np);
    if (counts.ef == 0)
        return 0.0;
    // Doubles from here on: products of large counts would overflow 64-bit integers.
    const double ef = static_cast<double>(counts.ef);
    const double ep = static_cast<double>(counts.ep);
    const double nf = static_cast<double>(counts.nf);
    const double np = static_cast<double>(counts.np);
    switch (formula) {
    case SbflFormula::Ochiai:
        return ef / std::sqrt((ef + ep) * (ef + nf));
    case SbflFormula::Tarantula: {
        const double failedShare = ef / (ef + nf);
        const double passedShare = ratioOrZero(ep, ep + np);
        return failedShare / (failedShare + passedShare);
    }
    case SbflFormula::DStar:
        // A perfect suspect (no passing trace through it, no failing trace without it) would
        // divide by 0; half a trace keeps it first and finite.
        return ef * ef / (ep + nf > 0 ? ep + nf : 0.5);
    case SbflFormula::Jaccard:
        return ef / (ef + nf + ep);
    }
    throw UsageError("unknown SBFL formula " + std::to_string(static_cast<int>(formula)));
}

std::string_view toString(SbflFormula formula)
{
    switch (formula) {
    case SbflFormula::Ochiai:
        return "ochiai";
    case SbflFormula::Tarantula:
        return "tarantula";
    case SbflFormula::DStar:
        return "dstar";
    case SbflFormula::Jaccard:
        return "jaccard";
    }
    throw UsageError("unknown SBFL formula " + std::to_string(static_cast<int>(formula)));
}

std::optional<SbflFormula> parseSbflFormula(std::string_view name)
{
    for (const SbflFormula formula : {SbflFormula::Ochiai, SbflFormula::Tarantula, SbflFormula::DStar, SbflFormula::Jaccard})
        if (toString(formula) == name)
            return formula;
    return std::nullopt;
}

} // namespace tracemark
