/**
 * Benchmark: `fc3-testkit serve` against Stoplight Prism (static, `-v silent`) and a bare node:http
 * server, in one run, 10 connections, same duration each, unique function name per request.
 * Targets are measured in interleaved rounds (each round spawns fresh processes for bare, serve,
 * Prism and a serve preloaded with 100,000 functions); the report takes each target's median
 * round, so a burst of load from elsewhere on the machine skews one round, not the ratios.
 *
 * Usage: node bench/server.ts [--rounds N] [--duration S] [--warmup S] [--preload N] [--idle S] [--startup-runs N]
 */
import { parseArgs } from 'node:util';
import { prismPaths } from '../mocks/prism.ts';
import {
  type LoadResult,
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
  preload: number;
  startupRuns: number;
}

const BARE: TargetSpec = { name: 'bare node:http', args: ['bench/bare-server.ts', '--port', '{port}'] };

function prismSpec(): TargetSpec {
  const { prismBin, specPath } = prismPaths();
  return {
    name: 'prism (static)',
    args: [prismBin, 'mock', '-h', '127.0.0.1', '-p', '{port}', '-v', 'silent', specPath],
  };
}

async function measure(target: Target, settings: Settings, prefix: string): Promise<Measured> {
  if (settings.warmup > 0)
    await runLoad({ url: target.url, prefix: `${prefix}warm-`, duration: settings.warmup });
  const before = processStats(target.pid);
  const load = await runLoad({ url: target.url, prefix, duration: settings.duration });
  const after = processStats(target.pid);
  return {
    name: target.name,
    ...load,
    cpuMicrosPerRequest: (after.cpuMicros - before.cpuMicros) / load.requests,
    rssMb: after.rssBytes / 1e6,
    startupMs: target.startupMs,
    bodyBytes: target.bodyBytes,
  };
}

async function benchTarget(spec: TargetSpec, settings: Settings): Promise<Measured> {
  const target = await spawnTarget(spec);
  try {
    return await measure(target, settings, 'bench-');
  } finally {
    await target.stop();
  }
}

async function medianStartup(spec: TargetSpec, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const target = await spawnTarget(spec);
    times.push(target.startupMs);
    await target.stop();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

interface Preloaded {
  rssMb: number;
  /** RSS after `--idle` seconds (default 10, when V8's memory reducer has run); first round only. */
  idleRssMb: number | undefined;
  result: Measured;
}

async function preloaded(settings: Settings, waitIdle: boolean): Promise<Preloaded> {
  const target = await spawnTarget(SERVE);
  try {
    const load = await runLoad({ url: target.url, prefix: 'preload-', amount: settings.preload });
    if (load.non2xx > 0 || load.errors > 0) throw new Error(`preload failed: ${JSON.stringify(load)}`);
    const rssMb = processStats(target.pid).rssBytes / 1e6;
    let idleRssMb: number | undefined;
    if (waitIdle) {
      await new Promise((resolve) => setTimeout(resolve, settings.idle * 1000));
      idleRssMb = processStats(target.pid).rssBytes / 1e6;
    }
    const result = await measure(target, { ...settings, warmup: 0 }, 'after-preload-');
    return { rssMb, idleRssMb, result };
  } finally {
    await target.stop();
  }
}

/** The round with the median throughput (the upper one of two middles). */
function medianRound(rounds: Measured[]): Measured {
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

interface Extra {
  startupMs: number;
  /** The preloaded serve's median round. */
  preload: Measured;
  /** Highest RSS right after the preload, over all rounds. */
  preloadRssMb: number;
  idleRssMb: number;
  settings: Settings;
}

function checks(results: Measured[], extra: Extra): string[] {
  const [bare, serve, prism] = results as [Measured, Measured, Measured];
  return [
    check(
      'serve ≥ 0.6× bare throughput',
      serve.requestsPerSecond >= 0.6 * bare.requestsPerSecond,
      `${fmt(serve.requestsPerSecond / bare.requestsPerSecond, 2)}×`,
    ),
    check(
      'serve ≥ 7× Prism throughput',
      serve.requestsPerSecond >= 7 * prism.requestsPerSecond,
      `${fmt(serve.requestsPerSecond / prism.requestsPerSecond, 1)}×`,
    ),
    check('serve p99 ≤ 2 ms', serve.p99 <= 2, `${fmt(serve.p99, 2)} ms`),
    check(
      'serve startup ≤ 250 ms',
      extra.startupMs <= 250,
      `${fmt(extra.startupMs)} ms (median of ${extra.settings.startupRuns})`,
    ),
    check(
      `RSS ≤ 120 MB right after ${extra.settings.preload} creates`,
      extra.preloadRssMb <= 120,
      `${fmt(extra.preloadRssMb, 1)} MB (highest of ${extra.settings.rounds} rounds)`,
    ),
    check(
      `RSS ≤ 120 MB ${extra.settings.idle} s after ${extra.settings.preload} creates`,
      extra.idleRssMb <= 120,
      `${fmt(extra.idleRssMb, 1)} MB`,
    ),
    check(
      `throughput with ${extra.settings.preload} stored ≥ 0.9× empty`,
      extra.preload.requestsPerSecond >= 0.9 * serve.requestsPerSecond,
      `${fmt(extra.preload.requestsPerSecond / serve.requestsPerSecond, 2)}×`,
    ),
  ];
}

function roundsLine(name: string, rounds: Measured[]): string {
  return `- ${name}: ${rounds.map((m) => fmt(m.requestsPerSecond)).join(', ')} req/s`;
}

function report(all: Measured[][], preloads: Measured[], extra: Extra): string {
  const { duration, warmup, preload, rounds } = extra.settings;
  const results = all.map(medianRound);
  return [
    `10 connections, ${duration} s per target after ${warmup} s warm-up, unique name per request, ` +
      `median of ${rounds} interleaved rounds; ${process.version}`,
    '',
    '| target | req/s | p50 ms | p99 ms | CPU µs/req | RSS MB | startup ms | 200 body B | non2xx/errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(row),
    row({ ...extra.preload, name: `serve, ${preload} stored` }),
    '',
    'Throughput of every round:',
    ...all.map((rounds) => roundsLine((rounds[0] as Measured).name, rounds)),
    roundsLine(`serve, ${preload} stored`, preloads),
    '',
    '| target | measured | result |',
    '|---|---|---|',
    ...checks(results, extra),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      preload: { type: 'string', default: '100000' },
      idle: { type: 'string', default: '10' },
      'startup-runs': { type: 'string', default: '5' },
    },
  });
  const settings: Settings = {
    rounds: Number(values.rounds),
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    preload: Number(values.preload),
    idle: Number(values.idle),
    startupRuns: Number(values['startup-runs']),
  };
  const specs = [BARE, SERVE, prismSpec()];
  const all: Measured[][] = specs.map(() => []);
  const preloads: Preloaded[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    for (const [i, spec] of specs.entries()) {
      process.stderr.write(`round ${round}/${settings.rounds}: ${spec.name}…\n`);
      all[i]?.push(await benchTarget(spec, settings));
    }
    process.stderr.write(
      `round ${round}/${settings.rounds}: serve with ${settings.preload} functions preloaded…\n`,
    );
    preloads.push(await preloaded(settings, round === 1));
  }
  process.stderr.write('measuring serve startup…\n');
  const startupMs = await medianStartup(SERVE, settings.startupRuns);
  const preloadResults = preloads.map((p) => p.result);
  const extra: Extra = {
    startupMs,
    preload: medianRound(preloadResults),
    preloadRssMb: Math.max(...preloads.map((p) => p.rssMb)),
    idleRssMb: preloads[0]?.idleRssMb ?? Number.NaN,
    settings,
  };
  process.stdout.write(`${report(all, preloadResults, extra)}\n`);
}

await main();
