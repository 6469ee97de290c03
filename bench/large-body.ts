/**
 * Benchmark (issue 13 item 10): one signed (ACS3) CreateFunction with a 100 MiB ZIP package
 * (Base64 in JSON, ~133 MiB body) against `fc3-testkit serve` (built CLI, credentials given) and
 * against a bare node:http server that reads the same body, hashes it and decodes the zipFile
 * (bench/bare-server.ts --large-body). Meanwhile a second client sends small signed creates on
 * other connections; the samples sent while the large request was in flight are reported.
 * Runs alternate which target goes first; every run spawns fresh processes.
 *
 * Usage: node bench/large-body.ts [--runs N] [--size-mib N] [--small-connections N]
 *        [--small-interval-ms N] [--micro-mib N] [--serve-cli PATH]   (run `npm run build` first;
 *        `--serve-cli` points at another build's dist/cli/main.js, for before/after comparisons)
 */
import { randomFillSync } from 'node:crypto';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { signAcs3 } from '../mocks/core/auth/index.ts';
import { nodeCodecs } from '../mocks/node-codecs.ts';
import { codecFigures } from './codec-micro.ts';
import { type SmallSample, startSmallClient } from './small-client.ts';
import { CREATE_PATH, createBody, SERVE, spawnTarget, type TargetSpec } from './targets.ts';

const KEYS = { accessKeyId: 'benchAK', accessKeySecret: 'benchSecret' };
const MIB = 1024 * 1024;

interface Settings {
  runs: number;
  sizeMib: number;
  smallConnections: number;
  smallIntervalMs: number;
  microMib: number;
}

/** What one target did with the large request in one run. */
interface Measured {
  target: string;
  answerMs: number;
  status: number;
  small: SmallSample[];
}

function signedProbe(url: string, functionName: string): Promise<number> {
  const wire = signAcs3({ ...KEYS, url: `${url}${CREATE_PATH}`, body: createBody(functionName) });
  return new Promise((resolve) => {
    const req = request(
      `${url}${CREATE_PATH}`,
      { method: 'POST', agent: false, headers: wire.headers },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve(res.statusCode === 200 ? bytes : -1));
      },
    );
    req.on('error', () => resolve(-1));
    req.end(wire.body);
  });
}

function targets(serveCli: string | undefined): TargetSpec[] {
  const serveArgs = serveCli ? [serveCli, ...SERVE.args.slice(1)] : SERVE.args;
  return [
    { name: 'bare node:http', args: ['bench/bare-server.ts', '--port', '{port}', '--large-body'] },
    {
      name: 'serve',
      args: [...serveArgs, '--access-key-id', KEYS.accessKeyId, '--access-key-secret', KEYS.accessKeySecret],
      probe: signedProbe,
    },
  ];
}

/** The create body with a `sizeMib` MiB pseudo-random package, as bytes (built once). */
function largeBody(sizeMib: number): Uint8Array {
  const zip = randomFillSync(Buffer.alloc(sizeMib * MIB));
  const head = Buffer.from(
    '{"functionName":"large","runtime":"python3.10","handler":"index.handler","code":{"zipFile":"',
  );
  return Buffer.concat([head, Buffer.from(zip.toString('base64'), 'latin1'), Buffer.from('"}}')]);
}

/** Signed per send (fresh nonce and date), before any clock starts. */
function signLarge(url: string, body: Uint8Array): Record<string, string> {
  const wire = signAcs3({ ...KEYS, url: `${url}${CREATE_PATH}`, body, codecs: nodeCodecs });
  return { ...wire.headers, 'content-length': String(body.byteLength) };
}

function sendLarge(
  url: string,
  large: { headers: Record<string, string>; body: Uint8Array },
): Promise<{ answerMs: number; status: number }> {
  const { headers, body } = large;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(`${url}${CREATE_PATH}`, { method: 'POST', agent: false, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ answerMs: performance.now() - started, status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function measure(spec: TargetSpec, body: Uint8Array, settings: Settings): Promise<Measured> {
  const target = await spawnTarget(spec);
  try {
    const small = startSmallClient({
      url: target.url,
      connections: settings.smallConnections,
      intervalMs: settings.smallIntervalMs,
      ...KEYS,
    });
    const headers = signLarge(target.url, body);
    await new Promise((resolve) => setTimeout(resolve, 300)); // connections open, code warm
    const from = performance.now();
    const large = await sendLarge(target.url, { headers, body });
    const to = performance.now();
    const samples = (await small.stop()).filter((s) => s.sentAt >= from && s.sentAt <= to);
    return { target: spec.name, ...large, small: samples };
  } finally {
    await target.stop();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number);
}

function smallStats(samples: SmallSample[]): {
  n: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
} {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const failed = samples.filter((s) => s.status !== 200).length;
  return {
    n: ms.length,
    p50: percentile(ms, 0.5),
    p99: percentile(ms, 0.99),
    max: ms.at(-1) ?? Number.NaN,
    failed,
  };
}

const fmt = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');

function report(runs: Measured[][], settings: Settings, bodyBytes: number): string {
  const lines = [
    `Large signed create: ${settings.sizeMib} MiB package, ${fmt(bodyBytes / MIB, 1)} MiB body; ` +
      `small creates on ${settings.smallConnections} connections every ${settings.smallIntervalMs} ms; ${process.version}`,
    '',
    '| run | target | status | answer ms | small n | small p50 ms | small p99 ms | small max ms | small non-200 |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  runs.forEach((run, i) => {
    for (const m of run) {
      const s = smallStats(m.small);
      const cells = [
        i + 1,
        m.target,
        m.status,
        fmt(m.answerMs),
        s.n,
        fmt(s.p50, 2),
        fmt(s.p99, 2),
        fmt(s.max, 1),
        s.failed,
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  });
  const ratios = runs
    .map((run) => (run[1] as Measured).answerMs / (run[0] as Measured).answerMs)
    .sort((a, b) => a - b);
  const serveP99 = Math.max(...runs.map((run) => smallStats((run[1] as Measured).small).p99));
  const ok = runs.every((run) => run.every((m) => m.status === 200));
  const median = ratios[Math.floor(ratios.length / 2)] as number;
  lines.push(
    '',
    '| target | measured | result |',
    '|---|---|---|',
    `| serve answer ≤ 2× bare | median ${fmt(median, 2)}× (range ${fmt(ratios[0] as number, 2)}–${fmt(ratios.at(-1) as number, 2)}×) | ${median <= 2 ? 'pass' : 'MISS'} |`,
    `| small-request p99 ≤ 50 ms while serve answers | worst run ${fmt(serveP99, 1)} ms | ${serveP99 <= 50 ? 'pass' : 'MISS'} |`,
    `| every large create answered 200 | ${ok ? 'yes' : 'no'} | ${ok ? 'pass' : 'MISS'} |`,
  );
  return lines.join('\n');
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'size-mib': { type: 'string', default: '100' },
    'small-connections': { type: 'string', default: '2' },
    'small-interval-ms': { type: 'string', default: '5' },
    'micro-mib': { type: 'string', default: '64' },
    'serve-cli': { type: 'string' },
  },
});
const TARGETS = targets(values['serve-cli']);
const settings: Settings = {
  runs: Number(values.runs),
  sizeMib: Number(values['size-mib']),
  smallConnections: Number(values['small-connections']),
  smallIntervalMs: Number(values['small-interval-ms']),
  microMib: Number(values['micro-mib']),
};
const body = largeBody(settings.sizeMib);
const runs: Measured[][] = [];
for (let i = 0; i < settings.runs; i++) {
  // Alternate the order so that neither target always runs on a machine warmed by the other.
  const order = i % 2 === 0 ? TARGETS : [...TARGETS].reverse();
  const measured = [];
  for (const spec of order) measured.push(await measure(spec, body, settings));
  runs.push(
    measured.sort(
      (a, b) => TARGETS.findIndex((t) => t.name === a.target) - TARGETS.findIndex((t) => t.name === b.target),
    ),
  );
}
process.stdout.write(
  `${report(runs, settings, body.byteLength)}\n\nCodecs, ms per MiB (median of 3, ${settings.microMib} MiB):\n\n`,
);
process.stdout.write('| codec | ms/MiB |\n|---|---|\n');
for (const figure of codecFigures(settings.microMib)) {
  process.stdout.write(`| ${figure.name} | ${fmt(figure.msPerMiB, 2)} |\n`);
}
