#include "ml/gnn/QuietBetaWarnings.h"

#include <c10/util/Exception.h>
#include <mutex>
#include <string>
#include <torch/version.h>

namespace tracemark::ml {
namespace {

bool isBetaNotice(const std::string& message)
{
    return message.find("is in beta and the API may change") != std::string::npos;
}

#if TORCH_VERSION_MAJOR >= 2
// LibTorch 2.x: handlers receive a c10::Warning and live in c10::WarningUtils.
class BetaFilter final : public c10::WarningHandler {
public:
    explicit BetaFilter(c10::WarningHandler* next) : next_(next) {}
    void process(const c10::Warning& warning) override
    {
        if (!isBetaNotice(warning.msg()))
            next_->process(warning);
    }

private:
    c10::WarningHandler* next_;
};

void install()
{
    static BetaFilter filter(c10::WarningUtils::get_warning_handler());
    c10::WarningUtils::set_warning_handler(&filter);
}
#else
class BetaFilter final : public c10::WarningHandler {
public:
    explicit BetaFilter(c10::WarningHandler* next) : next_(next) {}
    void process(const c10::SourceLocation& where, const std::string& message, const bool verbatim) override
    {
        if (!isBetaNotice(message))
            next_->process(where, message, verbatim);
    }

private:
    c10::WarningHandler* next_;
};

void install()
{
    static BetaFilter filter(c10::Warning::get_warning_handler());
    c10::Warning::set_warning_handler(&filter);
}
#endif

} // namespace

void quietBetaWarnings()
{
    static std::once_flag once;
    std::call_once(once, install);
}

} // namespace tracemark::ml
