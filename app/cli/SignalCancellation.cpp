#include "SignalCancellation.h"

#include <atomic>
#include <unistd.h>

namespace tracemark::cli {

namespace {

// Only lock-free atomics are touched from the handler, which keeps it async-signal-safe.
std::atomic<Progress*> activeProgress { nullptr };
std::atomic<bool> signalled { false };
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<Progress*>::is_always_lock_free);

extern "C" void onCancelSignal(int)
{
    if (signalled.exchange(true)) {
        static const char message[] = "\ntracemark-cli: interrupted\n";
        [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, message, sizeof message - 1);
        ::_exit(130);
    }
    if (Progress* progress = activeProgress.load())
        progress->cancel(); // stores to an atomic<bool>
}

} // namespace

SignalCancellation::SignalCancellation(Progress& progress)
{
    signalled.store(false);
    activeProgress.store(&progress);
    struct sigaction action { };
    action.sa_handler = onCancelSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; // let reads and writes in flight finish; the engine polls the flag
    sigaction(SIGINT, &action, &previousInt_);
    sigaction(SIGTERM, &action, &previousTerm_);
}

SignalCancellation::~SignalCancellation()
{
    sigaction(SIGINT, &previousInt_, nullptr);
    sigaction(SIGTERM, &previousTerm_, nullptr);
    activeProgress.store(nullptr);
}

} // namespace tracemark::cli
