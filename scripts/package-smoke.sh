#!/usr/bin/env bash
# Package smoke test: build, pack, install the tarball into a fresh ESM project next to msw 3,
# nock 15 and the official SDK, then call the SDK through fc3-testkit/msw and fc3-testkit/nock
# (success + duplicate 409). Exits non-zero on any failure.
#
# Run through npm so that the project's Node 24 (node_modules/.bin/node) is first on PATH:
#   npm run test:package            # package.json: "test:package": "bash scripts/package-smoke.sh"
#   npm run test:package -- --no-build   # reuse an existing dist/ (local iteration only)
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
trap 'rm -rf "$work"' EXIT
echo "package-smoke: Node $(node --version), work dir $work"

cd "$repo"
if (( build )); then
  npm run build
fi
for entry in index msw nock vitest fixtures/index; do
  [[ -f "dist/mocks/$entry.js" ]] || { echo "package-smoke: dist/mocks/$entry.js missing (build first)" >&2; exit 1; }
done
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "package-smoke: packed $tarball"

mkdir "$work/app"
cd "$work/app"
cat > package.json <<'JSON'
{ "name": "fc3-testkit-smoke", "version": "0.0.0", "private": true, "type": "module" }
JSON
npm install --prefer-offline --no-audit --no-fund --loglevel=error \
  "$work/$tarball" msw@3 nock@15 @alicloud/fc20230330@4.7.6 @alicloud/openapi-core@1.0.8

cat > smoke.mjs <<'JS'
import assert from 'node:assert/strict';
import FcDefault, * as fc from '@alicloud/fc20230330';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { createEmulator, Fc3TestkitError } from 'fc3-testkit';
import { buildCreateFunctionInput } from 'fc3-testkit/fixtures';
import { fc3Handlers } from 'fc3-testkit/msw';
import { fc3Matchers } from 'fc3-testkit/vitest';
import { setupServer } from 'msw/node';

const FcClient = FcDefault.default ?? FcDefault;
const client = new FcClient(new $OpenApiUtil.Config({
  accessKeyId: 'testAK', accessKeySecret: 'testSecret', endpoint: '127.0.0.1:9000',
  protocol: 'http', readTimeout: 10000, connectTimeout: 10000,
}));
const input = { functionName: 'smoke', runtime: 'python3.10', handler: 'index.handler',
  code: new fc.InputCodeLocation({ zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }) };
const create = () => client.createFunction(new fc.CreateFunctionRequest({ body: new fc.CreateFunctionInput(input) }));

async function successThenDuplicate(label, emulator) {
  const ok = await create();
  assert.equal(ok.statusCode, 200, `${label}: status`);
  assert.equal(ok.body.functionName, 'smoke', `${label}: body`);
  const error = await create().then(() => undefined, (e) => e);
  assert.ok(error, `${label}: duplicate must fail`);
  assert.equal(error.name, 'ClientError', `${label}: error class`);
  assert.equal(error.code, 'FunctionAlreadyExists', `${label}: error code`);
  assert.equal(error.statusCode, 409, `${label}: error status`);
  assert.equal(emulator.calls().length, 2, `${label}: journal`);
  console.log(`${label}: 200 then 409 FunctionAlreadyExists`);
}

assert.equal(typeof fc3Matchers.toHaveCreatedFunction, 'function');
assert.ok(buildCreateFunctionInput({ seed: 1 }).functionName);
assert.throws(() => fc3Handlers({ baseUrl: 'x' }), Fc3TestkitError);

const signed = createEmulator({ credentials: { testAK: 'testSecret' } });
const server = setupServer(...fc3Handlers(signed, { baseUrl: 'http://127.0.0.1:9000' }));
server.listen({ onUnhandledFrame: 'error' });
await successThenDuplicate('msw 3', signed);
server.close();

// nock patches fetch and http on import, so it is loaded only after msw is done.
const { default: nock } = await import('nock');
const { fc3Nock } = await import('fc3-testkit/nock');
nock.disableNetConnect();
const handle = fc3Nock(undefined, { baseUrl: 'http://127.0.0.1:9000' });
await successThenDuplicate('nock 15', handle.emulator);
handle.assertCalled(2);
handle.restore();
console.log('package-smoke: OK');
JS
node smoke.mjs

# The installed bin: fixtures, then serve + verify (the contract suite against the emulator).
npx --no-install fc3-testkit fixtures --count 2 --seed 3 | node -e 'let n = 0; process.stdin.on("data", (d) => (n += String(d).split("\n").filter(Boolean).length)).on("end", () => { if (n !== 2) process.exit(1); })'
node node_modules/fc3-testkit/dist/cli/main.js serve --port 0 --log-level silent > serve.out &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do grep -q '^listening on ' serve.out && break; sleep 0.1; done
url="$(sed -n 's/^listening on //p' serve.out)"
[[ -n "$url" ]] || { echo "package-smoke: serve did not start" >&2; exit 1; }
npx --no-install fc3-testkit verify --base-url "$url" --reporter json --output verify.json
echo "package-smoke: fc3-testkit verify against the installed serve passed"

# proxy in front of serve: the suite passes through it, its bad requests are the only findings
# (exit 1), the cassette reads back through fc3-testkit/proxy, replay answers what is unrecorded
# with PathNotSupported (exit 1).
node node_modules/fc3-testkit/dist/cli/main.js proxy --upstream "$url" --port 0 --quiet --record run.ndjson > proxy.out 2> proxy.err &
proxy_pid=$!
trap 'kill "$serve_pid" "$proxy_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do grep -qs '^listening on ' proxy.out && break; sleep 0.1; done
purl="$(sed -n 's/^listening on //p' proxy.out)"
[[ -n "$purl" ]] || { echo "package-smoke: proxy did not start" >&2; cat proxy.err >&2; exit 1; }
npx --no-install fc3-testkit verify --base-url "$purl" --reporter json --output verify-proxy.json
kill -TERM "$proxy_pid"
proxy_status=0
wait "$proxy_pid" || proxy_status=$?
[[ "$proxy_status" == 1 ]] || { echo "package-smoke: proxy exit $proxy_status, expected 1" >&2; cat proxy.err >&2; exit 1; }
grep -q "0 about the server's answers" proxy.err || { echo "package-smoke: proxy reported server findings" >&2; cat proxy.err >&2; exit 1; }
node -e 'import("fc3-testkit/proxy").then(({ readCassette }) => { const n = readCassette("run.ndjson").entries.length; if (n < 100) { console.error(`cassette has ${n} entries`); process.exit(1); } })'
node node_modules/fc3-testkit/dist/cli/main.js replay run.ndjson --port 0 > replay.out 2> replay.err &
replay_pid=$!
trap 'kill "$serve_pid" "$replay_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do grep -qs '^listening on ' replay.out && break; sleep 0.1; done
rurl="$(sed -n 's/^listening on //p' replay.out)"
[[ -n "$rurl" ]] || { echo "package-smoke: replay did not start" >&2; cat replay.err >&2; exit 1; }
node -e 'fetch(process.argv[1] + "/2023-03-30/functions/unrecorded").then(async (r) => { const b = await r.json(); if (r.status !== 400 || b.Code !== "PathNotSupported") process.exit(1); })' "$rurl"
kill -TERM "$replay_pid"
replay_status=0
wait "$replay_pid" || replay_status=$?
[[ "$replay_status" == 1 ]] || { echo "package-smoke: replay exit $replay_status, expected 1" >&2; cat replay.err >&2; exit 1; }
echo "package-smoke: fc3-testkit proxy and replay passed"
echo "package-smoke: OK (bin)"
