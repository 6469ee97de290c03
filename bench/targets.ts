/**
 * Benchmark plumbing: spawn a target server as one process, time its startup to the first served
 * create, read its CPU time and RSS from /proc, and drive it with autocannon.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { type PrismOptions, startPrism } from '../mocks/prism.ts';

export const CREATE_PATH = '/2023-03-30/functions';
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * A valid minimal CreateFunction body with the given name.
 *
 * @example
 * createBody('fn-1'); // '{"functionName":"fn-1",...}'
 */
export function createBody(functionName: string): string {
  const code = { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' };
  return JSON.stringify({ functionName, runtime: 'python3.10', handler: 'index.handler', code });
}

/** How the benchmarks spawn `fc3-testkit serve`: the built CLI, silent, on a port it picks. */
export const SERVE: TargetSpec = {
  name: 'serve',
  args: ['dist/cli/main.js', 'serve', '--port', '{port}', '--log-level', 'silent'],
};

/** The baseline every ratio is measured against: bench/bare-server.ts. */
export const BARE: TargetSpec = {
  name: 'bare node:http',
  args: ['bench/bare-server.ts', '--port', '{port}'],
};

/** A spawned benchmark target. */
export interface Target {
  name: string;
  pid: number;
  url: string;
  /** Spawn → first 200 answer to a create, in ms. */
  startupMs: number;
  /** Bytes of that first 200 body. */
  bodyBytes: number;
  stop(): Promise<void>;
}

/**
 * How to spawn a target: argv after `node`, with `{port}` replaced by `0`. The target binds a port
 * of its own choosing and prints `listening on http://127.0.0.1:PORT` on stdout (serve, proxy and
 * bench/bare-server.ts do): a port chosen for it could be taken by another process first.
 */
export interface TargetSpec {
  name: string;
  args: string[];
  /**
   * Readiness probe: bytes of a 200 answer to a create named `functionName`, or -1. Default: an
   * unsigned create (a target that verifies signatures needs a signed one).
   */
  probe?: (url: string, functionName: string) => Promise<number>;
}

/** Prism as a target: started by startPrism, which picks its port and tries another when one is taken. */
export interface PrismTargetSpec {
  name: string;
  prism: PrismOptions;
}

function tryCreate(url: string, functionName: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      `${url}${CREATE_PATH}`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve(res.statusCode === 200 ? bytes : -1));
      },
    );
    req.on('error', () => resolve(-1));
    req.end(createBody(functionName));
  });
}

/** Targets not stopped yet (PIDs): a benchmark killed from outside must not leave them serving. */
const running = new Set<number>();
process.once('SIGTERM', () => {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  process.exit(143);
});

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/** A started target before its first create: where it listens, and whether it is gone. */
interface Launched {
  url: string;
  pid: number;
  stop(): Promise<void>;
  exited(): boolean;
}

const LISTEN_TIMEOUT_MS = 30_000;

/** Spawns a target on port 0 and resolves with the URL it prints once it listens (30 s at most). */
function launch(spec: TargetSpec): Promise<Launched> {
  const args = spec.args.map((arg) => arg.replace('{port}', '0'));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  running.add(child.pid as number);
  child.once('exit', () => running.delete(child.pid as number));
  const stop = stopper(child);
  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
  return new Promise((resolve, reject) => {
    let stdout = '';
    // A child that neither listens nor exits must not hold the benchmark forever.
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${spec.name} did not listen within ${LISTEN_TIMEOUT_MS} ms`));
    }, LISTEN_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      stdout = (stdout + chunk.toString('utf8')).slice(-4096);
      const url = /^listening on (http:\/\/\S+)$/m.exec(stdout)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.stdout.off('data', onData).resume();
      resolve({ url, pid: child.pid as number, stop, exited });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${spec.name} exited (${code}) before it listened`));
    });
  });
}

async function launchPrism(spec: PrismTargetSpec): Promise<Launched> {
  const prism = await startPrism(spec.prism);
  let gone = false;
  running.add(prism.pid);
  void prism.exited.then(() => {
    gone = true;
    running.delete(prism.pid);
  });
  return { url: prism.url, pid: prism.pid, stop: prism.stop, exited: () => gone };
}

/**
 * Spawns a target and resolves once it served its first create (polling every 2 ms).
 *
 * @example
 * const bare = await spawnTarget({ name: 'bare', args: ['bench/bare-server.ts', '--port', '{port}'] });
 */
export async function spawnTarget(spec: TargetSpec | PrismTargetSpec): Promise<Target> {
  const started = performance.now();
  const { url, pid, stop, exited } = await ('prism' in spec ? launchPrism(spec) : launch(spec));
  const probe = ('probe' in spec && spec.probe) || tryCreate;
  for (let attempt = 0; ; attempt++) {
    const bytes = await probe(url, `startup-probe-${attempt}`);
    if (bytes >= 0) {
      const startupMs = performance.now() - started;
      return { name: spec.name, pid, url, startupMs, bodyBytes: bytes, stop };
    }
    if (exited() || performance.now() - started > 30_000) {
      await stop();
      throw new Error(`${spec.name} did not serve a create within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * CPU time (user + system, µs) and resident memory (bytes) of a process, from /proc.
 *
 * @example
 * const { cpuMicros, rssBytes } = processStats(pid);
 */
export function processStats(pid: number): { cpuMicros: number; rssBytes: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuMicros: (ticks * 1_000_000) / CLOCK_TICKS_PER_SECOND, rssBytes: Number(rss?.[1] ?? 0) * 1024 };
}

/** What one autocannon run measured. */
export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

interface AutocannonResult {
  requests: { total: number };
  duration: number;
  non2xx: number;
  errors: number;
}
interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (
  options: Record<string, unknown>,
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number);
}

/** One request of a load: method, path (query included) and body. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** Options of {@link runLoad}: `duration` seconds or an exact `amount` of requests. */
export interface LoadOptions {
  url: string;
  /** Each create gets `${prefix}${counter}` as its function name. */
  prefix: string;
  connections?: number;
  duration?: number;
  amount?: number;
  /** The n-th request (default: a CreateFunction named `${prefix}${n}`). */
  next?: (n: number) => LoadRequest;
  /** Requests per second across all connections (a steady load instead of as fast as possible). */
  overallRate?: number;
}

/**
 * Runs autocannon with a unique function name per request and exact (µs) latency percentiles.
 *
 * @example
 * const result = await runLoad({ url, prefix: 'serve-', duration: 10 });
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  let counter = 0;
  const latencies: number[] = [];
  const next =
    options.next ??
    ((n: number): LoadRequest => ({
      method: 'POST',
      path: CREATE_PATH,
      body: createBody(`${options.prefix}${n}`),
    }));
  const request = {
    headers: { 'content-type': 'application/json' },
    setupRequest: (req: Record<string, unknown>) => ({ ...req, ...next(counter++) }),
  };
  const settings = {
    url: options.url,
    connections: options.connections ?? 10,
    requests: [request],
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  };
  const limits = options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 };
  return new Promise((resolve, reject) => {
    const instance = autocannon({ ...settings, ...limits }, (error, result) => {
      if (error) return reject(error);
      const sorted = Float64Array.from(latencies).sort();
      resolve({
        requests: result.requests.total,
        requestsPerSecond: result.requests.total / result.duration,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        non2xx: result.non2xx,
        // autocannon's `errors` already counts its `timeouts`.
        errors: result.errors,
      });
    });
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}
