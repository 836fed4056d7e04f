#!/usr/bin/env bash
# Installs what the end-to-end test needs, offline-friendly (see docs in ../README.md):
# Debian packages, a ripgrep cache built from Debian's rg (code-server's post-install would
# otherwise download ripgrep), then code-server and playwright-core into e2e/.work/.
# Safe to run again: every step is skipped when already done.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$here/.work"
code_server_version="4.100.3" # the last line that runs on Node.js 20
playwright_version="1.49.1"
packages=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium unzip)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$archive" ]; then
  mkdir -p "$cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -C "$staging" -czf "$archive" rg
  rm -rf "$staging"
fi

if [ ! -x "$work/node_modules/.bin/code-server" ] || [ ! -d "$work/node_modules/playwright-core" ]; then
  echo "Installing code-server $code_server_version and playwright-core $playwright_version (several minutes)"
  mkdir -p "$work"
  [ -f "$work/package.json" ] || echo '{ "name": "scenecost-e2e-tools", "private": true }' > "$work/package.json"
  (cd "$work" && npm_config_yes=true npm install --no-audit --no-fund --unsafe-perm \
    "code-server@$code_server_version" "playwright-core@$playwright_version")
fi
# npm 11 skips dependencies' install scripts unless package.json's allowScripts approves them:
# code-server's post-install builds its native modules, argon2's builds its own.
if [ ! -f "$work/.install-scripts-done" ]; then
  echo "Running the install scripts of code-server and argon2 (several minutes)"
  (cd "$work" &&
    { npm install-scripts approve code-server argon2 > /dev/null 2>&1 || true; } &&
    npm_config_yes=true npm_config_unsafe_perm=true npm rebuild code-server argon2)
  touch "$work/.install-scripts-done"
fi
echo "End-to-end tools ready in $work"
