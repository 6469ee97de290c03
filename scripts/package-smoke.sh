#!/usr/bin/env bash
# Package smoke test: build, pack, install the tarball into a fresh ESM project (what a consumer
# gets), then check, in order:
#   1. the official SDK through fc3-testkit/msw and fc3-testkit/nock (scripts/smoke/sdk.mjs);
#   2. no source maps in the package (docs/decisions/019);
#   3. the installed bin: --version (the installed package.json's), fixtures, serve + verify on
#      this Node, again on the oldest Node that `engines` admits (node@X.Y.Z from npm), and its
#      refusal (exit 2, one line) on Node 20 (docs/decisions/018);
#   4. the "serve in the background" recipe of docs/guides/standalone-servers.md, verbatim;
#   5. every TypeScript snippet of the installed README and guides, strict, in the nodenext and
#      bundler module modes (scripts/check-snippets.ts);
#   6. the matcher types against the oldest vitest peerDependencies accepts and the newest of
#      every accepted major;
#   7. `proxy` in front of serve (the suite through it, its bad requests the only findings), the
#      cassette read back through fc3-testkit/proxy, and `replay` of that cassette;
#   8. fc3-testkit/prism without the optional Prism installed: startPrism's error names it.
# Exits non-zero on any failure.
#
# Run through npm so that the project's Node 24 (node_modules/.bin/node) is first on PATH:
#   npm run test:package                  # package.json: "test:package": "bash scripts/package-smoke.sh"
#   npm run test:package -- --no-build    # reuse an existing dist/ (local iteration only)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=1
[[ "${1:-}" == "--no-build" ]] && build=0

major="$(node -p 'process.versions.node.split(".")[0]')"
if (( major < 22 )); then
  echo "package-smoke: Node $(node --version) is too old; run it as 'npm run test:package' (Node 24 from the project)" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/fc3-package-smoke.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
say() { echo "package-smoke: $*"; }
fail() { echo "package-smoke: FAILED: $*" >&2; exit 1; }
say "Node $(node --version), work dir $work"

# Versions of the tools the consumer projects install, from our own devDependencies.
dev() { node -p "require('$repo/package.json').devDependencies['$1']"; }
npm_install() { npm install --prefer-offline --no-audit --no-fund --loglevel=error "$@"; }

cd "$repo"
if (( build )); then
  npm run build
fi
for entry in index msw nock vitest fixtures/index; do
  [[ -f "dist/mocks/$entry.js" ]] || fail "dist/mocks/$entry.js missing (build first)"
done
# npx fc3-testkit inside this repository runs dist/cli/main.js itself, made executable only when
# npx first links it: a later build must keep the mode, or npx says "Permission denied".
[[ -x dist/cli/main.js ]] || fail "dist/cli/main.js is not executable (npm run build sets its mode)"
# --ignore-scripts: dist/ was built above (or kept with --no-build); prepack would build it again.
tarball="$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -n 1)"
say "packed $tarball"

mkdir "$work/app"
cd "$work/app"
cat > package.json <<'JSON'
{ "name": "fc3-testkit-smoke", "version": "0.0.0", "private": true, "type": "module" }
JSON
npm_install "$work/$tarball" msw@3 nock@15 "@alicloud/fc20230330@$(dev @alicloud/fc20230330)" \
  "@alicloud/openapi-core@$(dev @alicloud/openapi-core)" "vitest@$(dev vitest)" \
  "typescript@$(dev typescript)" "@types/node@$(dev @types/node)" "@jest/globals@$(dev jest)" \
  "@vitest/browser-playwright@$(dev @vitest/browser-playwright)"

# 1. The SDK through the adapters.
cp "$repo/scripts/smoke/sdk.mjs" .
node sdk.mjs

# 2. No source maps: their sources would point at .ts files the package does not ship.
package="node_modules/fc3-testkit"
if find "$package/dist" -name '*.map' | grep -q . || grep -rlq 'sourceMappingURL' "$package/dist"; then
  fail "the package ships source maps"
fi
say "no source maps in the package"

# 3. The installed bin: $1 = a directory whose `node` runs it (first on PATH; the bin's shebang is
# `#!/usr/bin/env node`), $2 = a label.
bin="$PWD/node_modules/.bin/fc3-testkit"
check_bin() {
  local node_dir="$1" label="$2" out="serve-$2.out" url pid lines
  local version
  version="$(PATH="$node_dir:$PATH" "$bin" --version)"
  [[ "$version" == "$(node -p "require('./$package/package.json').version")" ]] \
    || fail "$label: --version printed '$version', not the installed package.json's version"
  lines="$(PATH="$node_dir:$PATH" "$bin" fixtures --count 2 --seed 3 | grep -c .)"
  [[ "$lines" == 2 ]] || fail "$label: fixtures printed $lines lines, expected 2"
  PATH="$node_dir:$PATH" "$bin" serve --port 0 --log-level silent > "$out" &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1 100); do grep -q '^listening on ' "$out" && break; sleep 0.1; done
  url="$(sed -n 's/^listening on //p' "$out")"
  [[ -n "$url" ]] || fail "$label: serve did not start"
  local reported
  reported="$(node -e "fetch('$url/__fc3/health').then((r) => r.json()).then((h) => console.log(h.process.node))")"
  [[ "$reported" == "$(PATH="$node_dir:$PATH" node --version)" ]] || fail "$label: serve runs on $reported"
  PATH="$node_dir:$PATH" "$bin" verify --base-url "$url" --reporter json --output "verify-$label.json" > /dev/null
  node -e "const r = JSON.parse(require('fs').readFileSync('verify-$label.json', 'utf8')); if (!(r.totals.passed > 100 && r.totals.failed === 0)) process.exit(1)" \
    || fail "$label: verify report"
  kill "$pid" && wait "$pid" || fail "$label: serve did not stop cleanly"
  say "bin on Node $reported ($label): --version, fixtures, serve, verify OK"
}
# --version reads the installed package.json, not the repository's: given its own version here.
node -e "const f = '$package/package.json', fs = require('fs'), m = JSON.parse(fs.readFileSync(f, 'utf8')); m.version += '-smoke'; fs.writeFileSync(f, JSON.stringify(m, null, 2))"
check_bin "$(dirname "$(command -v node)")" current

oldest="$(node -p "require('$repo/package.json').engines.node.match(/\d+\.\d+\.\d+/)[0]")"
mkdir "$work/node-oldest"
npm_install --prefix "$work/node-oldest" "node@$oldest"
check_bin "$work/node-oldest/node_modules/.bin" "oldest"

# The machine's own Node when it is older than `engines` admits (CI images ship 20), else node@20.
old_node=""
IFS=: read -ra path_dirs <<< "$PATH"
for dir in "${path_dirs[@]}"; do
  [[ "$dir" == *node_modules* || ! -x "$dir/node" ]] && continue
  if (( "$("$dir/node" -p 'process.versions.node.split(".")[0]')" < 22 )); then old_node="$dir/node"; break; fi
done
if [[ -z "$old_node" ]]; then
  mkdir "$work/node-20"
  npm_install --prefix "$work/node-20" node@20
  old_node="$work/node-20/node_modules/.bin/node"
fi
old_version="$("$old_node" -p process.versions.node)"
set +e
PATH="$(dirname "$old_node"):$PATH" "$bin" verify --base-url http://127.0.0.1:1 > refusal.out 2> refusal.err
status=$?
set -e
expected="fc3-testkit: Node $old_version is not supported; it needs Node $(node -p "require('$repo/package.json').engines.node") (package.json engines)"
[[ "$status" == 2 && ! -s refusal.out && "$(cat refusal.err)" == "$expected" ]] \
  || fail "Node $old_version: exit $status, stdout '$(cat refusal.out)', stderr '$(cat refusal.err)'"
say "bin on Node $old_version: refused with exit 2 and one line"

# 4. The documented background recipe, verbatim, with its placeholder line replaced by checks.
guide="$package/docs/guides/standalone-servers.md"
sed -n '/^<!-- recipe: serve in the background/,/^```$/p' "$guide" | sed '1,2d;$d' > recipe.sh
grep -q '^# … your tests, against "$URL" …$' recipe.sh || fail "recipe not found in $guide"
sed -i 's|^# … your tests, against "$URL" …$|recipe_checks|' recipe.sh
recipe_checks() {
  node -e "fetch('$URL/__fc3/health').then((r) => process.exit(r.ok ? 0 : 1))" || fail "recipe: server not answering"
  recipe_pid="$SERVE_PID"
  pids+=("$SERVE_PID")
}
# shellcheck source=/dev/null
source recipe.sh
kill -0 "$recipe_pid" 2>/dev/null && fail "recipe: the server is still running after kill + wait"
node -e "fetch('$URL/__fc3/health').then(() => process.exit(1), () => process.exit(0))" \
  || fail "recipe: the port still answers"
say "the background recipe starts serve, and kill + wait stops it (exit 0, port closed)"

# 5. Every README and guide snippet, as shipped, against the installed package.
node "$repo/scripts/check-snippets.ts" --docs "$package" --out "$PWD/snippets"

# 6. The matcher types, strict, without skipLibCheck: under the oldest vitest peerDependencies
# accepts (X.0.0 of its first major) and the newest of every accepted major.
majors="$(node -p "require('$repo/package.json').peerDependencies.vitest.match(/\d+(?=\.0\.0)/g).join(' ')")"
for vitest_version in "${majors%% *}.0.0" $majors; do
  dir="$work/types-vitest-$vitest_version"
  mkdir "$dir"
  cp "$repo/scripts/smoke/matchers-types.ts" "$dir/"
  (
    cd "$dir"
    echo '{ "name": "fc3-types-smoke", "private": true, "type": "module" }' > package.json
    npm_install --ignore-scripts "$work/$tarball" "vitest@$vitest_version" "typescript@$(dev typescript)" \
      "@types/node@$(dev @types/node)"
    installed="$(node -p "require('vitest/package.json').version")"
    node node_modules/typescript/bin/tsc --noEmit --strict --skipLibCheck false --types node \
      --target ES2022 --module NodeNext --moduleResolution NodeNext matchers-types.ts \
      || fail "matcher types do not compile with vitest $installed"
    say "matcher types compile with vitest $installed"
  )
done

# 7. The installed proxy and replay bins.
wait_listening() {
  for _ in $(seq 1 100); do grep -qs '^listening on ' "$1" && break; sleep 0.1; done
  sed -n 's/^listening on //p' "$1"
}
stop_with() {
  local pid="$1" expected="$2" status=0
  kill -TERM "$pid"
  wait "$pid" || status=$?
  [[ "$status" == "$expected" ]] || fail "$3: exit $status, expected $expected"
}
"$bin" serve --port 0 --log-level silent > serve-proxy.out &
serve_pid=$!
pids+=("$serve_pid")
upstream="$(wait_listening serve-proxy.out)"
[[ -n "$upstream" ]] || fail "proxy: serve did not start"
# --drain-ms: every queued exchange is checked and recorded at the stop, however long that takes.
"$bin" proxy --upstream "$upstream" --port 0 --quiet --record run.ndjson --drain-ms 600000 > proxy.out 2> proxy.err &
proxy_pid=$!
pids+=("$proxy_pid")
proxied="$(wait_listening proxy.out)"
[[ -n "$proxied" ]] || fail "proxy did not start: $(cat proxy.err)"
"$bin" verify --base-url "$proxied" --reporter json --output verify-proxy.json > /dev/null \
  || fail "verify through the proxy"
# The suite's deliberately bad requests are client findings (exit 1); serve conforms.
stop_with "$proxy_pid" 1 "proxy"
grep -q "0 about the server's answers" proxy.err || fail "proxy reported server findings: $(tail -n 20 proxy.err)"
node -e 'import("fc3-testkit/proxy").then(({ readCassette }) => { const n = readCassette("run.ndjson").entries.length; if (n < 100) { console.error(`cassette has ${n} entries`); process.exit(1); } })' \
  || fail "the cassette does not read back"
"$bin" replay run.ndjson --port 0 > replay.out 2> replay.err &
replay_pid=$!
pids+=("$replay_pid")
replayed="$(wait_listening replay.out)"
[[ -n "$replayed" ]] || fail "replay did not start: $(cat replay.err)"
node -e 'fetch(process.argv[1] + "/2023-03-30/functions/unrecorded").then(async (r) => { const b = await r.json(); process.exit(r.status === 400 && b.Code === "PathNotSupported" ? 0 : 1); })' "$replayed" \
  || fail "replay: an unrecorded request is not PathNotSupported"
stop_with "$replay_pid" 1 "replay"
kill "$serve_pid" && wait "$serve_pid" || fail "proxy: serve did not stop cleanly"
say "proxy (suite through it, client findings only, cassette) and replay (PathNotSupported, exit 1) OK"

# 8. fc3-testkit/prism resolves; without the optional @stoplight/prism-cli, startPrism says what to install.
node -e 'import("fc3-testkit/prism").then(({ startPrism }) => startPrism({ port: 0 })).then(() => process.exit(1), (e) => process.exit(e.name === "Fc3TestkitError" && e.message.includes("@stoplight/prism-cli") ? 0 : 1))' \
  || fail "fc3-testkit/prism: startPrism without prism-cli is not an Fc3TestkitError naming it"
say "fc3-testkit/prism OK"
say "OK"
