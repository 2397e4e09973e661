#pragma once
// Shared by the tracemark-cli tests: running the built executable and reading its flat JSON.
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

namespace cli_test {

namespace fs = std::filesystem;

inline std::string shellQuoted(const fs::path& p)
{
    return "'" + p.string() + "'";
}

// Runs tracemark-cli with the given arguments; stdout and stderr both land in *output.
inline int cli(const std::string& arguments, std::string* output = nullptr)
{
    std::string ignored;
    return tracemark::test::runCommand(
        tracemark::test::cliPath() + " " + arguments, output ? output : &ignored);
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// The JSON the CLI prints is flat enough that a key's value can be read by a string search:
// "key":123 or "key":"text". Fails the test when the key is missing.
inline std::string jsonField(const std::string& json, const std::string& key)
{
    const std::string needle = "\"" + key + "\":";
    const auto at = json.find(needle);
    INFO("looking for " << key << " in " << json);
    REQUIRE(at != std::string::npos);
    std::size_t begin = at + needle.size();
    if (json[begin] == '"') {
        const auto end = json.find('"', begin + 1);
        return json.substr(begin + 1, end - begin - 1);
    }
    std::size_t end = begin;
    while (end < json.size() && json[end] != ',' && json[end] != '}' && json[end] != ']')
        ++end;
    return json.substr(begin, end - begin);
}

inline long long jsonInt(const std::string& json, const std::string& key)
{
    return std::stoll(jsonField(json, key));
}

// `info --json` of a workspace; requires success.
inline std::string infoJson(const fs::path& workspace)
{
    std::string out;
    REQUIRE(cli("info -w " + shellQuoted(workspace) + " --json", &out) == 0);
    return out;
}

// Starts `tracemark-cli ARGUMENTS` in the background, waits until `readyPath` exists (when given;
// at most 20 s), then `delay` more seconds, sends SIGINT and waits for it to end. Returns what it
// printed followed by "exit=<status>".
inline std::string interruptedCli(const tracemark::test::TempDir& dir, const std::string& arguments,
                                  const std::string& delay, const fs::path& readyPath = {})
{
    std::string script = tracemark::test::cliPath() + " " + arguments + " &\npid=$!\n";
    if (!readyPath.empty())
        script += "i=0; while [ ! -e " + shellQuoted(readyPath) + " ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done\n";
    script += "sleep " + delay + "\nkill -INT $pid\nwait $pid\necho \"exit=$?\"\n";
    std::string out;
    REQUIRE(tracemark::test::runCommand("sh " + shellQuoted(dir.write("interrupt.sh", script)), &out) == 0);
    return out;
}

} // namespace cli_test
