#!/usr/bin/env bash
# Installs the Debian 12 packages Tracemark needs to build, test and run.
# Idempotent: packages already present are skipped, so a second run costs a dpkg query.
#   packaging/install-deps.sh          # everything (GUI build)
#   packaging/install-deps.sh --no-gui # core + ml + CLI only (no Qt, no Graphviz)
set -euo pipefail

build_tools=(build-essential cmake ninja-build pkg-config ccache git)
core_libs=(libsqlite3-dev sqlite3 libsimdjson-dev zlib1g-dev libeigen3-dev)
# Debian's LibTorch calls whatever libblas.so.3 the alternatives system provides; the reference
# BLAS it falls back to makes training 2.4x slower, so OpenBLAS is installed to take its place.
ml_libs=(libtorch-dev libopenblas0-pthread)
test_libs=(catch2)
gui_libs=(qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools qt6-qpa-plugins libqt6opengl6-dev qt6-translations-l10n libgl-dev libvulkan-dev libxkbcommon-dev
          libgraphviz-dev graphviz fonts-dejavu-core fonts-noto-cjk xvfb xauth)

packages=("${build_tools[@]}" "${core_libs[@]}" "${ml_libs[@]}" "${test_libs[@]}")
if [[ "${1:-}" != "--no-gui" ]]; then
  packages+=("${gui_libs[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
