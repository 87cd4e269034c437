#!/usr/bin/env bash
# Sets up what is missing and runs every check; stops at the first failure.
#   core without tauri · format · clippy (warnings denied) · core and shell tests · typed-bindings staleness ·
#   UI unit tests · UI type check and build · app build for e2e with its .deb · the .deb checked ·
#   e2e suite under Xvfb
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1;32m==> %s\033[0m\n' "$*"; }

step "core has no tauri dependency"
core_deps=$(cargo tree --locked -p wenming-core -e normal,build --prefix none)
if grep -E '^tauri([- ])' <<<"$core_deps"; then
  echo "wenming-core depends on tauri (above): rules stay in core; tauri belongs to src-tauri only." >&2
  exit 1
fi

step "rustfmt"
cargo fmt --all -- --check

step "clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "core and shell tests"
bindings=$(mktemp -d)
trap 'rm -rf "$bindings"' EXIT
TS_RS_EXPORT_DIR="$bindings" cargo test --locked -p wenming-core -p wenming

step "typed bindings are up to date"
if ! diff -r "$bindings" ui/src/bindings; then
  echo "ui/src/bindings is stale: run 'cargo test -p wenming-core' and commit ui/src/bindings." >&2
  exit 1
fi

step "UI unit tests"
npm --prefix ui test

step "UI type check and build"
npm --prefix ui run build

step "app build for e2e, packaged as a .deb on the way"
# One build serves both: the e2e drives target/debug/wenming, the package proves the bundling.
rm -rf target/debug/bundle/deb
npm run --silent tauri -- build --debug --bundles deb --config '{"build":{"beforeBuildCommand":""}}'

step "the .deb: package name, binary, menu entry, icons, dependencies, dpkg accepts it"
bash scripts/check-deb.sh debug

step "e2e (real window under Xvfb, with a session bus for the single-instance check)"
rm -rf target/e2e-screenshots
# The bus inside the X display, so that what it starts for the app finds the display.
xvfb-run -a -s "-screen 0 1440x900x24" dbus-run-session -- cargo test --locked -p wenming-e2e -- --test-threads=1
echo "Screenshots: target/e2e-screenshots/"
