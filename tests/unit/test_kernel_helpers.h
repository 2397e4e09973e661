#pragma once
// The dot-product kernels a test should run on this CPU (core/eval/PanelDotKernel.h).
#include "core/eval/PanelDotKernel.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

namespace tracemark::test {

// Every kernel this CPU can run; the ones it cannot are reported as skipped.
inline std::vector<PanelDotKernel> kernelsToTest()
{
    const std::vector<PanelDotKernel> available = availablePanelDotKernels();
    for (const char* name : {"portable", "avx2-fma", "avx512"})
        if (std::none_of(available.begin(), available.end(), [&](const PanelDotKernel& k) { return k.name == name; }))
            WARN("kernel " << name << " skipped: this CPU cannot run it");
    return available;
}

} // namespace tracemark::test
