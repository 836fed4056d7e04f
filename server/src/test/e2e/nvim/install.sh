#!/usr/bin/env bash
# Installs Debian's neovim for the headless Neovim end-to-end test (mvn verify -Pe2e) when it
# is missing, as root or with sudo. Safe to run again.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  exit 0
fi
echo "Installing Debian's neovim for the end-to-end test"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends neovim
