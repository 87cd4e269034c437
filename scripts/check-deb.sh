#!/usr/bin/env bash
# Checks the .deb that `tauri build --bundles deb` made: a Debian package name dpkg accepts, the
# binary, the menu entry with the Chinese name, the icons, the WebKitGTK 4.1 dependency, and that
# dpkg would install it (dry run). Usage: scripts/check-deb.sh [debug|release]
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-debug}
shopt -s nullglob
debs=(target/"$profile"/bundle/deb/*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "expected one .deb in target/$profile/bundle/deb, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
fail() { echo "$deb: $*" >&2; exit 1; }

[ "$(dpkg-deb -f "$deb" Package)" = wenming ] || fail "Package is '$(dpkg-deb -f "$deb" Package)', not 'wenming'"
depends=$(dpkg-deb -f "$deb" Depends)
grep -q 'libwebkit2gtk-4\.1-0' <<<"$depends" || fail "Depends does not name libwebkit2gtk-4.1-0"
[ "$(tr ',' '\n' <<<"$depends" | sed 's/ //g' | sort | uniq -d)" = "" ] || fail "Depends names a package twice: $depends"

# Entries are listed as `usr/...` or `./usr/...` depending on the tool that packed them.
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./##')
grep -qx 'usr/bin/wenming' <<<"$contents" || fail "no usr/bin/wenming"
grep -qx 'usr/share/applications/wenming.desktop' <<<"$contents" || fail "no menu entry"
grep -Eq '^usr/share/icons/hicolor/[0-9]+x[0-9]+(@2)?/apps/wenming\.png$' <<<"$contents" || fail "no icons"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
desktop="$tmp/usr/share/applications/wenming.desktop"
grep -qx 'Name=文明创建工作台' "$desktop" || fail "the menu entry is not named 文明创建工作台"
grep -qx 'Exec=wenming' "$desktop" || fail "the menu entry does not start wenming"
[ -x "$tmp/usr/bin/wenming" ] || fail "the binary is not executable"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi

dpkg --dry-run -i "$deb" >/dev/null || fail "dpkg refuses to install it"
echo "$deb: package wenming, binary, menu entry 文明创建工作台, icons, depends on WebKitGTK 4.1; dpkg would install it"
