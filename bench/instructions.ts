/**
 * Instructions per request, counted by Valgrind's callgrind: the core benchmark's rows
 * (bench/core.ts) as instruction counts, which do not depend on the shared machine's load. Run:
 * `npm run bench:instructions` (needs `valgrind` and `callgrind_control` on the PATH).
 *
 * Each row runs in one fresh process under callgrind started with its instrumentation off
 * (`--instr-atstart=no`): set-up and WARM warm-up requests run at Valgrind's uninstrumented speed
 * and are not counted. The child then says "ready" on stdout and blocks reading stdin; the parent
 * switches the instrumentation on and zeroes the counters (`callgrind_control --instr=on`,
 * `--zero`), the child answers COUNT requests, says "done" and blocks again, and the parent dumps
 * the counters (`callgrind_control --dump`). That dump ÷ COUNT is the row's instructions per
 * request; no second process, no difference of two totals. The long warm-up leaves V8's compilers
 * under 1% of a row's count (with 5,000 they took 17–27%); the window counts the collections its
 * own requests cause, printed per row (full collections and scavenges, read from the dump's call
 * counts), so a row and its baseline pay for their own garbage alike.
 * V8 runs with `--single-threaded` (no concurrent compiler or GC threads, whose timing would move
 * the counts) and `--predictable-gc-schedule` (a heap grown on a fixed schedule, not on the
 * allocation rate per wall-clock millisecond, which the machine's load moves): a row's process
 * then does nearly the same work whatever the load: runs of one build agree within about 2% (at
 * most 2.3% over four runs of the core rows; incremental marking still advances in steps of
 * wall-clock time, so the split of a full collection between its steps and its pause, and the
 * write barriers meanwhile, move a little).
 *
 * Rows: the two core targets, each with its baseline (handle() of a valid create against a Fetch
 * handler that parses the body and serialises it back; handle() of a GetFunction against one that
 * reads the same Request's URL and serialises a stored body), and the same two requests at wire
 * level through the synchronous dispatch `serve` uses (create, and GetFunction of 1,000 stored).
 *
 * Env: BENCH_COUNT measured requests per row (default 10,000), BENCH_WARM warm-up requests
 * (default 50,000; its bodies are made as it goes), BENCH_ROWS a comma list of rows to run
 * (default all), BENCH_KEEP=1 keeps the callgrind output files (their paths are printed:
 * `callgrind_annotate FILE.out.1` shows where the window's instructions went).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
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
const WARM = Number(process.env.BENCH_WARM ?? 50_000);
const WARM_FROM = 1_000_000_000;
const NODE_FLAGS = ['--single-threaded', '--predictable-gc-schedule'];
// Bodies made before any request, in every process alike, as bench/core.ts does.
// The warm-up's bodies are made as it goes and left to die, so that a long warm-up adds nothing to
// the live heap the window's collections walk.
const bodies = Array.from({ length: COUNT }, (_, i) => body(`bench-${i}`));
const bodyOf = (i: number): string =>
  i >= WARM_FROM ? body(`warm-${i - WARM_FROM}`) : (bodies[i] as string);

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
  // One process under callgrind, its instrumentation off: set-up and warm-up (names of its own),
  // run at Valgrind's uninstrumented speed and counted by no one. Then it says "ready" and waits
  // on its stdin while the parent switches the instrumentation on; answers the window's requests;
  // says "done" and waits again while the parent dumps the counts; exits when stdin closes.
  const row = rows[process.argv[3] as string] as Row;
  const fromParent = Buffer.alloc(16);
  const say = (what: string): void => {
    writeSync(1, `${what}\n`);
    readSync(0, fromParent);
  };
  await row.setUp?.();
  // Warm-up creates use indices no measured request uses (a second create of a name is a 409).
  for (let i = 0; i < WARM; i++) await row.run(WARM_FROM + i);
  say('ready');
  for (let i = 0; i < COUNT; i++) await row.run(i);
  say('done');
} else {
  const chosen = process.env.BENCH_ROWS?.split(',') ?? Object.keys(rows);
  const dir = mkdtempSync(join(tmpdir(), 'fc3-instructions-'));
  const control = (pid: number, ...args: string[]): void => {
    execFileSync('callgrind_control', [...args, String(pid)], { stdio: 'ignore' });
  };
  /** Calls in a callgrind dump to the function whose name ends with `suffix` (names are compressed). */
  const callsTo = (dump: string, suffix: string): number => {
    const ids = new Set<string>();
    let calls = 0;
    let callee: string | undefined;
    for (const line of dump.split('\n')) {
      const named = /^c?fn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (named) {
        if (named[2]?.endsWith(suffix)) ids.add(named[1] as string);
        callee = line.startsWith('cfn=') ? named[1] : undefined;
      } else if (line.startsWith('calls=') && callee !== undefined) {
        if (ids.has(callee)) calls += Number(line.slice(6).split(' ')[0]);
        callee = undefined;
      }
    }
    return calls;
  };
  type Window = { total: number; fullGCs: number; scavenges: number };
  /** One row's window: one process, counted only between "ready" and "done". */
  const measure = (name: string): Promise<Window> =>
    new Promise((resolve, reject) => {
      const out = join(dir, `${name}.out`);
      const child = spawn(
        'valgrind',
        [
          '--tool=callgrind',
          '--instr-atstart=no',
          `--callgrind-out-file=${out}`,
          process.execPath,
          ...NODE_FLAGS,
          import.meta.filename,
          '--child',
          name,
        ],
        { stdio: ['pipe', 'pipe', 'pipe'], env: process.env },
      );
      let stderr = '';
      let said = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      child.stdout.on('data', (chunk: Buffer) => {
        said += chunk;
        const pid = child.pid as number;
        try {
          if (said.includes('ready\n')) {
            said = said.replace('ready\n', '');
            control(pid, '--instr=on');
            control(pid, '--zero');
            child.stdin.write('go\n');
          } else if (said.includes('done\n')) {
            said = said.replace('done\n', '');
            control(pid, '--dump=window');
            child.stdin.end();
          }
        } catch (error) {
          child.kill();
          reject(error as Error);
        }
      });
      child.on('error', reject);
      child.on('close', (status) => {
        if (status !== 0) return reject(new Error(`bench/instructions.ts: row ${name} failed:\n${stderr}`));
        const file = readdirSync(dir).find((entry) => entry.startsWith(`${name}.out.`));
        const dump = file === undefined ? '' : readFileSync(join(dir, file), 'utf8');
        const totals = /^(?:summary|totals): (\d+)/m.exec(dump);
        if (!totals)
          return reject(
            new Error(
              `bench/instructions.ts: no window dump for row ${name} in ${dir} (BENCH_KEEP=1 keeps it)`,
            ),
          );
        resolve({
          total: Number(totals[1]),
          fullGCs: callsTo(dump, 'MarkCompactCollector::CollectGarbage()'),
          scavenges: callsTo(dump, 'ScavengerCollector::CollectGarbage()'),
        });
      });
    });
  console.log(
    `fc3-testkit instructions per request (callgrind), ${COUNT.toLocaleString('en')} measured after ${WARM.toLocaleString('en')} warm, Node ${process.version}\n`,
  );
  // Removed on failure too (a failed row left a fc3-instructions-* folder in the temp dir).
  try {
    const perRequest: Record<string, number> = {};
    for (const name of chosen) {
      const row = rows[name];
      if (!row)
        throw new Error(`bench/instructions.ts: no row ${name}; rows: ${Object.keys(rows).join(', ')}`);
      const started = performance.now();
      const window = await measure(name);
      perRequest[name] = window.total / COUNT;
      const seconds = Math.round((performance.now() - started) / 1000);
      console.log(
        `${row.label.padEnd(46)} ${Math.round(perRequest[name]).toLocaleString('en').padStart(10)} instructions` +
          `  (full GCs ${window.fullGCs}, scavenges ${window.scavenges}; ${seconds} s)`,
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
  } finally {
    if (process.env.BENCH_KEEP === '1') console.log(`\ncallgrind output kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
