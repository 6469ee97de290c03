/**
 * Version benchmark (ADR 033): the time of N PublishFunctionVersion calls on one function, then of
 * a first list page, GetFunction of versions spread over the ids and deletes of old and new versions with
 * N versions stored. Each call goes through the emulator's synchronous dispatch, in-process.
 * Run: `npm run bench:versions`; env BENCH_N publishes (default 20,000; 100,000 shows the growth).
 */
import { dispatchNow } from '../mocks/core/emulator.ts';
import type { WireRequest, WireResponse } from '../mocks/core/types.ts';
import { createEmulator } from '../mocks/index.ts';

const N = Number(process.env.BENCH_N ?? 20_000);
const BASE = 'http://127.0.0.1:9000/2023-03-30/functions';
const encoder = new TextEncoder();
const emulator = createEmulator({ journalLimit: 100 });

function send(method: string, path: string, body?: unknown): WireResponse {
  const wire: WireRequest = {
    method,
    url: `${BASE}${path}`,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? new Uint8Array() : encoder.encode(JSON.stringify(body)),
  };
  const answer = dispatchNow(emulator, wire) as WireResponse;
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status}`);
  return answer;
}

/** Milliseconds `count` runs of `run` take in all. */
function time(count: number, run: (i: number) => unknown): number {
  const start = performance.now();
  for (let i = 0; i < count; i++) run(i);
  return performance.now() - start;
}

const code = { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' };
send('POST', '', { functionName: 'f', runtime: 'python3.10', handler: 'index.handler', code });
const publish = time(N, () => send('POST', '/f/versions'));
const page = time(1000, () => send('GET', '/f/versions?limit=100'));
const get = time(1000, (i) => send('GET', `/f?qualifier=${1 + ((i * 7919) % N)}`));
const deleteOld = time(100, (i) => send('DELETE', `/f/versions/${i + 1}`));
const deleteNew = time(100, (i) => send('DELETE', `/f/versions/${N - i}`));
const perCall = (ms: number, count: number) => `${((ms / count) * 1000).toFixed(1)} µs/call`;
console.log(`${N} publishes on one function: ${(publish / 1000).toFixed(2)} s (${perCall(publish, N)})`);
console.log(`with ${N} stored: ListFunctionVersions limit=100 ${perCall(page, 1000)}`);
console.log(`with ${N} stored: GetFunction ?qualifier=<id> ${perCall(get, 1000)}`);
console.log(
  `with ${N} stored: DeleteFunctionVersion oldest ${perCall(deleteOld, 100)}, newest ${perCall(deleteNew, 100)}`,
);
