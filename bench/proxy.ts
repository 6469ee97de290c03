/**
 * Benchmark: what `fc3-testkit proxy` costs a client. Two measurements against one
 * `fc3-testkit serve` process, each direct and through a `fc3-testkit proxy` process (checks on,
 * as users run it), in interleaved rounds whose order alternates:
 * - the contract suite's wall time (default generated-case count);
 * - a steady load of creates (autocannon, 10 connections): requests/s and latency.
 * Budget: through the proxy ≤ 1.3× direct (suite time, and direct/proxy requests per second),
 * judged on the medians. Also prints the proxy's CPU per proxied request.
 *
 * Usage: node bench/proxy.ts [--runs N] [--duration S] [--connections N]
 */
import { parseArgs } from 'node:util';
import { runContractSuite } from '../contracts/run/runner.ts';
import { httpTarget } from '../contracts/targets/http.ts';
import { processStats, runLoad, SERVE, spawnTarget, type Target } from './targets.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
  },
});
const RUNS = Number(values.runs);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const BUDGET = 1.3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function suiteMs(url: string, label: string): Promise<number> {
  const target = httpTarget({ baseUrl: url, name: label });
  const started = performance.now();
  const report = await runContractSuite(target, { namePrefix: `b${Math.random().toString(36).slice(2, 8)}` });
  const ms = performance.now() - started;
  await target.close?.();
  if (report.totals.failed > 0) throw new Error(`${label}: ${report.totals.failed} cases failed`);
  return ms;
}

interface Round {
  suite: { direct: number; proxy: number };
  load: { direct: number; proxy: number; directP99: number; proxyP99: number };
  proxyCpuMicrosPerRequest: number;
}

async function round(serve: Target, proxy: Target, index: number): Promise<Round> {
  const order: ('direct' | 'proxy')[] = index % 2 === 0 ? ['direct', 'proxy'] : ['proxy', 'direct'];
  const suite = { direct: 0, proxy: 0 };
  for (const via of order) suite[via] = await suiteMs(via === 'direct' ? serve.url : proxy.url, via);
  const load = { direct: 0, proxy: 0, directP99: 0, proxyP99: 0 };
  let proxyCpu = 0;
  for (const via of order) {
    const before = processStats(proxy.pid).cpuMicros;
    const url = via === 'direct' ? serve.url : proxy.url;
    const result = await runLoad({
      url,
      prefix: `l${index}${via}`,
      connections: CONNECTIONS,
      duration: DURATION,
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${via}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    load[via] = result.requestsPerSecond;
    load[via === 'direct' ? 'directP99' : 'proxyP99'] = result.p99;
    if (via === 'proxy')
      proxyCpu = (processStats(proxy.pid).cpuMicros - before) / Math.max(1, result.requests);
  }
  return { suite, load, proxyCpuMicrosPerRequest: proxyCpu };
}

const serve = await spawnTarget(SERVE);
const proxy = await spawnTarget({
  name: 'proxy',
  args: ['dist/cli/main.js', 'proxy', '--upstream', serve.url, '--port', '{port}', '--quiet'],
});
const rounds: Round[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const result = await round(serve, proxy, i);
    rounds.push(result);
    process.stdout.write(
      `round ${i + 1}: suite ${Math.round(result.suite.direct)} ms direct, ${Math.round(result.suite.proxy)} ms via proxy; ` +
        `load ${Math.round(result.load.direct)} req/s direct, ${Math.round(result.load.proxy)} req/s via proxy\n`,
    );
  }
} finally {
  await proxy.stop();
  await serve.stop();
}

const suiteDirect = median(rounds.map((r) => r.suite.direct));
const suiteProxy = median(rounds.map((r) => r.suite.proxy));
const loadDirect = median(rounds.map((r) => r.load.direct));
const loadProxy = median(rounds.map((r) => r.load.proxy));
const suiteRatio = suiteProxy / suiteDirect;
const loadRatio = loadDirect / loadProxy;
const verdict = (ratio: number) => (ratio <= BUDGET ? 'OK' : 'OVER');
process.stdout.write(
  `\nproxy vs direct, median of ${RUNS} round(s) (budget ${BUDGET}×):\n` +
    `| measurement | direct | via proxy | ratio | verdict |\n|---|---|---|---|---|\n` +
    `| contract suite wall time | ${Math.round(suiteDirect)} ms | ${Math.round(suiteProxy)} ms | ${suiteRatio.toFixed(2)}× | ${verdict(suiteRatio)} |\n` +
    `| creates, ${CONNECTIONS} connections, ${DURATION} s | ${Math.round(loadDirect)} req/s | ${Math.round(loadProxy)} req/s | ${loadRatio.toFixed(2)}× | ${verdict(loadRatio)} |\n` +
    `| p99 latency under that load | ${median(rounds.map((r) => r.load.directP99)).toFixed(1)} ms | ${median(rounds.map((r) => r.load.proxyP99)).toFixed(1)} ms | | |\n` +
    `proxy CPU per proxied create (checks included): ${Math.round(median(rounds.map((r) => r.proxyCpuMicrosPerRequest)))} µs\n`,
);
