#!/usr/bin/env bash
# Sets up what is missing, builds the app (release) and starts it on the default database in the
# user's data folder (~/.local/share/wenming/wenming.db; set WENMING_DB to use another file).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
npm run --silent tauri -- build --no-bundle
exec target/release/wenming "$@"
