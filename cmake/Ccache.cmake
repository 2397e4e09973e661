# Use ccache when present: rebuilds after a branch switch or a clean build dir cost seconds.
find_program(TRACEMARK_CCACHE ccache)
if(TRACEMARK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${TRACEMARK_CCACHE}")
  message(STATUS "Using ccache: ${TRACEMARK_CCACHE}")
endif()
