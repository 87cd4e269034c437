#!/usr/bin/env bash
# Sets up what is missing and runs every check; stops at the first failure.
#   core without tauri · format · clippy (warnings denied) · core and shell tests · typed-bindings staleness ·
#   UI unit tests · UI type check and build · app build for e2e · e2e suite under Xvfb
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

step "app build for e2e"
npm run --silent tauri -- build --debug --no-bundle --config '{"build":{"beforeBuildCommand":""}}'

step "e2e (real window under Xvfb)"
rm -rf target/e2e-screenshots
xvfb-run -a -s "-screen 0 1440x900x24" cargo test --locked -p wenming-e2e -- --test-threads=1
echo "Screenshots: target/e2e-screenshots/"
