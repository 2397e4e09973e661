#!/usr/bin/env bash
# Renders each page of the demo workspace to PNG files, for looking at the GUI as a user would:
#   xvfb-run -a tests/gui/screenshots.sh OUTDIR
# OUTDIR gets main-window.png (the trace browser), anomaly-labeling.png, root-cause.png,
# import-wizard.png and import-preview.png. The demo workspace (make demo) is copied first and
# prepared the way an operator would: 20 representatives selected on stv vectors and judged (by
# the simulator's ground truth, standing in for the operator), the labels propagated, fault
# periods detected.
# Variables: BUILD_DIR (default build), DEMO (default workspaces/demo.tmk), IMPORT_INPUT (a trace
# file the import wizard previews; default a Jaeger file of ../shared/datasets, else a small
# Jaeger export of the demo), SIZE (default 1600x1000).
set -euo pipefail

out=${1:?usage: tests/gui/screenshots.sh OUTDIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build}
cli=$build/app/tracemark-cli
gui=$build/app/tracemark
demo=${DEMO:-$root/workspaces/demo.tmk}
size=${SIZE:-1600x1000}

for program in "$cli" "$gui"; do
  [ -x "$program" ] || { echo "screenshots.sh: $program is missing; run 'make build' first" >&2; exit 1; }
done
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "screenshots.sh: no display; run it as: xvfb-run -a $0 $out" >&2
  exit 1
fi
[ -f "$demo" ] || make -C "$root" demo

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws=$work/demo.tmk
cp "$demo" "$ws"
[ -f "$demo-wal" ] && cp "$demo-wal" "$ws-wal"

echo "preparing a copy of the demo workspace (select, judge, propagate, detect periods)"
"$cli" select -w "$ws" --k 20 --vectors stv > /dev/null
"$cli" label -w "$ws" --representatives-from-truth --author screenshots > /dev/null
"$cli" propagate -w "$ws" > /dev/null
"$cli" periods -w "$ws" > /dev/null

input=${IMPORT_INPUT:-}
if [ -z "$input" ]; then
  input=$(grep -rl '"traceID"' "$root/../shared/datasets/trace-formats" --include='*.json' 2>/dev/null | head -1 || true)
fi
if [ -z "$input" ]; then
  small=$work/small.tmk
  "$cli" simulate --traces 50 --faults 1 -o "$small" > /dev/null
  "$cli" export -w "$small" --format jaeger -o "$work/sample-jaeger.json" > /dev/null
  input=$work/sample-jaeger.json
fi

shot() {
  local file=$1
  shift
  "$gui" --size "$size" --screenshot "$out/$file" "$@"
}
shot main-window.png --page traces "$ws"
shot anomaly-labeling.png --page labeling "$ws"
shot root-cause.png --page rootcause "$ws"
shot import-wizard.png --page import "$ws"
shot import-preview.png --page import --import-input "$input" "$ws"
echo "screenshots in $out"
