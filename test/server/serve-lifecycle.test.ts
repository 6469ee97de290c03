/**
 * `fc3-testkit serve` as a process: startup line, usage errors, port in use, graceful SIGTERM.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { type CliProcess, type HttpAnswer, runCli, send, spawnCli, validInput } from './cli-process.ts';
import { sdkClient, sdkRequest } from './sdk-client.ts';

const JSON_HEADERS = { 'content-type': 'application/json' };
const spawned: CliProcess[] = [];

async function serve(args: string[], env?: NodeJS.ProcessEnv): Promise<CliProcess> {
  const process = await spawnCli(['serve', '--port', '0', '--log-level', 'silent', ...args], env);
  spawned.push(process);
  return process;
}

/** The environment without any credential variables, so that only flags count. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of ['FC3_ACCESS_KEY_ID', 'FC3_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_ACCESS_KEY_ID']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

interface TrackedCreate {
  /** Resolves once the whole request is written to the socket. */
  written: Promise<void>;
  answer: Promise<HttpAnswer>;
  answered(): boolean;
}

/** A create whose writing can be awaited and whose answer can be asked "already in?". */
function sendTracked(url: string, body: string): TrackedCreate {
  let answered = false;
  let onWritten: () => void = () => {};
  const written = new Promise<void>((resolve) => (onWritten = resolve));
  const headers = { ...JSON_HEADERS, 'content-length': String(Buffer.byteLength(body)) };
  const answer = new Promise<HttpAnswer>((resolve, reject) => {
    const req = request(`${url}/2023-03-30/functions`, { method: 'POST', agent: false, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        answered = true;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: JSON.parse(text) });
      });
    });
    req.on('error', reject);
    req.on('finish', onWritten);
    req.end(body);
  });
  return { written, answer, answered: () => answered };
}

afterAll(async () => {
  await Promise.all(spawned.map((child) => child.stop()));
});

describe('serve: startup and usage', () => {
  it('prints exactly one line on stdout and logs requests to stderr at info', async () => {
    const server = await spawnCli(['serve', '--port', '0'], cleanEnv());
    spawned.push(server);
    expect(server.stdout()).toBe(`listening on ${server.url}\n`);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await send(server.url, { headers: JSON_HEADERS, body: '{' });
    await expect
      .poll(() => server.stderr(), { timeout: 2000 })
      .toMatch(/POST \/2023-03-30\/functions 400 InvalidArgument/);
  });

  it.each([
    [
      ['--auth', 'verify'],
      /--auth verify needs credentials: .*FC3_ACCESS_KEY_ID.* or ALIBABA_CLOUD_ACCESS_KEY_ID/,
    ],
    [['--auth', 'maybe'], /--auth must be off or verify/],
    [['--access-key-id', 'AK'], /--access-key-id and --access-key-secret must be given together/],
    [['--port', '70000'], /--port must be an integer from 0 to 65535/],
    [['--seed', '-1'], /^fc3-testkit: serve: --seed must be an integer from 0 to 4294967295, got "-1"\nRun /],
    [['--log-level', 'loud'], /--log-level must be one of/],
    [['--account-id', 'abc'], /^fc3-testkit: serve: --account-id must be numeric, got "abc"\n/],
    [['--bogus'], /^fc3-testkit: serve: unknown option --bogus\n/],
    [['--control-host', 'http://fc3:9000'], /control host "http:\/\/fc3:9000" must be a bare host name/],
  ])('exits 2 on usage error %j', async (args, message) => {
    // A flag may be given once: a row about --port replaces the free port, not adds to it.
    const port = args.includes('--port') ? [] : ['--port', '0'];
    const result = await runCli(['serve', ...port, ...args], cleanEnv());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 with a clear message when the port is in use', async () => {
    const first = await serve([]);
    const result = await runCli(['serve', '--port', String(first.port), '--log-level', 'silent']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`port ${first.port} on 127.0.0.1 is already in use`);
  });

  it('reads credentials from FC3_ACCESS_KEY_ID/SECRET under --auth verify', async () => {
    const env = cleanEnv({ FC3_ACCESS_KEY_ID: 'envAK', FC3_ACCESS_KEY_SECRET: 'envSecret' });
    const server = await serve(['--auth', 'verify'], env);
    const ok = await sdkClient({ port: server.port, accessKeyId: 'envAK', accessKeySecret: 'envSecret' });
    expect((await ok.createFunction(sdkRequest('env-signed'))).statusCode).toBe(200);
  });

  it('reads credentials from a --credentials file and verifies without --auth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc3-serve-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'credentials.json');
    writeFileSync(file, JSON.stringify({ fileAK: 'fileSecret' }));
    const server = await serve(['--credentials', file], cleanEnv());
    const signed = sdkClient({ port: server.port, accessKeyId: 'fileAK', accessKeySecret: 'fileSecret' });
    expect((await signed.createFunction(sdkRequest('file-signed'))).statusCode).toBe(200);
    const unsigned = await send(server.url, {
      headers: JSON_HEADERS,
      body: JSON.stringify(validInput('nosig')),
    });
    expect(unsigned.json.Code).toBe('MissingRequiredHeader');
  });
});

describe('serve: graceful shutdown', () => {
  it('finishes an in-flight request on SIGTERM, then exits 0', async () => {
    const server = await serve([]);
    await send(server.url, { path: '/__fc3/faults', headers: JSON_HEADERS, body: '{"latency":1500}' });
    const inFlight = sendTracked(server.url, JSON.stringify(validInput('in-flight')));
    // Not a fixed sleep: once the request is written, one round trip on a later connection. serve
    // accepts connections in order and reads what an accepted one holds before answering a later
    // one, so the create is being handled (and not an idle connection that close() may drop).
    await inFlight.written;
    expect((await send(server.url, { method: 'GET', path: '/__fc3/calls' })).status).toBe(200);
    const answeredBeforeSignal = inFlight.answered();
    server.child.kill('SIGTERM');
    const answer = await inFlight.answer;
    expect(answeredBeforeSignal, 'the create was answered before SIGTERM: nothing was in flight').toBe(false);
    expect(answer.status).toBe(200);
    expect(answer.json.functionName).toBe('in-flight');
    expect(await server.exited).toBe(0);
  });

  it('stops at once on SIGINT when idle', async () => {
    const server = await serve([]);
    const started = performance.now();
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    // A stop that waited would take the 10 s shutdown timeout; half of it leaves a loaded machine room.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
