/**
 * Core benchmark: `emulator.handle()` throughput for valid and invalid creates and for GetFunction,
 * a breakdown per pipeline step, and the ratios against baseline handlers that only parse and
 * serialise JSON through the same Fetch Request/Response objects (a create: parse the body and
 * answer it back; a get: answer a stored Function body). Run: `npm run bench:core`.
 *
 * The rows run in interleaved rounds (each round: every row on its own slice of the names), so a
 * burst of load from elsewhere on the machine hits a baseline and the row judged against it alike;
 * each row prints its median round, each ratio the median of its per-round ratios and their range.
 * Env: BENCH_N requests per row in all (default 40,000), BENCH_ROUNDS rounds (default 5).
 */
import { parseBody } from '../mocks/core/body.ts';
import { runRules } from '../mocks/core/rules/index.ts';
import type { CreateFunctionInput } from '../mocks/core/types.ts';
import { validateInput } from '../mocks/core/validation.ts';
import { createEmulator } from '../mocks/index.ts';
import { CORE_URL, coreInput, coreRequest, createBaseline, getBaseline } from './core-input.ts';

const N = Number(process.env.BENCH_N ?? 40_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));
const PER_ROUND = Math.max(1, Math.floor(N / ROUNDS));
const URL_ = CORE_URL;
const encoder = new TextEncoder();
const input = coreInput;
const bodies = Array.from({ length: PER_ROUND * ROUNDS }, (_, i) => JSON.stringify(input(`bench-${i}`)));
const warmBodies = Array.from({ length: Math.min(2000, N) }, (_, i) => JSON.stringify(input(`warm-${i}`)));
const invalidBody = JSON.stringify({ ...input('bench-invalid'), memorySize: 1000 });

const request = coreRequest;

/** One row: what it does with request number `i` (0 … PER_ROUND × ROUNDS − 1). */
type Row = { label: string; run: (i: number) => Promise<unknown> | unknown };

const handleEmulator = createEmulator({ journalLimit: 1000 });
const emulator = createEmulator({ journalLimit: 1000 });
// GetFunction reads the functions the dispatch row made (this round's slice, made just before).
let stored: Record<string, unknown> = {};
const rows = {
  base: {
    label: 'baseline: parse + serialise (Fetch)',
    run: (i) => createBaseline(request(bodies[i] as string)),
  },
  valid: {
    label: 'handle(): valid create',
    run: async (i) => (await handleEmulator.handle(request(bodies[i] as string))).text(),
  },
  wire: {
    label: 'dispatch(): valid create (wire level)',
    run: (i) =>
      emulator.dispatch({
        method: 'POST',
        url: URL_,
        headers: {},
        body: encoder.encode(bodies[i] as string),
      }),
  },
  invalid: {
    label: 'handle(): invalid create (memorySize)',
    run: async () => (await emulator.handle(request(invalidBody))).text(),
  },
  getBase: {
    label: 'baseline: URL + serialise a body (Fetch GET)',
    run: (i) => getBaseline(new Request(`${URL_}/bench-${i}`), stored),
  },
  get: {
    label: 'handle(): GetFunction',
    run: async (i) => (await emulator.handle(new Request(`${URL_}/bench-${i}`))).text(),
  },
} satisfies Record<string, Row>;
type RowName = keyof typeof rows;

async function timeSlice(row: Row, from: number, count: number): Promise<number> {
  const started = performance.now();
  for (let i = from; i < from + count; i++) await row.run(i);
  return (count / (performance.now() - started)) * 1000;
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const line = (label: string, perSecond: number): string =>
  `${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} /s  ${(1e6 / perSecond).toFixed(2).padStart(7)} µs`;

console.log(
  `fc3-testkit core benchmark, ${(PER_ROUND * ROUNDS).toLocaleString('en')} requests per row in ${ROUNDS} interleaved rounds, Node ${process.version}\n`,
);
// Warm-up on names no round uses (a warm-up on the measured names would turn creates into 409s).
for (const body of warmBodies) {
  await createBaseline(request(body));
  await (await handleEmulator.handle(request(body))).text();
  await emulator.dispatch({ method: 'POST', url: URL_, headers: {}, body: encoder.encode(body) });
}
stored = JSON.parse(await (await emulator.handle(new Request(`${URL_}/warm-0`))).text());
for (let i = 0; i < warmBodies.length; i++)
  await (await emulator.handle(new Request(`${URL_}/warm-${i}`))).text();

const rates = Object.fromEntries(Object.keys(rows).map((name) => [name, [] as number[]])) as Record<
  RowName,
  number[]
>;
for (let round = 0; round < ROUNDS; round++) {
  for (const name of Object.keys(rows) as RowName[]) {
    rates[name].push(await timeSlice(rows[name], round * PER_ROUND, PER_ROUND));
  }
}
// Every create row must have created, and a GetFunction must find what it reads.
const made = warmBodies.length + PER_ROUND * ROUNDS;
const last = await emulator.handle(new Request(`${URL_}/bench-${PER_ROUND * ROUNDS - 1}`));
if (
  handleEmulator.functions().length !== made ||
  emulator.functions().length !== made ||
  last.status !== 200
) {
  throw new Error('bench/core.ts: a create row did not create every function, or GetFunction missed one');
}
for (const name of Object.keys(rows) as RowName[]) console.log(line(rows[name].label, median(rates[name])));

console.log('\nbreakdown per step (valid input):');
async function timeLoop(label: string, fn: (i: number) => unknown): Promise<void> {
  const count = PER_ROUND * ROUNDS;
  for (let i = 0; i < Math.min(2000, count); i++) fn(i);
  const started = performance.now();
  for (let i = 0; i < count; i++) fn(i);
  console.log(line(label, (count / (performance.now() - started)) * 1000));
}
const bytes = bodies.map((b) => encoder.encode(b));
await timeLoop('  parse body (UTF-8 + JSON.parse)', (i) => parseBody(bytes[i] as Uint8Array));
const parsed = bodies.map((b) => JSON.parse(b) as CreateFunctionInput);
await timeLoop('  schema validation', (i) => validateInput(parsed[i]));
await timeLoop('  cross-field rules', (i) =>
  runRules(parsed[i] as CreateFunctionInput, { zipPackage: () => undefined }, {}),
);
await timeLoop('  Fetch Request construction + text()', (i) => request(bodies[i] as string).text());

/** The per-round ratios of a baseline row to a row: their median and range. */
function ratio(of: RowName, to: RowName): string {
  const each = rates[of].map((rate, round) => rate / (rates[to][round] as number));
  const [low, high] = [Math.min(...each), Math.max(...each)];
  return `${median(each).toFixed(2)}× (rounds ${low.toFixed(2)}–${high.toFixed(2)}×)`;
}
console.log(`\nvalid creates: ${Math.round(median(rates.valid)).toLocaleString('en')}/s`);
console.log(
  `ratio baseline/valid create: ${ratio('base', 'valid')} slower than parse-and-serialise (target ≤ 2.5×)`,
);
console.log(`ratio baseline/invalid create: ${ratio('base', 'invalid')}`);
console.log(
  `ratio baseline/GetFunction: ${ratio('getBase', 'get')} slower than parse-and-serialise (target ≤ 1.5×)`,
);
