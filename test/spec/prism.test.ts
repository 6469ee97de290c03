/**
 * Stoplight Prism, the independent oracle (ADR 004), must be able to serve spec/openapi.yaml:
 * it accepts the request `sample`, answers with the documented sample, and honours
 * `Prefer: code=409`. One Prism process per file, started directly (no npx) and killed by PID.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, readJson, repoRoot, requestExamples } from './spec-helpers.ts';

const PRISM = `${repoRoot}node_modules/@stoplight/prism-cli/dist/index.js`;
const spec = loadSpec();
const sample = requestExamples(spec).find((e) => e.name === 'sample')?.value as Record<string, unknown>;

let prism: ChildProcess | undefined;
let baseUrl = '';
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilAnswering(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (prism?.exitCode !== null) throw new Error(`Prism exited early:\n${output}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(500) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`Prism did not answer within the deadline:\n${output}`);
}

/** Sends SIGTERM to our Prism process by PID and resolves with how it ended. */
function stopPrism(): Promise<string> {
  const child = prism;
  if (child?.pid === undefined) return Promise.resolve('not started');
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(String(child.signalCode ?? child.exitCode));
  const ended = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(String(signal ?? code))),
  );
  process.kill(child.pid, 'SIGTERM');
  return ended;
}

function create(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/2023-03-30/functions`, {
    method: 'POST',
    // The SDK's exact content type (A.3).
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const args = [PRISM, 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'warn', 'spec/openapi.yaml'];
  prism = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  prism.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  prism.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitUntilAnswering(baseUrl, Date.now() + 25_000);
});

afterAll(async () => {
  await stopPrism();
});

describe('Prism serves spec/openapi.yaml', () => {
  it('answers the request sample with 200 and the documented sample', async () => {
    const res = await create(sample);
    expect(res.status, output).toBe(200);
    expect(await res.json()).toStrictEqual(readJson('spec/fixtures/documented-sample.json'));
  });

  it('answers Prefer: code=409 with the FunctionAlreadyExists example', async () => {
    const res = await create(sample, { prefer: 'code=409' });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ Code: 'FunctionAlreadyExists' });
  });

  it('rejects an input without handler with the first 400 example (InvalidArgument)', async () => {
    const res = await create({ ...sample, handler: undefined });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ Code: 'InvalidArgument' });
  });

  it('accepts cpu 0.5 with memorySize 1024 (an exact multiple of 0.05 in binary floating point)', async () => {
    const res = await create({ ...sample, cpu: 0.5, memorySize: 1024 });
    expect(res.status).toBe(200);
  });

  // Known oracle limitation (ADR 004): Prism 5.16 compiles schemas with Ajv but without
  // `multipleOfPrecision`, and 0.35 / 0.05 = 6.999999999999999, so it rejects a valid cpu. Our
  // emulator uses multipleOfPrecision 9 and accepts it. If Prism fixes this, this test fails:
  // update ADR 004 and the contract suite's Prism exclusions.
  it('REJECTS cpu 0.35 with memorySize 1024 — Prism float limitation, not an FC rule', async () => {
    const res = await create({ ...sample, cpu: 0.35, memorySize: 1024 });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ Code: 'InvalidArgument' });
    expect(output).toContain('cpu must be multiple of 0.05');
  });

  it('is stopped by PID', async () => {
    expect(await stopPrism()).toBe('SIGTERM');
  });
});
