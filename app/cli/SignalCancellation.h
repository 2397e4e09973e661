#pragma once
// Ctrl-C (SIGINT) and SIGTERM while long work runs: the first signal sets the Progress cancel
// flag (the engine then throws Cancelled and its transaction rolls back), a second one exits
// at once with status 130. Outside such a scope the default signal behaviour applies.
#include "core/common/Progress.h"

#include <csignal>

namespace tracemark::cli {

class SignalCancellation {
public:
    explicit SignalCancellation(Progress& progress);
    ~SignalCancellation();
    SignalCancellation(const SignalCancellation&) = delete;
    SignalCancellation& operator=(const SignalCancellation&) = delete;

private:
    struct sigaction previousInt_ { };
    struct sigaction previousTerm_ { };
};

} // namespace tracemark::cli
