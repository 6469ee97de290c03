/**
 * `--log-level debug` (`log: 'debug'`): per request the signing headers, body size, matched
 * operation and the refusal's code and rule id; per control-API call a line too. Bounded and
 * free of control characters whatever the client sends.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { signAcs3 } from '../../mocks/core/auth/index.ts';
import type { WireRequest, WireResponse } from '../../mocks/core/types.ts';
import { createEmulator } from '../../mocks/index.ts';
import { DEBUG_LINE_CHARS, debugLine, safeValue } from '../../mocks/server/debug-line.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { send, validInput } from './cli-process.ts';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function logged(log: 'info' | 'debug', credentials?: Record<string, string>) {
  const lines: string[] = [];
  server = await startServer({
    port: 0,
    log,
    logSink: (line) => lines.push(line),
    ...(credentials ? { credentials } : {}),
  });
  return { lines, url: server.url };
}

// What may not reach a terminal: C0, DEL, C1, line separators, bidi overrides.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('serve --log-level debug', () => {
  it('adds the operation, body size and the refusal code and rule id to the info line', async () => {
    const { lines, url } = await logged('debug');
    const body = JSON.stringify({ ...validInput('dbg'), timeout: 0 });
    await send(url, { headers: { 'content-type': 'application/json' }, body });
    await send(url, { method: 'GET', path: '/2023-03-30/functions/dbg' });
    expect(lines[0]).toMatch(/^POST \/2023-03-30\/functions 400 InvalidArgument /);
    expect(lines[1]).toBe(
      `debug POST /2023-03-30/functions op=CreateFunction body=${Buffer.byteLength(body)}B host="${new URL(url).host}" content-type="application/json" -> 400 InvalidArgument rule=timeout-range`,
    );
    expect(lines[3]).toMatch(
      /^debug GET \/2023-03-30\/functions\/dbg op=GetFunction body=0B .* -> 404 FunctionNotFound$/,
    );
  });

  it('names the refusal of a HEAD, whose answer has no body to read it from', async () => {
    const { lines, url } = await logged('debug');
    const path = '/fc3-testkit/code/nothing/LATEST/1.zip';
    const get = await send(url, { method: 'GET', path });
    const head = await send(url, { method: 'HEAD', path });
    const { Code } = get.json as { Code: string };
    expect([get.status, head.status, head.text]).toEqual([404, 404, '']);
    expect(lines[2]).toMatch(new RegExp(`^HEAD ${path} 404 ${Code} `));
    expect(lines[3]).toMatch(
      new RegExp(`^debug HEAD ${path} op=DownloadFunctionCode body=0B .* -> 404 ${Code}$`),
    );
  });

  it('shows the headers that are signed, the signature cut to 8 characters', async () => {
    const { lines, url } = await logged('debug', { AK: 'SK' });
    const path = '/2023-03-30/functions/x';
    const { headers } = signAcs3({
      method: 'GET',
      url: `${url}${path}`,
      accessKeyId: 'AK',
      accessKeySecret: 'wrong',
    });
    await send(url, { method: 'GET', path, headers });
    const debug = lines.find((line) => line.startsWith('debug GET'));
    expect(debug).toContain(`x-acs-date="${headers['x-acs-date']}"`);
    expect(debug).toContain(`x-acs-content-sha256="${headers['x-acs-content-sha256']}"`);
    expect(debug).toMatch(
      /authorization="ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=[a-z0-9;-]+,Signature=[0-9a-f]{8}…"/,
    );
    expect(debug).toMatch(/-> 403 SignatureNotMatch$/);
  });

  it('logs control-API calls, which info does not', async () => {
    for (const level of ['info', 'debug'] as const) {
      const { lines, url } = await logged(level);
      await send(url, { method: 'POST', path: '/__fc3/reset' });
      await send(url, { method: 'GET', path: '/__fc3/nothing' });
      const control = lines.filter((line) => line.includes('/__fc3/'));
      if (level === 'info') expect(control).toEqual([]);
      else {
        expect(control[0]).toMatch(/^debug control POST \/__fc3\/reset host="[^"]+" -> 200 \{"ok":true\}$/);
        expect(control[1]).toMatch(
          /^debug control GET \/__fc3\/nothing .*-> 404 \{"error":"unknown control endpoint/,
        );
      }
      await server?.close();
      server = undefined;
    }
  });

  it('logs the size, not the text, of the journal and function dumps: they repeat what clients sent', async () => {
    const { lines, url } = await logged('debug');
    // A security token sent first is the start of the journal's first entry (/__fc3/calls).
    const token = 'CAISsecretSTStoken123456';
    await send(url, {
      method: 'GET',
      path: '/2023-03-30/functions',
      headers: { 'x-acs-security-token': token },
    });
    const env = { ...validInput('env'), environmentVariables: { DB_PASSWORD: 'hunter2' } };
    await send(url, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(env) });
    const calls = await send(url, { method: 'GET', path: '/__fc3/calls' });
    await send(url, { method: 'GET', path: '/__fc3/functions' });
    await send(url, { method: 'GET', path: '/__fc3/calls?limit=x' });
    await send(url, { method: 'GET', path: '/__fc3/calls/' });
    const control = lines.filter((line) => line.startsWith('debug control'));
    expect(control).toHaveLength(4);
    expect(control[3]).toMatch(/ -> 200 \(\d+ bytes\)$/);
    expect(control.join('\n')).not.toMatch(/CAIS|hunter2/);
    expect(control[0]).toMatch(/ -> 200 \(\d+ bytes\)$/);
    expect(control[0]).toContain(`(${Buffer.byteLength(calls.text)} bytes)`);
    expect(control[1]).toMatch(/^debug control GET \/__fc3\/functions .* -> 200 \(\d+ bytes\)$/);
    expect(control[2]).toMatch(/ -> 400 \{"error":/);
  });

  it('a body refused unread past the limit is shown as over the limit, not as 0 bytes', async () => {
    const lines: string[] = [];
    server = await startServer({
      port: 0,
      log: 'debug',
      logSink: (line) => lines.push(line),
      maxBodyBytes: 1000,
    });
    for (const body of ['x'.repeat(5000), ['x'.repeat(600), 'x'.repeat(600)]]) {
      const answer = await send(server.url, { headers: { 'content-type': 'application/json' }, body });
      expect(answer.status).toBe(400);
    }
    const debug = lines.filter((line) => line.startsWith('debug POST'));
    expect(debug).toHaveLength(2);
    for (const line of debug) {
      expect(line).toContain(' body>1000B ');
      expect(line).toMatch(/ -> 400 EntityTooLarge$/);
    }
  });

  it('info writes no debug line', async () => {
    const { lines, url } = await logged('info');
    await send(url, { method: 'GET', path: '/2023-03-30/functions/x' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/2023-03-30\/functions\/x 404 FunctionNotFound/);
  });

  it('info names the code of an OSS answer, and escapes a code a replaced dispatch made up', async () => {
    const lines: string[] = [];
    const inner = createEmulator();
    // A foreign emulator's answer whose code holds ESC and CSI: shown escaped, never raw.
    const made = { status: 500, headers: {}, body: '{"Code":"Bad\u001b[31m\u009bcode","Message":"m"}' };
    const dispatch = async (wire: WireRequest): Promise<WireResponse> =>
      wire.url.endsWith('/odd') ? made : inner.dispatch(wire);
    const logSink = (line: string): number => lines.push(line);
    server = await startServer({ port: 0, log: 'info', logSink, emulator: { ...inner, dispatch } });
    const headers = { host: 'b.oss-cn-hangzhou.aliyuncs.com' };
    await send(server.url, { method: 'POST', path: '/1/a.zip', headers });
    await send(server.url, { method: 'GET', path: '/odd' });
    expect(lines[0]).toMatch(/^POST \/1\/a\.zip 405 MethodNotAllowed [0-9.]+ms$/);
    expect(lines[1]).toMatch(/^GET \/odd 500 Bad\\u001b\[31m\\u009bcode [0-9.]+ms$/);
    for (const line of lines) expect(line).not.toMatch(UNSAFE);
  });

  it('hostile headers: no control character reaches the log, every line bounded', async () => {
    const { lines, url } = await logged('debug');
    // Node accepts obs-text (0x80-0xff) in header values: C1 controls such as CSI (0x9b) get through.
    const headers = {
      'x-acs-date': '\u009b31mred\u0085next',
      authorization: 'A'.repeat(5000),
      'content-type': `"${'\u009b'.repeat(1500)}`,
      host: `h${'x'.repeat(1000)}`,
    };
    for (const name of [
      'x-acs-action',
      'x-acs-version',
      'x-acs-signature-nonce',
      'x-acs-content-sha256',
      'date',
    ])
      (headers as Record<string, string>)[name] = 'v\u0090'.repeat(500);
    await send(url, { method: 'GET', path: '/2023-03-30/functions/x', headers });
    const debug = lines.filter((line) => line.startsWith('debug '));
    expect(debug).toHaveLength(1);
    expect(debug[0]).not.toMatch(UNSAFE);
    expect(debug[0]?.length).toBeLessThanOrEqual(DEBUG_LINE_CHARS);
    expect(debug[0]).toMatch(/ -> 404 FunctionNotFound$/);
    expect(debug[0]).toContain('x-acs-date="\\u009b31mred\\u0085next"');
  });
});

describe('debugLine and safeValue', () => {
  it('escape what a terminal would act on and cut long values, noting the length', () => {
    expect(safeValue('a\nb\u202ec\u001b')).toBe('a\\u000ab\\u202ec\\u001b');
    expect(safeValue('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…(500 chars)`);
    expect(safeValue('\n'.repeat(100), 12)).toBe(`${'\\u000a'.repeat(2)}…(100 chars)`);
  });

  it('keep the answer whole when the request part is cut', () => {
    const response = { status: 400, headers: {}, body: '{"Code":"InvalidArgument","Message":"m"}' };
    const headers = Object.fromEntries(
      ['host', 'content-type', 'date', 'x-acs-date'].map((h) => [h, 'y'.repeat(1000)]),
    );
    const line = debugLine({
      method: 'POST',
      path: `/${'p'.repeat(5000)}`,
      headers,
      bodyBytes: 3,
      response,
      decision: { operation: 'CreateFunction', code: 'InvalidArgument', ruleId: 'timeout-range' },
    });
    expect(line.length).toBeLessThanOrEqual(DEBUG_LINE_CHARS);
    expect(line.endsWith(' -> 400 InvalidArgument rule=timeout-range')).toBe(true);
  });
});
