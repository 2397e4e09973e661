# The two commands a newcomer needs:
#   make run    install what is missing, build (Release), create the demo workspace, start the GUI
#   make test   install what is missing, build, run every test with ctest
# Other targets: build, demo, bench, asan, format, clean. Variables: BUILD_DIR, BUILD_TYPE, JOBS.

BUILD_DIR  ?= build
BUILD_TYPE ?= Release
JOBS       ?= $(shell nproc)
DEMO       ?= workspaces/demo.tmk
GENERATOR  := $(if $(shell command -v ninja 2>/dev/null),-G Ninja,)
CLI        := $(BUILD_DIR)/app/tracemark-cli
GUI        := $(BUILD_DIR)/app/tracemark

.PHONY: all deps configure build test run demo bench asan format clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/CMakeCache.txt ]; then \
	  cmake -S . -B $(BUILD_DIR) $(GENERATOR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE); \
	fi

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

demo: build
	@if [ ! -f $(DEMO) ]; then \
	  mkdir -p $(dir $(DEMO)) && \
	  $(CLI) simulate --traces 20000 --faults 6 --seed 1 -o $(DEMO); \
	fi

run: demo
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "make run: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the GUI cannot open."; \
	  echo "  - on a desktop, run 'make run' from a graphical session;"; \
	  echo "  - on a server, start it under a virtual display: xvfb-run -a make run"; \
	  echo "  - or work headless with the CLI: $(CLI) info -w $(DEMO)   ($(CLI) --help lists every command)"; \
	  exit 1; \
	fi
	$(GUI) $(DEMO)

bench: build
	$(CLI) bench --help

asan:
	cmake -S . -B build-asan $(GENERATOR) -DCMAKE_BUILD_TYPE=Debug -DTRACEMARK_SANITIZE=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp ctest --output-on-failure -j $(JOBS)

format:
	git ls-files '*.h' '*.cpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) build-asan
