#include "ArgParser.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace tracemark::cli {

namespace {

constexpr std::size_t kHelpWidth = 100;

// Word-wraps text that starts at column `indent`; continuation lines are indented to it.
std::string wrap(const std::string& text, std::size_t indent, std::size_t width)
{
    const std::size_t room = width > indent + 20 ? width - indent : 20;
    std::string out;
    std::size_t column = 0;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        if (column > 0 && column + 1 + word.size() > room) {
            out += "\n" + std::string(indent, ' ');
            column = 0;
        } else if (column > 0) {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

} // namespace

ArgParser::ArgParser(std::string command, std::string summary)
    : command_(std::move(command))
    , summary_(std::move(summary))
{
}

ArgParser& ArgParser::flag(const std::string& name, char shortName, const std::string& help)
{
    options_.push_back({ name, shortName, false, {}, help, {} });
    return *this;
}

ArgParser& ArgParser::option(const std::string& name, char shortName, const std::string& valueName,
    const std::string& help, const std::string& defaultValue)
{
    options_.push_back({ name, shortName, true, valueName, help, defaultValue });
    return *this;
}

ArgParser& ArgParser::positionals(
    const std::string& valueName, const std::string& help, int minCount, int maxCount)
{
    positionalName_ = valueName;
    positionalHelp_ = help;
    minPositionals_ = minCount;
    maxPositionals_ = maxCount;
    return *this;
}

ArgParser& ArgParser::example(const std::string& commandLine, const std::string& explanation)
{
    examples_.emplace_back(commandLine, explanation);
    return *this;
}

ArgParser& ArgParser::note(const std::string& text)
{
    notes_.push_back(text);
    return *this;
}

const ArgParser::Option* ArgParser::findLong(const std::string& name) const
{
    for (const auto& o : options_)
        if (o.name == name)
            return &o;
    return nullptr;
}

const ArgParser::Option* ArgParser::findShort(char shortName) const
{
    for (const auto& o : options_)
        if (o.shortName != 0 && o.shortName == shortName)
            return &o;
    return nullptr;
}

ParsedArgs ArgParser::parse(const std::vector<std::string>& args) const
{
    ParsedArgs parsed;
    parsed.command_ = command_;
    for (const auto& o : options_)
        if (o.takesValue && !o.defaultValue.empty())
            parsed.defaults_[o.name] = o.defaultValue;

    bool onlyPositionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (onlyPositionals || arg == "-" || arg.empty() || arg[0] != '-') {
            parsed.positionals_.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyPositionals = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            parsed.help_ = true;
            continue;
        }
        const Option* option = nullptr;
        std::optional<std::string> inlineValue;
        std::string spelled;
        if (arg.compare(0, 2, "--") == 0) {
            const auto eq = arg.find('=');
            const std::string name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
            if (eq != std::string::npos)
                inlineValue = arg.substr(eq + 1);
            option = findLong(name);
            spelled = "--" + name;
        } else {
            if (arg.size() > 2)
                inlineValue = arg.substr(2); // -ofile.json
            option = findShort(arg[1]);
            spelled = arg.substr(0, 2);
        }
        if (!option)
            parsed.fail("unknown option '" + spelled + "' for '" + command_ + "'");
        if (!option->takesValue) {
            if (inlineValue)
                parsed.fail("option '" + spelled + "' takes no value");
            parsed.values_[option->name].push_back("true");
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                parsed.fail("option '" + spelled + "' needs a value (" + option->valueName + ")");
            inlineValue = args[++i];
        }
        parsed.values_[option->name].push_back(*inlineValue);
    }

    if (parsed.help_)
        return parsed;
    const int count = static_cast<int>(parsed.positionals_.size());
    if (count < minPositionals_)
        parsed.fail("missing " + positionalName_
            + (minPositionals_ > 1 ? " (at least " + std::to_string(minPositionals_) + ")" : ""));
    if (maxPositionals_ >= 0 && count > maxPositionals_)
        parsed.fail(maxPositionals_ == 0
                ? "unexpected argument '" + parsed.positionals_.front() + "'"
                : "unexpected argument '" + parsed.positionals_[maxPositionals_] + "'");
    return parsed;
}

std::string ArgParser::help() const
{
    std::ostringstream out;
    out << "usage: tracemark-cli " << command_ << " [options]";
    if (!positionalName_.empty())
        out << ' ' << (minPositionals_ == 0 ? "[" : "") << positionalName_
            << (maxPositionals_ != 1 ? "..." : "") << (minPositionals_ == 0 ? "]" : "");
    out << "\n\n" << summary_ << "\n";

    std::vector<std::pair<std::string, std::string>> rows;
    if (!positionalName_.empty())
        rows.emplace_back(positionalName_, positionalHelp_);
    for (const auto& o : options_) {
        std::string left = o.shortName ? std::string("-") + o.shortName + ", --" + o.name : "    --" + o.name;
        if (o.takesValue)
            left += ' ' + o.valueName;
        std::string right = o.help;
        if (!o.defaultValue.empty())
            right += " (default: " + o.defaultValue + ")";
        rows.emplace_back(left, right);
    }
    rows.emplace_back("-h, --help", "show this help and exit");
    std::size_t width = 0;
    for (const auto& [left, right] : rows)
        width = std::max(width, left.size());
    out << "\noptions:\n";
    const std::size_t indent = 2 + width + 3;
    for (const auto& [left, right] : rows)
        out << "  " << left << std::string(width - left.size() + 3, ' ') << wrap(right, indent, kHelpWidth)
            << "\n";
    for (const auto& n : notes_)
        out << "\n" << n << "\n";
    if (!examples_.empty()) {
        out << "\nexample" << (examples_.size() > 1 ? "s" : "") << ":\n";
        for (const auto& [line, explanation] : examples_) {
            out << "  " << line << "\n";
            if (!explanation.empty())
                out << "      " << explanation << "\n";
        }
    }
    return out.str();
}

std::string ParsedArgs::value(const std::string& name, const std::string& fallback) const
{
    if (auto it = values_.find(name); it != values_.end())
        return it->second.back();
    if (auto it = defaults_.find(name); it != defaults_.end())
        return it->second;
    return fallback;
}

std::vector<std::string> ParsedArgs::values(const std::string& name) const
{
    if (auto it = values_.find(name); it != values_.end())
        return it->second;
    return {};
}

std::string ParsedArgs::required(const std::string& name) const
{
    if (!has(name))
        fail("missing required option --" + name);
    return value(name);
}

std::int64_t ParsedArgs::integer(
    const std::string& name, std::int64_t fallback, std::int64_t min, std::int64_t max) const
{
    if (!has(name) && !defaults_.count(name))
        return fallback;
    const std::string text = value(name);
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE)
        fail("--" + name + " expects a whole number, got '" + text + "'");
    if (v < min || v > max)
        fail("--" + name + " must be between " + std::to_string(min) + " and " + std::to_string(max)
            + ", got " + text);
    return v;
}

double ParsedArgs::number(const std::string& name, double fallback, double min, double max) const
{
    if (!has(name) && !defaults_.count(name))
        return fallback;
    const std::string text = value(name);
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v))
        fail("--" + name + " expects a number, got '" + text + "'");
    if (v < min || v > max) {
        std::ostringstream range;
        range << "--" << name << " must be between " << min << " and " << max << ", got " << text;
        fail(range.str());
    }
    return v;
}

std::string ParsedArgs::choice(
    const std::string& name, const std::vector<std::string>& allowed, const std::string& fallback) const
{
    std::string v = value(name, fallback);
    if (std::find(allowed.begin(), allowed.end(), v) != allowed.end())
        return v;
    std::string list;
    for (const auto& a : allowed)
        list += (list.empty() ? "" : ", ") + a;
    fail("unknown --" + name + " '" + v + "' (valid: " + list + ")");
}

void ParsedArgs::fail(const std::string& message) const
{
    throw CliUsageError(command_, message);
}

} // namespace tracemark::cli
