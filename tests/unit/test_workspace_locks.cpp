// Opening a workspace a second time in a process must not drop the locks the first connection
// holds. POSIX drops every lock a process holds on a file when any descriptor of that file is
// closed; Workspace::open once read the header with its own descriptor, so another process (a
// tracemark-cli job) could then checkpoint and reset the write-ahead log under the window's open
// connections, and the next read failed with "database disk image is malformed".
#include "support/TestSupport.h"

#include "core/store/Workspace.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tracemark;

namespace {

// Whether another process holds a lock on SQLite's shared-lock byte range of `path` (a
// connection in WAL mode keeps one there while it is open). Asked from a child process: F_GETLK
// never reports the asking process's own locks.
bool otherProcessSeesSharedLock(const std::filesystem::path& path)
{
    const pid_t child = fork();
    if (child == 0) {
        const int fd = ::open(path.c_str(), O_RDWR);
        struct flock probe {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 0x40000000 + 2; // SQLite's SHARED_FIRST (PENDING_BYTE + 2)
        probe.l_len = 510;              // SHARED_SIZE
        const bool locked = fd >= 0 && fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        _exit(locked ? 1 : 0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 1;
}

} // namespace

TEST_CASE("opening and closing a second handle keeps the first connection's locks")
{
    test::TempDir dir;
    const auto path = dir.path() / "locks.tmk";
    Workspace::create(path);
    Workspace first = Workspace::open(path);
    first.info(); // a read: the connection now holds its shared lock
    REQUIRE(otherProcessSeesSharedLock(path));
    {
        Workspace second = Workspace::open(path);
        second.info();
    }
    CHECK(otherProcessSeesSharedLock(path));
}
