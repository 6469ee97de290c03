/**
 * Test helpers: run `fc3-testkit` as a real child process (Node 24 = vitest's process.execPath),
 * wait for its `listening on` line, and talk to servers with plain node:http.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';

/** The built CLI (test/global-setup.ts builds dist/ before the tests). */
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
export const CREATE_PATH = '/2023-03-30/functions';
export const EMPTY_ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';

/** A spawned CLI that printed its `listening on` line. */
export interface CliProcess {
  child: ChildProcess;
  url: string;
  port: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null after a signal) once the process ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after 5 s; safe to call twice. */
  stop(): Promise<number | null>;
}

/**
 * SIGTERM and the exit status, however long the process takes (the test's timeout bounds it),
 * where `stop()` kills after 5 s: for a proxy started with a long `--drain-ms`, whose checks may
 * lag far behind on a loaded machine and must all be done before its report is read.
 */
export function terminate(process: CliProcess): Promise<number | null> {
  process.child.kill('SIGTERM');
  return process.exited;
}

/** Runs the CLI to completion (for usage errors); resolves with code and output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Spawns `fc3-testkit <args>` and resolves when it prints `listening on http://HOST:PORT`. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliProcess> {
  return spawnListening([CLI, ...args], env);
}

/**
 * Spawns `node <args>` (any script that prints `listening on http://HOST:PORT`, such as the CLI
 * or a test server script) and resolves when the line appears.
 */
export function spawnListening(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no listening line within 20 s; stderr: ${stderr}`)),
      20_000,
    );
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /^listening on (http:\/\/[^\s]+:(\d+))\n/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      const [, url = '', port = '0'] = match;
      resolve({ child, url, port: Number(port), stdout: () => stdout, stderr: () => stderr, exited, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code} before listening; stderr: ${stderr}`));
    });
  });
}

/** An HTTP answer read to the end. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
}

/** Options of {@link send}. */
export interface SendOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** Written as separate chunks (chunked transfer encoding) when an array. */
  body?: string | Buffer | Array<string | Buffer>;
  agent?: import('node:http').Agent | false;
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Sends one request with node:http and reads the whole answer. */
export function send(url: string, options: SendOptions = {}): Promise<HttpAnswer> {
  const { method = 'POST', path = CREATE_PATH, headers = {}, body, agent = false } = options;
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parseJson(text) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    // A length for single bodies: without one, Node sends GET bodies unframed.
    if (typeof body === 'string' || Buffer.isBuffer(body))
      req.setHeader('content-length', Buffer.byteLength(body));
    if (Array.isArray(body)) for (const part of body) req.write(part);
    req.end(Array.isArray(body) ? undefined : body);
  });
}

/** A minimal valid CreateFunction body. */
export function validInput(
  functionName: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    functionName,
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: EMPTY_ZIP },
    ...extra,
  };
}
