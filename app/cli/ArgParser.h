#pragma once
// Command-line parsing for one tracemark-cli command: declared flags and options, positional
// arguments, generated --help text. Bad usage throws CliUsageError, which main() turns into
// exit status 2 with a pointer to the command's --help.
#include "core/common/Error.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tracemark::cli {

// Bad usage of a command; helpCommand is what to pass to `tracemark-cli ... --help`.
class CliUsageError : public UsageError {
public:
    CliUsageError(std::string helpCommand, const std::string& message)
        : UsageError(message)
        , helpCommand_(std::move(helpCommand))
    {
    }
    const std::string& helpCommand() const { return helpCommand_; }

private:
    std::string helpCommand_;
};

class ParsedArgs;

class ArgParser {
public:
    // command: as typed after tracemark-cli ("import", "bench simulate").
    ArgParser(std::string command, std::string summary);

    // --name / -s without a value.
    ArgParser& flag(const std::string& name, char shortName, const std::string& help);
    // --name VALUE, --name=VALUE or -s VALUE. An empty defaultValue shows no default in --help.
    ArgParser& option(const std::string& name, char shortName, const std::string& valueName,
        const std::string& help, const std::string& defaultValue = {});
    // Positional arguments: at least minCount, at most maxCount (-1 = any number).
    ArgParser& positionals(const std::string& valueName, const std::string& help, int minCount, int maxCount);
    ArgParser& example(const std::string& commandLine, const std::string& explanation = {});
    ArgParser& note(const std::string& text);

    // Throws CliUsageError on an unknown option, a missing value or a wrong positional count.
    // --help / -h sets helpRequested() and skips the positional count check.
    ParsedArgs parse(const std::vector<std::string>& args) const;
    std::string help() const;
    const std::string& command() const { return command_; }

private:
    struct Option {
        std::string name;
        char shortName = 0;
        bool takesValue = false;
        std::string valueName;
        std::string help;
        std::string defaultValue;
    };
    const Option* findLong(const std::string& name) const;
    const Option* findShort(char shortName) const;

    std::string command_;
    std::string summary_;
    std::vector<Option> options_;
    std::string positionalName_;
    std::string positionalHelp_;
    int minPositionals_ = 0;
    int maxPositionals_ = 0;
    std::vector<std::pair<std::string, std::string>> examples_;
    std::vector<std::string> notes_;
};

class ParsedArgs {
public:
    bool helpRequested() const { return help_; }
    bool has(const std::string& name) const { return values_.count(name) > 0; }
    // The last value given for an option, or its default, or fallback when neither exists.
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    // Every value given for a repeatable option, in order.
    std::vector<std::string> values(const std::string& name) const;
    // Throws CliUsageError naming the option when it was not given.
    std::string required(const std::string& name) const;
    // Integer/number values with range checks; throw CliUsageError on text that is not a number.
    std::int64_t integer(
        const std::string& name, std::int64_t fallback, std::int64_t min, std::int64_t max) const;
    double number(const std::string& name, double fallback, double min, double max) const;
    // The value, which must be one of `allowed`.
    std::string choice(
        const std::string& name, const std::vector<std::string>& allowed, const std::string& fallback) const;
    const std::vector<std::string>& positionals() const { return positionals_; }
    const std::string& command() const { return command_; }

    [[noreturn]] void fail(const std::string& message) const;

private:
    friend class ArgParser;
    std::string command_;
    bool help_ = false;
    std::map<std::string, std::vector<std::string>> values_;
    std::map<std::string, std::string> defaults_;
    std::vector<std::string> positionals_;
};

} // namespace tracemark::cli
