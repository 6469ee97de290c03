/**
 * Per-request cost of the drop-in adapters against a static handler in the same adapter, same run:
 *   msw:  fc3Handlers(emulator)  vs  http.post(url, () => static JSON)
 *   nock: fc3Nock(emulator)      vs  nock(url).post(path).reply(200, static JSON)
 * Each side sends N fetches of a valid CreateFunction (unique names) in alternating rounds after a
 * warm-up; the table reports µs/request (median of rounds) and the ratio ours / static.
 * Target: ours adds ≤ 20% on top of the adapter's own cost.
 *
 *   npx node bench/adapters.ts [N=3000]
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { createEmulator, type Emulator } from '../mocks/index.ts';
import { fc3Handlers } from '../mocks/msw.ts';

const N = Number(process.argv[2] ?? 3000);
const ROUNDS = 10;
const WARM_UP = 300;
const OURS = 'http://127.0.0.1:9000';
const STATIC = 'http://127.0.0.1:9100';
const PATH = '/2023-03-30/functions';
const ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';

// A full collection before each round keeps one side's garbage from being billed to the other.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let counter = 0;
const body = (): string =>
  JSON.stringify({
    functionName: `bench-${counter++}`,
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: ZIP },
  });

async function send(origin: string): Promise<void> {
  const res = await fetch(`${origin}${PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(),
  });
  if (res.status !== 200) throw new Error(`unexpected status ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}

/** µs per request for `count` sequential requests. */
async function timeRequests(origin: string, count: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await send(origin);
  return Number(process.hrtime.bigint() - start) / 1000 / count;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface Side {
  origin: string;
  /** Installs this side's handler/interceptor only. */
  activate(): void;
}

/** Alternating rounds of both sides (ABBA order, so heap growth hits both alike); median µs/request. */
async function compare(ours: Side, fixed: Side): Promise<{ ours: number; fixed: number }> {
  for (const side of [ours, fixed]) {
    side.activate();
    await timeRequests(side.origin, WARM_UP);
  }
  const samples = { ours: [] as number[], fixed: [] as number[] };
  const perRound = Math.ceil(N / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    const order = [
      ['ours', ours],
      ['fixed', fixed],
    ] as const;
    for (const [name, side] of round % 2 === 0 ? order : [...order].reverse()) {
      side.activate();
      collectGarbage();
      samples[name].push(await timeRequests(side.origin, perRound));
    }
  }
  return { ours: median(samples.ours), fixed: median(samples.fixed) };
}

/** A Function body as the emulator answers it, so both sides send the same bytes back. */
async function staticAnswer(): Promise<{ text: string; headers: Record<string, string> }> {
  const emulator = createEmulator();
  const res = await emulator.handle(new Request(`${OURS}${PATH}`, { method: 'POST', body: body() }));
  return { text: await res.text(), headers: Object.fromEntries(res.headers) };
}

async function benchMsw(emulator: Emulator): Promise<{ ours: number; fixed: number }> {
  const answer = await staticAnswer();
  const ours = fc3Handlers(emulator, { baseUrl: OURS });
  const fixed = http.post(
    `${STATIC}${PATH}`,
    () => new HttpResponse(answer.text, { headers: answer.headers }),
  );
  const server = setupServer();
  server.listen({ onUnhandledFrame: 'error' });
  try {
    return await compare(
      { origin: OURS, activate: () => server.resetHandlers(...ours) },
      { origin: STATIC, activate: () => server.resetHandlers(fixed) },
    );
  } finally {
    server.close();
  }
}

async function benchNock(emulator: Emulator): Promise<{ ours: number; fixed: number }> {
  // Imported only now: nock patches fetch on import, which msw 3 would refuse.
  const { default: nock } = await import('nock');
  const { fc3Nock } = await import('../mocks/nock.ts');
  const answer = await staticAnswer();
  nock.disableNetConnect();
  let handle: { restore(): void } | undefined;
  const reset = (): void => {
    handle?.restore();
    handle = undefined;
    nock.cleanAll();
  };
  const ours: Side = {
    origin: OURS,
    activate: () => {
      reset();
      handle = fc3Nock(emulator, { baseUrl: OURS });
    },
  };
  const fixed: Side = {
    origin: STATIC,
    activate: () => {
      reset();
      nock(STATIC).persist().post(PATH).reply(200, answer.text, answer.headers);
    },
  };
  try {
    return await compare(ours, fixed);
  } finally {
    reset();
    nock.restore();
  }
}

/** The emulator alone (no interception): what our part costs by itself. */
async function benchCore(emulator: Emulator): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const res = await emulator.handle(new Request(`${OURS}${PATH}`, { method: 'POST', body: body() }));
    await res.arrayBuffer();
  }
  return Number(process.hrtime.bigint() - start) / 1000 / N;
}

function row(name: string, result: { ours: number; fixed: number }): string[] {
  const ratio = result.ours / result.fixed;
  const verdict = ratio <= 1.2 ? 'ok (≤ 1.20)' : 'over target';
  return [
    name,
    result.fixed.toFixed(1),
    result.ours.toFixed(1),
    `+${(result.ours - result.fixed).toFixed(1)}`,
    ratio.toFixed(2),
    verdict,
  ];
}

function printTable(rows: string[][]): void {
  const header = ['adapter', 'static µs/req', 'fc3 µs/req', 'added µs', 'fc3/static', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}

async function main(): Promise<void> {
  // A large journal limit would only measure journal growth; the default (1000) is what tests get.
  const fresh = (): Emulator => createEmulator({ seed: 1 });
  const core = await benchCore(fresh());
  const msw = await benchMsw(fresh());
  const nockResult = await benchNock(fresh());
  console.log(
    `fc3-testkit adapter benchmark — N=${N} per side (${ROUNDS} alternating rounds, ${WARM_UP} warm-up), Node ${process.version}`,
  );
  console.log(`emulator alone (emulator.handle, no interception): ${core.toFixed(1)} µs/req\n`);
  printTable([row('msw', msw), row('nock', nockResult)]);
}

await main();
