/**
 * Benchmark: what `fc3-testkit proxy` costs a client. One `fc3-testkit serve` process, measured
 * directly and through one `fc3-testkit proxy` process (checks on, as users run it), in rounds
 * whose order alternates:
 * - the contract suite's wall time (default generated-case count), `--pairs` (default 3)
 *   back-to-back pairs per round — the budget: proxy ≤ 1.3× direct, judged on the median of the per-pair ratios (a pair
 *   runs under the same background load, so its ratio is steadier than a ratio of medians);
 * - a steady load of creates at a fixed rate (10 connections): latency p50/p99, for information
 *   (one more process hop; sub-millisecond differences make the ratio noisy);
 * - the same creates as fast as possible: requests/s, for information. Checking an exchange costs
 *   more CPU than serving it, so on a machine whose cores are all busy the proxy's check worker
 *   takes CPU from the upstream and the load generator; the saturation ratio shows how much.
 * Also prints the proxy's CPU per proxied create.
 *
 * `--record FILE` runs the proxy with `--record FILE` (the check worker writes the cassette).
 *
 * Usage: node bench/proxy.ts [--runs N] [--pairs N] [--duration S] [--rate R] [--connections N] [--record FILE]
 */
import { parseArgs } from 'node:util';
import { runContractSuite } from '../contracts/run/runner.ts';
import { httpTarget } from '../contracts/targets/http.ts';
import { type LoadResult, processStats, runLoad, SERVE, spawnTarget, type Target } from './targets.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pairs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '3' },
    rate: { type: 'string', default: '300' },
    connections: { type: 'string', default: '10' },
    record: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const DURATION = Number(values.duration);
const RATE = Number(values.rate);
const CONNECTIONS = Number(values.connections);
const BUDGET = 1.3;
type Via = 'direct' | 'proxy';

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

async function suiteMs(url: string, via: Via): Promise<number> {
  const target = httpTarget({ baseUrl: url, name: via });
  const started = performance.now();
  const report = await runContractSuite(target, { namePrefix: `b${Math.random().toString(36).slice(2, 8)}` });
  const ms = performance.now() - started;
  await target.close?.();
  if (report.totals.failed > 0) {
    // Which cases and why: a failure seen once under load must say what it was.
    const failed = report.results
      .filter((result) => result.status === 'failed')
      .map((result) => `${result.case.id}: ${result.failures.map((f) => f.message).join('; ')}`);
    throw new Error(`${via}: ${report.totals.failed} cases failed\n${failed.join('\n')}`);
  }
  return ms;
}

interface Load extends LoadResult {
  proxyCpuMicrosPerRequest: number;
}

async function load(
  url: string,
  proxy: Target,
  options: { prefix: string; overallRate?: number },
): Promise<Load> {
  const before = processStats(proxy.pid).cpuMicros;
  const result = await runLoad({ url, connections: CONNECTIONS, duration: DURATION, ...options });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const cpu = (processStats(proxy.pid).cpuMicros - before) / Math.max(1, result.requests);
  return { ...result, proxyCpuMicrosPerRequest: cpu };
}

type Round = Record<'suite', Record<Via, number>[]> & Record<'steady' | 'saturated', Record<Via, Load>>;
const SUITE_PAIRS = Number(values.pairs);

async function round(serve: Target, proxy: Target, index: number): Promise<Round> {
  const order: Via[] = index % 2 === 0 ? ['direct', 'proxy'] : ['proxy', 'direct'];
  const url = (via: Via) => (via === 'direct' ? serve.url : proxy.url);
  const out = { suite: [], steady: {}, saturated: {} } as unknown as Round;
  for (let pair = 0; pair < SUITE_PAIRS; pair++) {
    const times = { direct: 0, proxy: 0 };
    for (const via of pair % 2 === 0 ? order : [...order].reverse())
      times[via] = await suiteMs(url(via), via);
    out.suite.push(times);
  }
  for (const via of order)
    out.steady[via] = await load(url(via), proxy, { prefix: `s${index}${via}`, overallRate: RATE });
  for (const via of order) out.saturated[via] = await load(url(via), proxy, { prefix: `x${index}${via}` });
  return out;
}

const serve = await spawnTarget(SERVE);
const proxy = await spawnTarget({
  name: 'proxy',
  args: [
    'dist/cli/main.js',
    'proxy',
    '--upstream',
    serve.url,
    '--port',
    '{port}',
    '--quiet',
    ...(values.record ? ['--record', values.record] : []),
  ],
});
const rounds: Round[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const r = await round(serve, proxy, i);
    rounds.push(r);
    process.stdout.write(
      `round ${i + 1}: suite ${r.suite.map((p) => `${Math.round(p.direct)}/${Math.round(p.proxy)}`).join(' ')} ms, ` +
        `steady p50 ${r.steady.direct.p50.toFixed(2)}/${r.steady.proxy.p50.toFixed(2)} ms, ` +
        `saturated ${Math.round(r.saturated.direct.requestsPerSecond)}/${Math.round(r.saturated.proxy.requestsPerSecond)} req/s (direct/proxy)\n`,
    );
  }
} finally {
  // The proxy prints its summary on stderr when it stops; the benchmark's output is stdout.
  await proxy.stop();
  await serve.stop();
}

const of = (pick: (r: Round) => number) => median(rounds.map(pick));
const pairs = rounds.flatMap((r) => r.suite);
const suiteRatio = median(pairs.map((p) => p.proxy / p.direct));
const row = (
  name: string,
  direct: number,
  proxied: number,
  unit: string,
  budget: boolean,
  given?: number,
) => {
  const ratio = given ?? proxied / direct;
  const verdict = budget ? (ratio <= BUDGET ? 'OK' : 'OVER') : 'info';
  const shown = (value: number) =>
    unit === 'ms' && value < 100 ? value.toFixed(2) : String(Math.round(value));
  return `| ${name} | ${shown(direct)} ${unit} | ${shown(proxied)} ${unit} | ${ratio.toFixed(2)}× | ${verdict} |\n`;
};
const satDirect = of((r) => r.saturated.direct.requestsPerSecond);
const satProxy = of((r) => r.saturated.proxy.requestsPerSecond);
process.stdout.write(
  `\nfc3-testkit proxy vs direct, medians over ${RUNS} round(s), budget ${BUDGET}×:\n` +
    '| measurement | direct | via proxy | ratio | verdict |\n|---|---|---|---|---|\n' +
    row(
      `contract suite wall time (${pairs.length} pairs)`,
      median(pairs.map((p) => p.direct)),
      median(pairs.map((p) => p.proxy)),
      'ms',
      true,
      suiteRatio,
    ) +
    row(
      `steady ${RATE} creates/s: p50 latency`,
      of((r) => r.steady.direct.p50),
      of((r) => r.steady.proxy.p50),
      'ms',
      false,
    ) +
    row(
      `steady ${RATE} creates/s: p99 latency`,
      of((r) => r.steady.direct.p99),
      of((r) => r.steady.proxy.p99),
      'ms',
      false,
    ) +
    `| saturated, ${CONNECTIONS} connections: throughput | ${Math.round(satDirect)} req/s | ${Math.round(satProxy)} req/s | ${(satDirect / satProxy).toFixed(2)}× slower | info |\n` +
    `proxy CPU per proxied create (forwarding + checks): ${Math.round(of((r) => r.steady.proxy.proxyCpuMicrosPerRequest))} µs at the steady rate\n`,
);
