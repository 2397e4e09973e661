#pragma once
// The simulator's own pseudo-random generator and samplers. std:: distributions are not
// specified bit for bit and differ between standard libraries, so every draw here is our own
// arithmetic on xoshiro256** output: the same seed gives the same simulation everywhere the
// C math library (log, exp, cos) rounds the same way.
#include <cmath>
#include <cstdint>
#include <string>

namespace tracemark::sim {

// SplitMix64 step: expands one 64-bit seed into well-mixed words (seeding, stream derivation).
inline std::uint64_t splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// An independent seed for sub-stream `index` of stream `stream` (per trace, per fault ...), so
// one part of the simulation can change without shifting the random numbers of another.
inline std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t index = 0)
{
    std::uint64_t state = seed ^ (stream * 0xD1B54A32D192ED03ull);
    splitMix64(state);
    state ^= index * 0x8CB92BA72F3D8DD7ull;
    return splitMix64(state);
}

class Rng {
public:
    explicit Rng(std::uint64_t seed)
    {
        std::uint64_t state = seed;
        for (auto& word : s_)
            word = splitMix64(state);
    }

    // xoshiro256** (Blackman & Vigna).
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform integer in [0, n); n > 0. Multiply-shift: no modulo bias worth noticing for small n.
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
    }
    // Uniform integer in [low, high].
    int between(int low, int high)
    {
        return low + static_cast<int>(below(static_cast<std::uint32_t>(high - low + 1)));
    }
    bool chance(double probability) { return uniform() < probability; }

    // Standard normal by Box-Muller (one value per call keeps the stream simple to reason about).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log is finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double normal(double mean, double stddev) { return mean + stddev * normal(); }
    // Lognormal given its median (exp(mu)) and the sigma of the underlying normal.
    double lognormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4];
};

// Lower-case hex of the low `digits` nibbles of value, appended to out.
inline void appendHex(std::string& out, std::uint64_t value, int digits)
{
    static const char kDigits[] = "0123456789abcdef";
    const std::size_t at = out.size();
    out.resize(at + static_cast<std::size_t>(digits));
    for (int i = digits - 1; i >= 0; --i) {
        out[at + static_cast<std::size_t>(i)] = kDigits[value & 0xF];
        value >>= 4;
    }
}

inline std::string randomTraceId(Rng& rng)
{
    std::string id;
    id.reserve(32);
    appendHex(id, rng.next(), 16);
    appendHex(id, rng.next(), 16);
    return id;
}

inline std::string randomSpanId(Rng& rng)
{
    std::string id;
    id.reserve(16);
    std::uint64_t value = rng.next();
    if (value == 0) // all-zero ids are invalid in W3C trace context
        value = 1;
    appendHex(id, value, 16);
    return id;
}

} // namespace tracemark::sim
