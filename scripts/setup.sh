#!/usr/bin/env bash
# Installs whatever is missing to build, run and test 文明创建工作台 on Debian 12:
# system packages (WebKitGTK, Xvfb, WebKitWebDriver, a CJK font, ImageMagick), Node packages and
# tauri-driver. Safe to run again: it only installs what is not there yet.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1;34m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev curl file
          xvfb xauth x11-utils dbus-daemon webkit2gtk-driver imagemagick fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing system packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
  say "Installing the Rust toolchain (rustup)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
  export PATH="$HOME/.cargo/bin:$PATH"
fi

node_ok() { command -v node >/dev/null && node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; }
if ! node_ok; then
  say "Installing Node.js from Debian"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm || true
  node_ok || { echo "需要 Node.js 20.19 或更新版本（Debian 12 自带的版本过旧），请先安装后重试。" >&2; exit 1; }
fi

npm_install() { # $1: folder with package-lock.json
  if [ ! -f "$1/node_modules/.package-lock.json" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
    say "Installing npm packages in $1"
    npm ci --prefix "$1" --no-audit --no-fund --loglevel=error
  fi
}
npm_install .
npm_install ui

if ! command -v tauri-driver >/dev/null; then
  say "Installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked
fi
