/**
 * Benchmark: `fc3-testkit serve` against Stoplight Prism (static, `-v silent`) and a bare node:http
 * server, in one run, 10 connections, same duration each: CreateFunction with a unique name per
 * request, GetFunction of created names, and a 100-item ListFunctions page with 1,000 and with
 * 100,000 functions stored; RSS after 100,000 creates against the bare server's after the same
 * load. Targets are measured in interleaved rounds (fresh processes each round); the report takes
 * each target's median round, so a burst of load from elsewhere on the machine skews one round,
 * not the ratios.
 *
 * Usage: node bench/server.ts [--rounds N] [--duration S] [--warmup S] [--preload N] [--small N]
 *                             [--idle S] [--startup-runs N]
 */
import { parseArgs } from 'node:util';
import {
  BARE,
  CREATE_PATH,
  type LoadRequest,
  type LoadResult,
  type PrismTargetSpec,
  processStats,
  runLoad,
  SERVE,
  spawnTarget,
  type Target,
  type TargetSpec,
} from './targets.ts';

interface Measured extends LoadResult {
  name: string;
  cpuMicrosPerRequest: number;
  rssMb: number;
  startupMs: number;
  bodyBytes: number;
}

interface Settings {
  rounds: number;
  /** Seconds to wait after the preload before reading RSS again (first round). */
  idle: number;
  duration: number;
  warmup: number;
  /** Functions stored for the memory target and the large list. */
  preload: number;
  /** Functions stored for the small list. */
  small: number;
  startupRuns: number;
}

type Next = (n: number) => LoadRequest;

/** Names the create load gives (`${prefix}${n}`), read back by the GetFunction load. */
const GET_NAMES = 1000;
const getOf =
  (prefix: string): Next =>
  (n) => ({ method: 'GET', path: `${CREATE_PATH}/${prefix}${n % GET_NAMES}` });
/** Ten prefixes of `preload-<n>` names, each matching far more than one page. */
const listOf: Next = (n) => ({
  method: 'GET',
  path: `${CREATE_PATH}?limit=100&prefix=preload-${(n % 9) + 1}`,
});

/** `prism mock -h 127.0.0.1 -p PORT -v silent spec/openapi.yaml`, as startPrism runs it. */
const PRISM: PrismTargetSpec = { name: 'prism (static)', prism: { verbosity: 'silent', output: 'stderr' } };

async function measure(
  target: Target,
  settings: Settings,
  load: { prefix: string; next?: Next; name?: string },
): Promise<Measured> {
  if (settings.warmup > 0) {
    const warm = load.next ?? undefined;
    await runLoad({ url: target.url, prefix: `${load.prefix}warm-`, duration: settings.warmup, next: warm });
  }
  const before = processStats(target.pid);
  const result = await runLoad({
    url: target.url,
    prefix: load.prefix,
    duration: settings.duration,
    next: load.next,
  });
  const after = processStats(target.pid);
  return {
    name: load.name ?? target.name,
    ...result,
    cpuMicrosPerRequest: (after.cpuMicros - before.cpuMicros) / result.requests,
    rssMb: after.rssBytes / 1e6,
    startupMs: target.startupMs,
    bodyBytes: target.bodyBytes,
  };
}

/** Creates `amount` functions named `preload-<n>`; returns RSS right after. */
async function preload(target: Target, amount: number): Promise<number> {
  const load = await runLoad({ url: target.url, prefix: 'preload-', amount });
  if (load.non2xx > 0 || load.errors > 0)
    throw new Error(`preload of ${target.name} failed: ${JSON.stringify(load)}`);
  return processStats(target.pid).rssBytes / 1e6;
}

async function withTarget<T>(
  spec: TargetSpec | PrismTargetSpec,
  run: (target: Target) => Promise<T>,
): Promise<T> {
  const target = await spawnTarget(spec);
  try {
    return await run(target);
  } finally {
    await target.stop();
  }
}

async function medianStartup(spec: TargetSpec, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await withTarget(spec, async (target) => target.startupMs));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** One interleaved round: every target in fresh processes. */
interface Round {
  bare: Measured;
  bareGet: Measured;
  bareRssMb: number;
  serve: Measured;
  serveGet: Measured;
  prism: Measured;
  /** serve with `preload` functions: RSS right after, after `idle` s, creates, the list page. */
  rssMb: number;
  idleRssMb: number | undefined;
  stored: Measured;
  listLarge: Measured;
  listSmall: Measured;
}

async function round(settings: Settings, first: boolean): Promise<Round> {
  const say = (what: string): boolean => process.stderr.write(`  ${what}…\n`);
  say('bare: creates, gets, then its RSS after the preload');
  const [bare, bareGet, bareRssMb] = await withTarget(
    BARE,
    async (t) =>
      [
        await measure(t, settings, { prefix: 'bench-' }),
        await measure(t, settings, { prefix: 'bench-', next: getOf('bench-'), name: 'bare node:http GET' }),
        await preload(t, settings.preload),
      ] as const,
  );
  say('serve: creates, then gets of created names');
  const [serve, serveGet] = await withTarget(
    SERVE,
    async (t) =>
      [
        await measure(t, settings, { prefix: 'bench-' }),
        await measure(
          t,
          { ...settings, warmup: 0 },
          { prefix: 'bench-', next: getOf('bench-'), name: 'serve GetFunction' },
        ),
      ] as const,
  );
  say('prism: creates');
  const prism = await withTarget(PRISM, (t) => measure(t, settings, { prefix: 'bench-' }));
  say(`serve with ${settings.preload} stored: RSS, list page, creates`);
  const large = await withTarget(SERVE, async (t) => {
    const rssMb = await preload(t, settings.preload);
    let idleRssMb: number | undefined;
    if (first) {
      await new Promise((resolve) => setTimeout(resolve, settings.idle * 1000));
      idleRssMb = processStats(t.pid).rssBytes / 1e6;
    }
    const listLarge = await measure(t, settings, {
      prefix: 'x-',
      next: listOf,
      name: `serve ListFunctions, ${settings.preload} stored`,
    });
    const stored = await measure(
      t,
      { ...settings, warmup: 0 },
      { prefix: 'after-preload-', name: `serve, ${settings.preload} stored` },
    );
    return { rssMb, idleRssMb, listLarge, stored };
  });
  say(`serve with ${settings.small} stored: list page`);
  const listSmall = await withTarget(SERVE, async (t) => {
    await preload(t, settings.small);
    return measure(t, settings, {
      prefix: 'x-',
      next: listOf,
      name: `serve ListFunctions, ${settings.small} stored`,
    });
  });
  return { bare, bareGet, bareRssMb, serve, serveGet, prism, ...large, listSmall };
}

/** The round with the median throughput (the upper one of two middles). */
function median(rounds: Measured[]): Measured {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor(sorted.length / 2)] as Measured;
}

const fmt = (value: number, digits = 0): string => value.toFixed(digits);

function row(m: Measured): string {
  const cells = [
    m.name,
    fmt(m.requestsPerSecond),
    fmt(m.p50, 2),
    fmt(m.p99, 2),
    fmt(m.cpuMicrosPerRequest),
    fmt(m.rssMb, 1),
    fmt(m.startupMs),
    String(m.bodyBytes),
    `${m.non2xx}/${m.errors}`,
  ];
  return `| ${cells.join(' | ')} |`;
}

function check(label: string, ok: boolean, detail: string): string {
  return `| ${label} | ${detail} | ${ok ? 'pass' : 'MISS'} |`;
}

const ratio = (a: Measured, b: Measured): number => a.requestsPerSecond / b.requestsPerSecond;

interface Summary {
  m: Record<Exclude<keyof Round, 'bareRssMb' | 'rssMb' | 'idleRssMb'>, Measured>;
  rssMb: number;
  bareRssMb: number;
  idleRssMb: number;
  startupMs: number;
  settings: Settings;
}

function checks({ m, rssMb, bareRssMb, idleRssMb, startupMs, settings }: Summary): string[] {
  const listCost = m.listLarge.cpuMicrosPerRequest / m.listSmall.cpuMicrosPerRequest;
  return [
    check('creates: serve ≥ 0.6× bare', ratio(m.serve, m.bare) >= 0.6, `${fmt(ratio(m.serve, m.bare), 2)}×`),
    check('creates: serve ≥ 5× Prism', ratio(m.serve, m.prism) >= 5, `${fmt(ratio(m.serve, m.prism), 1)}×`),
    check(
      'GetFunction: serve ≥ 0.7× bare',
      ratio(m.serveGet, m.bareGet) >= 0.7,
      `${fmt(ratio(m.serveGet, m.bareGet), 2)}×`,
    ),
    check(
      `ListFunctions page: ${settings.preload} stored ≤ 1.5× the CPU of ${settings.small} stored`,
      listCost <= 1.5,
      `${fmt(listCost, 2)}× (${fmt(m.listLarge.cpuMicrosPerRequest)} vs ${fmt(m.listSmall.cpuMicrosPerRequest)} µs/req; throughput ${fmt(ratio(m.listLarge, m.listSmall), 2)}×)`,
    ),
    check(
      `RSS after ${settings.preload} creates ≤ 1.2× bare's after the same load`,
      rssMb <= 1.2 * bareRssMb,
      `${fmt(rssMb / bareRssMb, 2)}× (${fmt(rssMb, 1)} vs ${fmt(bareRssMb, 1)} MB, highest rounds; ${fmt(idleRssMb, 1)} MB after ${settings.idle} s idle)`,
    ),
    check(
      `creates with ${settings.preload} stored ≥ 0.9× empty`,
      ratio(m.stored, m.serve) >= 0.9,
      `${fmt(ratio(m.stored, m.serve), 2)}×`,
    ),
    check('serve p99 ≤ 2 ms (creates)', m.serve.p99 <= 2, `${fmt(m.serve.p99, 2)} ms`),
    check(
      'serve startup ≤ 250 ms',
      startupMs <= 250,
      `${fmt(startupMs)} ms (median of ${settings.startupRuns})`,
    ),
  ];
}

function roundsLine(rounds: Measured[]): string {
  return `- ${(rounds[0] as Measured).name}: ${rounds.map((m) => fmt(m.requestsPerSecond)).join(', ')} req/s`;
}

const MEASURED = [
  'bare',
  'serve',
  'prism',
  'bareGet',
  'serveGet',
  'listSmall',
  'listLarge',
  'stored',
] as const;

function report(rounds: Round[], startupMs: number, settings: Settings): string {
  const m = Object.fromEntries(
    MEASURED.map((key) => [key, median(rounds.map((r) => r[key]))]),
  ) as Summary['m'];
  const summary: Summary = {
    m,
    rssMb: Math.max(...rounds.map((r) => r.rssMb)),
    bareRssMb: Math.max(...rounds.map((r) => r.bareRssMb)),
    idleRssMb: rounds[0]?.idleRssMb ?? Number.NaN,
    startupMs,
    settings,
  };
  return [
    `10 connections, ${settings.duration} s per load after ${settings.warmup} s warm-up, median of ${settings.rounds} interleaved rounds; ${process.version}`,
    '',
    '| target | req/s | p50 ms | p99 ms | CPU µs/req | RSS MB | startup ms | first 200 body B | non2xx/errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...MEASURED.map((key) => row(m[key])),
    '',
    'Throughput of every round:',
    ...MEASURED.map((key) => roundsLine(rounds.map((r) => r[key]))),
    `- RSS after ${settings.preload} creates: serve ${rounds.map((r) => fmt(r.rssMb, 1)).join(', ')} MB; bare ${rounds.map((r) => fmt(r.bareRssMb, 1)).join(', ')} MB`,
    '',
    '| target | measured | result |',
    '|---|---|---|',
    ...checks(summary),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      preload: { type: 'string', default: '100000' },
      small: { type: 'string', default: '1000' },
      idle: { type: 'string', default: '10' },
      'startup-runs': { type: 'string', default: '5' },
    },
  });
  const settings: Settings = {
    rounds: Number(values.rounds),
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    preload: Number(values.preload),
    small: Number(values.small),
    idle: Number(values.idle),
    startupRuns: Number(values['startup-runs']),
  };
  const rounds: Round[] = [];
  for (let r = 1; r <= settings.rounds; r++) {
    process.stderr.write(`round ${r}/${settings.rounds}\n`);
    rounds.push(await round(settings, r === 1));
  }
  process.stderr.write('measuring serve startup…\n');
  const startupMs = await medianStartup(SERVE, settings.startupRuns);
  process.stdout.write(`${report(rounds, startupMs, settings)}\n`);
}

await main();
