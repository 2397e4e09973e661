// main() for tests on ../shared/datasets: skips the whole executable (exit 77, which CTest
// reports as "Skipped") with a clear message when the datasets are not there.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/TestSupport.h"

#include <iostream>

int main(int argc, char* argv[])
{
    if (!tracemark::test::datasetsDir()) {
        std::cout << "SKIPPED: real datasets not found at " << tracemark::test::datasetsSearchPath()
                  << " (set TRACEMARK_DATASETS to their folder to run these tests)\n";
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
