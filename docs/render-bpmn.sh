#!/bin/sh
# Renders every model in bpmn/ to target/bpmn-png/<name>.png with bpmn-js in headless Chromium, as a person sees it
# in Cockpit or any BPMN viewer. Needs Node.js 18+ and Chromium (CHROMIUM=/path, default /usr/bin/chromium);
# installs bpmn-js and playwright-core (package-lock.json) into docs/render-bpmn/node_modules on first use (never a browser).
# Fails when bpmn-js reports an import warning (a broken reference or diagram element).
# `docs/render-bpmn.sh --publish` also copies the PNGs to docs/process/ for the README.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tool="$root/docs/render-bpmn"
if [ ! -d "$tool/node_modules/bpmn-js" ] || [ ! -d "$tool/node_modules/playwright-core" ]; then
  (cd "$tool" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
out="$root/target/bpmn-png"
rm -f "$out"/*.png
node "$tool/render.mjs" "$out" "$root"/bpmn/*.bpmn
if [ "${1:-}" = "--publish" ]; then
  mkdir -p "$root/docs/process"
  for png in "$out"/*.png; do
    case "$png" in *.tile.png) ;; *) cp "$png" "$root/docs/process/" ;; esac
  done
fi
