/**
 * Stoplight Prism, the independent oracle (ADR 004), must be able to serve spec/openapi.yaml:
 * it accepts the request `sample`, answers with the documented sample, and honours
 * `Prefer: code=409`; for GetFunction, UpdateFunction, DeleteFunction and ListFunctions it serves
 * each operation's first example and the one `Prefer` selects. One Prism process per file,
 * started directly (no npx) and killed by PID.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadSpec,
  operationById,
  readJson,
  repoRoot,
  requestExamples,
  responseExamples,
} from './spec-helpers.ts';

const PRISM = `${repoRoot}node_modules/@stoplight/prism-cli/dist/index.js`;
const spec = loadSpec();
const sample = requestExamples(spec).find((e) => e.name === 'sample')?.value as Record<string, unknown>;

let prism: ChildProcess | undefined;
let baseUrl = '';
let output = '';

/**
 * Resolves with the URL Prism prints once it listens: it binds port 0 itself (at `-v info` it
 * names the port it got), so no port is chosen for it that another process could take first.
 */
function listeningUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism did not listen within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (): void => {
      const match = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(match[1] as string);
    };
    child.stdout?.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`Prism exited early:\n${output}`));
    });
  });
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

/** A documented response example of an operation, as the spec writes it. */
function documented(operationId: string, status: string, name: string): unknown {
  const examples = responseExamples(spec, operationById(spec, operationId).operation);
  return examples.find((e) => e.status === status && e.name === name)?.value;
}

const ITEM = '/2023-03-30/functions/my-function-1';

function call(
  method: string,
  path: string,
  options: { body?: unknown; prefer?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = options.prefer ? { prefer: options.prefer } : {};
  if (options.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return fetch(`${baseUrl}${path}`, { method, headers, body });
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
  const args = [PRISM, 'mock', '-h', '127.0.0.1', '-p', '0', '-v', 'info', 'spec/openapi.yaml'];
  prism = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  prism.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  prism.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  baseUrl = await listeningUrl(prism, 25_000);
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
});

describe('Prism serves the function-resource operations', () => {
  const terraform = requestExamples(spec, operationById(spec, 'UpdateFunction').operation).find(
    (e) => e.name === 'terraform',
  )?.value;

  it('GetFunction: 200 with the first example (codePackage)', async () => {
    const res = await call('GET', ITEM);
    expect(res.status, output).toBe(200);
    expect(await res.json()).toStrictEqual(documented('GetFunction', '200', 'codePackage'));
  });

  it('GetFunction: Prefer code=404 answers FunctionNotFound, example=containerActive that example', async () => {
    const missing = await call('GET', ITEM, { prefer: 'code=404' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toStrictEqual(documented('GetFunction', '404', 'FunctionNotFound'));
    const ready = await call('GET', `${ITEM}?qualifier=LATEST`, { prefer: 'example=containerActive' });
    expect(await ready.json()).toStrictEqual(documented('GetFunction', '200', 'containerActive'));
  });

  it('GetFunction: a path name against the name rules answers the first 400 example', async () => {
    const res = await call('GET', '/2023-03-30/functions/9lives');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ Code: 'InvalidArgument' });
    expect(output).toContain('functionname must match pattern');
  });

  it('UpdateFunction: the terraform request answers memoryUpdated; 409 and 412 on Prefer', async () => {
    const res = await call('PUT', ITEM, { body: terraform });
    expect(res.status, output).toBe(200);
    expect(await res.json()).toStrictEqual(documented('UpdateFunction', '200', 'memoryUpdated'));
    const busy = await call('PUT', ITEM, { body: {}, prefer: 'code=409' });
    expect([busy.status, (await busy.json()).Code]).toEqual([409, 'ConcurrentUpdateError']);
    const stale = await call('PUT', ITEM, { body: {}, prefer: 'code=412' });
    expect([stale.status, (await stale.json()).Code]).toEqual([412, 'PreconditionFailed']);
  });

  it('UpdateFunction: a schema violation answers the first 400 example', async () => {
    const res = await call('PUT', ITEM, { body: { memorySize: 1000 } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ Code: 'InvalidArgument' });
  });

  it('DeleteFunction: 204 with an empty body; Prefer code=409 answers FunctionNotEmpty', async () => {
    const res = await call('DELETE', ITEM);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    const blocked = await call('DELETE', ITEM, { prefer: 'code=409' });
    expect(blocked.status).toBe(409);
    expect(await blocked.json()).toStrictEqual(documented('DeleteFunction', '409', 'FunctionNotEmpty'));
  });

  it('ListFunctions: 200 with firstPage, the SDK query shapes included; example=lastPage that page', async () => {
    const tags = encodeURIComponent(JSON.stringify([{ Key: 'env', Value: 'test' }]));
    const res = await call(
      'GET',
      `/2023-03-30/functions?limit=2&nextToken=&prefix=&fcVersion=v3&tags=${tags}`,
    );
    expect(res.status, output).toBe(200);
    expect(await res.json()).toStrictEqual(documented('ListFunctions', '200', 'firstPage'));
    const last = await call('GET', '/2023-03-30/functions', { prefer: 'example=lastPage' });
    expect(await last.json()).toStrictEqual(documented('ListFunctions', '200', 'lastPage'));
  });

  it.each(['limit=0', 'limit=101', 'limit=ten', 'fcVersion=v4'])(
    'ListFunctions: %s answers the first 400 example (InvalidArgument)',
    async (query) => {
      const res = await call('GET', `/2023-03-30/functions?${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ Code: 'InvalidArgument' });
    },
  );

  // Known oracle limitation (ADR 004): Prism 5.16 does not validate query parameters declared with
  // `content` (JSON-serialised), so `tags` that are not JSON pass. Our emulator rejects them (rule
  // list-tags-json). If Prism starts validating them, this test fails: update ADR 004.
  it('ACCEPTS tags that are not JSON — Prism does not validate content-serialised query parameters', async () => {
    const res = await call('GET', '/2023-03-30/functions?tags=not-json');
    expect(res.status).toBe(200);
  });

  it('is stopped by PID', async () => {
    expect(await stopPrism()).toBe('SIGTERM');
  });
});
