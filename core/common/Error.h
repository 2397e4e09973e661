#pragma once
// Typed exceptions thrown by the engines. Each carries a message a user can act on:
// the CLI prints what() and exits 1, the GUI shows it in a dialog.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace tracemark {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Where in an input file a problem was found. line is 1-based (0 = unknown);
// byteOffset is used for formats without useful lines (minified JSON), -1 = unknown.
struct SourceLocation {
    std::string file;
    std::int64_t line = 0;
    std::int64_t byteOffset = -1;
    std::string toString() const;
};

// Bad input: names the file, line or byte offset, the field and the offending value.
class ParseError : public Error {
public:
    ParseError(SourceLocation where, std::string field, std::string value, const std::string& problem);
    const SourceLocation& where() const { return where_; }
    const std::string& field() const { return field_; }
    const std::string& value() const { return value_; }

private:
    SourceLocation where_;
    std::string field_;
    std::string value_;
};

// A file could not be opened, read or written.
class IoError : public Error {
public:
    using Error::Error;
};

// The workspace file is unusable: not SQLite, corrupt, written by a newer Tracemark, ...
class WorkspaceError : public Error {
public:
    using Error::Error;
};

// The trace data is structurally impossible (e.g. a span that is its own ancestor).
class TraceStructureError : public Error {
public:
    using Error::Error;
};

// The caller asked for something that makes no sense (bad option value, missing argument).
class UsageError : public Error {
public:
    using Error::Error;
};

// Long work stopped because the user asked; whatever was being written was rolled back.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled by the user") {}
};

// Shortens a value for an error message so a 10 MB line does not end up on the terminal.
std::string quoteForMessage(const std::string& value, std::size_t maxLength = 80);

} // namespace tracemark
