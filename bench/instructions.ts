/**
 * Instructions per request, counted by Valgrind's callgrind: the core benchmark's rows
 * (bench/core.ts) as instruction counts, which do not depend on the shared machine's load. Run:
 * `npm run bench:instructions` (needs `valgrind` on the PATH).
 *
 * Each row runs in two fresh processes under callgrind that do the same set-up and warm-up; one
 * then answers COUNT more requests, the other none. The difference of their totals ÷ COUNT is the
 * row's instructions per request in steady state (start-up, module loading and warm-up cancel).
 * V8 runs with `--single-threaded` (no concurrent compiler or GC threads, whose timing would move
 * the counts) and `--predictable-gc-schedule` (a heap grown on a fixed schedule, not on the
 * allocation rate per wall-clock millisecond, which the machine's load moves) in both processes of
 * every row alike: without the second, two runs of one build differed by up to 38%, with it by 1%.
 *
 * Rows: the two core targets, each with its baseline (handle() of a valid create against a Fetch
 * handler that parses the body and serialises it back; handle() of a GetFunction against one that
 * reads the same Request's URL and serialises a stored body), and the same two requests at wire
 * level through the synchronous dispatch `serve` uses (create, and GetFunction of 1,000 stored).
 *
 * Env: BENCH_COUNT measured requests per row (default 10,000), BENCH_WARM warm-up requests
 * (default 5,000; with 2,000 and 2,000 one compilation or full collection more or less in the
 * measured process moved a row by 60%), BENCH_ROWS a comma list of rows to run (default all), BENCH_KEEP=1 keeps the
 * callgrind output files (their paths are printed: `callgrind_annotate FILE` shows where the
 * instructions of the measured process went).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatchNow } from '../mocks/core/emulator.ts';
import type { WireRequest } from '../mocks/core/types.ts';
import { createEmulator } from '../mocks/index.ts';
import { CORE_URL, coreInput, coreRequest, createBaseline, getBaseline } from './core-input.ts';

const URL_ = CORE_URL;
const STORED = 1000;
const encoder = new TextEncoder();

const body = (name: string): string => JSON.stringify(coreInput(name));
const request = coreRequest;
const wire = (method: string, url: string, text?: string): WireRequest => ({
  method,
  url,
  headers: text === undefined ? {} : { 'content-type': 'application/json' },
  body: text === undefined ? new Uint8Array(0) : encoder.encode(text),
});

type Row = {
  label: string;
  setUp?: () => Promise<void> | void;
  run: (i: number) => Promise<unknown> | unknown;
};

const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const WARM = Number(process.env.BENCH_WARM ?? 5000);
const WARM_FROM = 1_000_000;
// Bodies made before any request, in every process alike, as bench/core.ts does.
const bodies = Array.from({ length: COUNT }, (_, i) => body(`bench-${i}`));
const warmBodies = Array.from({ length: WARM }, (_, i) => body(`warm-${i}`));
const bodyOf = (i: number): string => (i >= WARM_FROM ? warmBodies[i - WARM_FROM] : bodies[i]) as string;

const emulator = createEmulator({ journalLimit: 1000 });
let stored: Record<string, unknown> = {};
const storeNames = async (): Promise<void> => {
  for (let i = 0; i < STORED; i++) await emulator.dispatch(wire('POST', URL_, body(`get-${i}`)));
  stored = JSON.parse(await (await emulator.handle(new Request(`${URL_}/get-0`))).text());
};
const rows: Record<string, Row> = {
  base: {
    label: 'baseline: parse + serialise (Fetch)',
    run: (i) => createBaseline(request(bodyOf(i))),
  },
  valid: {
    label: 'handle(): valid create',
    run: async (i) => (await emulator.handle(request(bodyOf(i)))).text(),
  },
  getBase: {
    label: 'baseline: URL + serialise a body (Fetch GET)',
    setUp: storeNames,
    run: (i) => getBaseline(new Request(`${URL_}/get-${i % STORED}`), stored),
  },
  get: {
    label: 'handle(): GetFunction, 1,000 stored',
    setUp: storeNames,
    run: async (i) => (await emulator.handle(new Request(`${URL_}/get-${i % STORED}`))).text(),
  },
  wireCreate: {
    label: 'dispatch (serve): valid create',
    run: (i) => dispatchNow(emulator, wire('POST', URL_, bodyOf(i))),
  },
  wireGet: {
    label: 'dispatch (serve): GetFunction, 1,000 stored',
    setUp: storeNames,
    run: (i) => dispatchNow(emulator, wire('GET', `${URL_}/get-${i % STORED}`)),
  },
};

if (process.argv[2] === '--child') {
  // One process under callgrind: set-up, warm-up (names of its own), then `count` requests.
  const row = rows[process.argv[3] as string] as Row;
  const count = Number(process.argv[4]);
  await row.setUp?.();
  // Warm-up creates use indices no measured request uses (a second create of a name is a 409).
  for (let i = 0; i < WARM; i++) await row.run(WARM_FROM + i);
  for (let i = 0; i < count; i++) await row.run(i);
} else {
  const chosen = process.env.BENCH_ROWS?.split(',') ?? Object.keys(rows);
  const dir = mkdtempSync(join(tmpdir(), 'fc3-instructions-'));
  const total = (name: string, count: number): number => {
    const out = join(dir, `${name}-${count}.out`);
    const run = spawnSync(
      'valgrind',
      [
        '--tool=callgrind',
        `--callgrind-out-file=${out}`,
        process.execPath,
        '--single-threaded',
        '--predictable-gc-schedule',
        import.meta.filename,
        '--child',
        name,
        String(count),
      ],
      { encoding: 'utf8', env: process.env },
    );
    if (run.status !== 0) throw new Error(`bench/instructions.ts: row ${name} failed:\n${run.stderr}`);
    const summary = /^summary: (\d+)/m.exec(readFileSync(out, 'utf8'));
    if (!summary) throw new Error(`bench/instructions.ts: no summary in ${out}`);
    return Number(summary[1]);
  };
  console.log(
    `fc3-testkit instructions per request (callgrind), ${COUNT.toLocaleString('en')} measured after ${WARM.toLocaleString('en')} warm, Node ${process.version}\n`,
  );
  const perRequest: Record<string, number> = {};
  for (const name of chosen) {
    const row = rows[name];
    if (!row) throw new Error(`bench/instructions.ts: no row ${name}; rows: ${Object.keys(rows).join(', ')}`);
    perRequest[name] = (total(name, COUNT) - total(name, 0)) / COUNT;
    console.log(
      `${row.label.padEnd(46)} ${Math.round(perRequest[name]).toLocaleString('en').padStart(10)} instructions`,
    );
  }
  const ratio = (of: string, to: string, target: string): void => {
    if (perRequest[of] && perRequest[to]) {
      console.log(
        `ratio ${of}/${to}: ${((perRequest[to] as number) / (perRequest[of] as number)).toFixed(2)}× (target ${target})`,
      );
    }
  };
  console.log('');
  ratio('base', 'valid', '≤ 2.5× in time');
  ratio('getBase', 'get', '≤ 1.5× in time');
  if (process.env.BENCH_KEEP === '1') console.log(`\ncallgrind output kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
