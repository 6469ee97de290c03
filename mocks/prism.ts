/**
 * Stoplight Prism on the toolkit's `spec/openapi.yaml`, as one child process: the independent,
 * stateless second implementation the contract suite and the benchmark compare against.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Fc3TestkitError } from './core/errors.ts';
import { checkOptionKeys } from './core/option-keys.ts';
import { seedFault } from './core/prng.ts';
import { freePort, portInUse } from './free-port.ts';
import { listenError } from './listen-error.ts';
import { packageRoot } from './package-root.ts';

export { freePort } from './free-port.ts';
export { packageRoot } from './package-root.ts';

/**
 * Options of {@link startPrism}.
 *
 * @example
 * const options: PrismOptions = { port: 0, dynamic: true, seed: 7 };
 */
export interface PrismOptions {
  /** TCP port; `0` (the default) picks a free one. */
  port?: number;
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** Generate bodies from the schemas (`--dynamic`) instead of serving the documented examples. */
  dynamic?: boolean;
  /** Seed for dynamic bodies (Prism `--seed`), an integer from 0 to 4294967295. */
  seed?: number;
  /** Prism's `-v` level; default `warn`. */
  verbosity?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  /** Extra arguments passed to `prism mock` before the spec path. */
  extraArgs?: string[];
  /**
   * Where Prism's own output goes: our stderr (`stderr`) or nowhere (`ignore`, the default). With
   * `stderr`, what Prism prints while it starts is held until it answers, and dropped when it
   * exits on a taken port (the rejection says so in one line).
   */
  output?: 'stderr' | 'ignore';
  /** How long to wait for Prism to answer (default 20 s). */
  startTimeoutMs?: number;
}

const PRISM_OPTION_KEYS = [
  'port',
  'host',
  'dynamic',
  'seed',
  'verbosity',
  'extraArgs',
  'output',
  'startTimeoutMs',
] as const satisfies readonly (keyof PrismOptions)[];

/**
 * A running Prism process.
 *
 * @example
 * const prism = await startPrism();
 * await prism.stop();
 */
export interface RunningPrism {
  /** `http://HOST:PORT`, no trailing slash. */
  url: string;
  port: number;
  pid: number;
  /** Resolves with the exit code (or `null` after a signal) when Prism exits. */
  exited: Promise<number | null>;
  /** Sends `SIGTERM` (then `SIGKILL` after 3 s) and resolves when Prism has exited. */
  stop(): Promise<void>;
}

/**
 * The path of the installed Prism's package.json; not installed, it throws
 * {@link Fc3TestkitError} saying how to install it.
 *
 * @example
 * JSON.parse(readFileSync(prismManifest(), 'utf8')).version; // '5.16.0'
 */
export function prismManifest(): string {
  try {
    return createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  } catch {
    throw new Fc3TestkitError(
      'Stoplight Prism is not installed: npm install --save-dev @stoplight/prism-cli@5',
    );
  }
}

/**
 * Paths of the Prism CLI entry point and of the spec it serves, resolved from the package.
 *
 * @example
 * const { prismBin, specPath } = prismPaths();
 */
export function prismPaths(): { prismBin: string; specPath: string } {
  return {
    prismBin: join(dirname(prismManifest()), 'dist', 'index.js'),
    specPath: join(packageRoot(), 'spec', 'openapi.yaml'),
  };
}

/** How many automatically chosen ports are tried when another process took the one before. */
const AUTO_PORT_ATTEMPTS = 3;
/** Prism's EADDRINUSE line is the last it writes to stderr; this much of the end is kept. */
const STDERR_TAIL_CHARS = 2048;
const PRISM_PROBLEM = '"type":"https://stoplight.io/prism/errors#';

/**
 * Whether Prism answers on `url`, and not some other server that holds the port: Prism answers
 * the CORS preflight by echoing the method asked for, or (`--no-cors`) with its problem document.
 */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    // A CORS preflight: Prism answers it without logging an unmatched-route error.
    const headers = { origin: 'http://127.0.0.1', 'access-control-request-method': 'POST' };
    const req = request(
      `${url}/2023-03-30/functions`,
      { method: 'OPTIONS', headers, agent: false, timeout: 1000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (body.length < 4096) body += chunk;
        });
        res.on('end', () => {
          const preflight =
            res.headers['access-control-allow-methods'] === 'POST' &&
            res.headers['access-control-allow-credentials'] === 'true';
          resolve(preflight || body.includes(PRISM_PROBLEM));
        });
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

/** When startPrism gives up: `deadline` (a Date.now() value) is `timeoutMs` after it was called. */
interface StartLimit {
  deadline: number;
  timeoutMs: number;
}

async function waitUntilAnswering(
  child: ChildProcess,
  url: string,
  limit: StartLimit,
): Promise<'answered' | 'exited'> {
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (;;) {
    const answered = await answers(url);
    // An answer that came once our child had exited was another Prism's, holding the port.
    if (exited) return 'exited';
    if (answered) return 'answered';
    if (Date.now() > limit.deadline)
      throw new Fc3TestkitError(`Prism did not answer on ${url} within ${limit.timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Prism's output held while it starts, for `output: 'stderr'`; past this much it is passed on at once. */
const HELD_OUTPUT_BYTES = 64 * 1024;

interface PrismOutput {
  /** The end of Prism's stderr, where its EADDRINUSE line is. */
  tail(): string;
  /** Pass what was held on to our stderr, and every later byte as it comes. */
  release(): void;
}

/**
 * Keeps the end of Prism's stderr and, for `output: 'stderr'`, passes its stdout and stderr on to
 * ours, held back until {@link PrismOutput.release}: a start that fails on a taken port then
 * prints the toolkit's one-line message, not Prism's usage text and its `fatal` lines.
 */
function prismOutput(child: ChildProcess, forward: boolean): PrismOutput {
  let tail = '';
  let held: Buffer[] | undefined = forward ? [] : undefined;
  let heldBytes = 0;
  const release = () => {
    for (const chunk of held ?? []) process.stderr.write(chunk);
    held = undefined;
  };
  const pass = (chunk: Buffer) => {
    if (!forward) return;
    if (!held) return void process.stderr.write(chunk);
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes > HELD_OUTPUT_BYTES) release();
  };
  child.stdout?.on('data', pass);
  child.stderr?.on('data', (chunk: Buffer) => {
    pass(chunk);
    tail = (tail + chunk.toString('latin1')).slice(-STDERR_TAIL_CHARS);
  });
  return { tail: () => tail, release };
}

function prismArgs(options: PrismOptions, host: string, port: number): string[] {
  const { prismBin, specPath } = prismPaths();
  const args = [prismBin, 'mock', '-h', host, '-p', String(port), '-v', options.verbosity ?? 'warn'];
  if (options.dynamic) args.push('--dynamic');
  if (options.seed !== undefined) args.push('--seed', String(options.seed));
  return [...args, ...(options.extraArgs ?? []), specPath];
}

function stopper(child: ChildProcess, exited: Promise<number | null>): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };
}

interface Attempt {
  options: PrismOptions;
  host: string;
  port: number;
  limit: StartLimit;
}

/**
 * One Prism process on `port`: running, or `'port taken'` when the port was held before it
 * started or it exited because it could not bind.
 */
async function launch({ options, host, port, limit }: Attempt): Promise<RunningPrism | 'port taken'> {
  // Another Prism on the port would answer the readiness probe as ours does (ADR 043).
  if (await portInUse(host, port)) return 'port taken';
  const args = prismArgs(options, host, port);
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', options.output === 'stderr' ? 'pipe' : 'ignore', 'pipe'],
  });
  const output = prismOutput(child, options.output === 'stderr');
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(child.exitCode ?? 1));
  });
  // 'close' comes once stderr is read to its end, which 'exit' does not wait for.
  const closed = new Promise((resolve) => child.once('close', resolve));
  const stop = stopper(child, exited);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let outcome: 'answered' | 'exited';
  try {
    outcome = await waitUntilAnswering(child, url, limit);
  } catch (error) {
    output.release();
    await stop();
    throw error;
  }
  if (outcome === 'answered') {
    output.release();
    return { url, port, pid: child.pid as number, exited, stop };
  }
  await closed;
  if (output.tail().includes('EADDRINUSE')) return 'port taken';
  output.release();
  throw new Fc3TestkitError(`Prism exited before it answered (exit code ${await exited})`);
}

function addressInUse(host: string, port: number): NodeJS.ErrnoException {
  const message = `listen EADDRINUSE: address already in use ${host}:${port}`;
  return Object.assign(new Error(message), { code: 'EADDRINUSE', syscall: 'listen' });
}

/**
 * Starts Prism (`prism mock spec/openapi.yaml`) as one child process and resolves once it answers.
 * A port chosen for it (`port` 0 or absent) that another process takes before Prism binds it is
 * replaced by a fresh one (three tries, then it rejects); a given port that is taken rejects at
 * once, as `startServer` does. Both reject with {@link Fc3TestkitError} with `code: 'EADDRINUSE'`
 * and a `cause` (the last port's). An unknown
 * option (a typo such as `prot`) throws {@link Fc3TestkitError} before anything starts.
 *
 * @example
 * const prism = await startPrism({ port: 0 });
 * const res = await fetch(`${prism.url}/2023-03-30/functions`, { method: 'POST', headers: { prefer: 'code=409' }, body });
 * await prism.stop();
 */
export async function startPrism(options: PrismOptions = {}): Promise<RunningPrism> {
  checkOptionKeys({ adapter: 'startPrism', options, known: PRISM_OPTION_KEYS });
  const seedProblem = options.seed === undefined ? undefined : seedFault(options.seed);
  if (seedProblem) throw new Fc3TestkitError(`startPrism: ${seedProblem}`);
  const host = options.host ?? '127.0.0.1';
  const timeoutMs = options.startTimeoutMs ?? 20_000;
  const limit = { deadline: Date.now() + timeoutMs, timeoutMs };
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port || (await freePort(host));
    const started = await launch({ options, host, port, limit });
    if (started !== 'port taken') return started;
    // As startServer's: `code` to test for, and (Prism's own error being in another process) a
    // system-style error as `cause`.
    if (options.port) throw listenError(addressInUse(host, port), port, host);
    if (attempt === AUTO_PORT_ATTEMPTS) {
      const reason = `each of ${AUTO_PORT_ATTEMPTS} free ports was taken before Prism could bind it; choose one (a port no other process takes)`;
      const cause = addressInUse(host, port);
      throw Object.assign(new Fc3TestkitError(reason, { cause }), { code: cause.code });
    }
  }
}
