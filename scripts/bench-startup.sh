#!/usr/bin/env bash
# Start-up and screens of the app beside a bare Tauri v2 + Vue template (perf/template), both debug
# builds with their UI embedded: launches alternate through a fresh tauri-driver each under Xvfb,
# clicks are timed inside the page, memory is read from /proc. Prints a markdown report, also kept in
# target/bench-startup/report.md. What is timed, and how: e2e/benches/startup/; figures:
# docs/PERFORMANCE.md.
#
# Builds first: the app (tauri build --debug --no-bundle, so that the current UI and code are what
# is measured) and, when missing, the template (with the UI's packages). The sample bureau and the
# large unit are generated once into target/bench-startup/.
#   BENCH_ROUNDS=5   rounds; each launches the template, the app on an empty database, the template,
#                    the app on the sample bureau, the template, the app on the large unit
#   BENCH_REUSE=1    measure the app as built, without building it again
#   WENMING_APP=…    measure this build of the app instead (a copy of an earlier target/debug/wenming,
#                    for a before/after comparison in one sitting); nothing is built
#   BENCH_PROBE=1    also print where the time and memory go: each process's memory by mapping, the
#                    launch's page phases with the steps the page marks, and per click its IPC calls, loaded files, router steps,
#                    slow mounts, forced layouts with their callers and long frames
# Takes about 5 minutes with 5 rounds once built. Quiet the machine first: other work slows the
# app and the template alike, but not evenly.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
step() { printf '\n\033[1;32m==> %s\033[0m\n' "$*" >&2; }

for needed in node_modules/.bin/tauri ui/node_modules/.bin/vite; do
  if [ ! -e "$needed" ]; then
    echo "$needed is missing: run scripts/setup.sh (or npm ci and npm --prefix ui ci) first." >&2
    exit 1
  fi
done
for tool in tauri-driver xvfb-run dbus-run-session; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing: run scripts/setup.sh first." >&2
    exit 1
  fi
done

app="${WENMING_APP:-$CARGO_TARGET_DIR/debug/wenming}"
if [ -n "${WENMING_APP:-}" ]; then
  [ -x "$app" ] || { echo "WENMING_APP=$app is not an executable." >&2; exit 1; }
elif [ "${BENCH_REUSE:-}" != 1 ] || [ ! -x "$app" ]; then
  step "the app: debug build with the UI embedded"
  npm run --silent tauri -- build --debug --no-bundle
fi

template="$CARGO_TARGET_DIR/debug/wenming-perf-template"
if [ ! -x "$template" ] || [ ! -f perf/template/dist/index.html ]; then
  step "the bare template: debug build with its UI embedded"
  # The template's few packages (vue, vite, its Vue plugin, @tauri-apps/api) are the UI's.
  [ -e perf/template/node_modules ] || ln -s ../../ui/node_modules perf/template/node_modules
  (cd perf/template && ../../node_modules/.bin/tauri build --debug --no-bundle)
fi

step "the bench: builds the runner, generates the data when missing, launches"
export WENMING_APP="$app" WENMING_TEMPLATE_APP="$template"
# The bus inside the X display, so that what it starts for the app finds the display.
xvfb-run -a -s "-screen 0 1440x900x24" dbus-run-session -- \
  cargo bench --locked --profile dev -p wenming-e2e --bench startup
