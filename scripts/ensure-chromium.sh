#!/usr/bin/env bash
# Makes sure the Chromium that `npm run test:browser` launches exists: Debian's `chromium` package
# at /usr/bin/chromium, installed from Debian's repositories when absent (needs root, or sudo).
# Playwright's own browser download (`npx playwright install`) is never used: it cannot work here.
# Prints the version, and how long the install took when it had to install.
set -euo pipefail

bin="${FC3_CHROMIUM:-/usr/bin/chromium}"
if [[ -x "$bin" ]]; then
  echo "ensure-chromium: $("$bin" --version 2>/dev/null) at $bin"
  exit 0
fi
if [[ "$bin" != /usr/bin/chromium ]]; then
  echo "ensure-chromium: FC3_CHROMIUM=$bin is not an executable" >&2
  exit 1
fi

as_root=()
if (( EUID != 0 )); then
  command -v sudo >/dev/null || { echo "ensure-chromium: installing chromium needs root or sudo" >&2; exit 1; }
  as_root=(sudo)
fi
start=$SECONDS
"${as_root[@]}" apt-get update -qq
# Without --no-install-recommends the install pulls in a desktop's worth of packages (~7x slower).
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null) in $((SECONDS - start)) s"
