/**
 * `verify` names the flags when the suite and the server disagree on credentials or on the body
 * limit: each mismatch for real against a server started with the other setting.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/run.ts';
import { setupHints } from '../../contracts/run/setup-hints.ts';
import type { ContractReport } from '../../contracts/types.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { type CliProcess, spawnCli } from '../server/cli-process.ts';

async function verify(args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
  };
  const code = await main(['verify', ...args], io);
  const hints = out.stdout.split('\n').filter((line) => line.startsWith('hint: '));
  return { code, hints, ...out };
}

let open: RunningServer;
let signed: RunningServer;
let small: RunningServer;

beforeAll(async () => {
  open = await startServer({ port: 0 });
  signed = await startServer({ port: 0, credentials: { testAK: 'testSecret' } });
  small = await startServer({ port: 0, maxBodyBytes: 1000 });
});
afterAll(async () => {
  await Promise.all([open.close(), signed.close(), small.close()]);
});

const PAIR = ['--access-key-id', 'testAK', '--access-key-secret', 'testSecret'];
const EVERYDAY = ['--only', 'get.after-create.builtin,list.*'];

describe('verify set-up hints', () => {
  it('a server that checks signatures and a suite that signs nothing: names both sides flags', async () => {
    const run = await verify(['--base-url', signed.url, ...EVERYDAY]);
    expect(run.code).toBe(1);
    expect(run.hints).toHaveLength(1);
    expect(run.hints[0]).toMatch(/refused as unsigned: the server checks signatures/);
    expect(run.hints[0]).toContain('serve --access-key-id/--access-key-secret or --credentials FILE');
    expect(run.hints[0]).toContain('--access-key-id ID --access-key-secret SECRET');
    expect(run.hints[0]).toContain('--auth off');
    // After the summary line.
    expect(run.stdout.indexOf('hint: ')).toBeGreaterThan(run.stdout.search(/\d+ passed, \d+ failed/));
  });

  it('a pair the server does not know: the signature error it answered', async () => {
    const wrong = ['--access-key-id', 'testAK', '--access-key-secret', 'other'];
    const run = await verify(['--base-url', signed.url, ...wrong, ...EVERYDAY]);
    expect(run.code).toBe(1);
    expect(run.hints).toEqual([expect.stringMatching(/refused a signature \(SignatureNotMatch\): verify's/)]);
  });

  it('a suite that signs and a server that checks nothing', async () => {
    const only = ['--only', 'auth.wrong-secret,auth.tampered-body,get.after-create.builtin'];
    const run = await verify(['--base-url', open.url, ...PAIR, ...only]);
    expect(run.code).toBe(1);
    expect(run.hints).toEqual([
      expect.stringMatching(/^hint: 2 signature cases succeeded: verify signs .* checks no signature/),
    ]);
  });

  it('a server limit below FC documented one refuses bodies within it: names serve --max-body-bytes', async () => {
    const run = await verify([
      '--base-url',
      small.url,
      '--only',
      'sample.code-package,get.after-create.builtin',
    ]);
    expect(run.code).toBe(1);
    expect(run.hints).toHaveLength(1);
    expect(run.hints[0]).toMatch(/got EntityTooLarge for bodies of at most \d+ bytes, within FC's limit/);
    expect(run.hints[0]).toContain('serve --max-body-bytes N');
  });

  it('a server that accepts a body over the limit verify was given', async () => {
    const run = await verify([
      '--base-url',
      open.url,
      '--max-body-bytes',
      '1000',
      '--only',
      'body.entity-too-large',
    ]);
    expect(run.code).toBe(1);
    expect(run.hints).toEqual([
      expect.stringMatching(/accepted a body over --max-body-bytes 1000: .*serve --max-body-bytes N/),
    ]);
  });

  it('no hint when the set-up agrees, even with the same cases', async () => {
    const only = ['--only', 'auth.wrong-secret,sample.code-package,body.entity-too-large'];
    const run = await verify(['--base-url', signed.url, ...PAIR, ...only]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('hint:');
  });

  it('a gateway in front of the target answering 401 (FC answers none): a credentials hint too', async () => {
    const gateway = createServer((req, res) => {
      req.resume();
      req.on('end', () =>
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Unauthorized"}'),
      );
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
    try {
      const unsigned = await verify(['--base-url', url, ...EVERYDAY]);
      expect(unsigned.hints).toEqual([expect.stringMatching(/failed cases were refused as unsigned/)]);
      const signedRun = await verify(['--base-url', url, ...PAIR, ...EVERYDAY]);
      expect(signedRun.hints).toEqual([expect.stringMatching(/refused a signature \(HTTP 401\)/)]);
    } finally {
      gateway.closeAllConnections();
      await new Promise((resolve) => gateway.close(resolve));
    }
  });

  it('after a JSON report on stdout, the hint goes to stderr', async () => {
    const run = await verify(['--base-url', signed.url, '--reporter', 'json', ...EVERYDAY]);
    expect(run.code).toBe(1);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/^hint: \d+ failed cases were refused as unsigned/m);
  });
});

// The same mismatches against the built `fc3-testkit serve`, started with the other flags.
describe('verify set-up hints against fc3-testkit serve started with mismatched flags', () => {
  const started: CliProcess[] = [];
  const serve = async (...flags: string[]) => {
    const child = await spawnCli(['serve', '--port', '0', '--log-level', 'silent', ...flags]);
    started.push(child);
    return child.url;
  };
  afterAll(async () => {
    await Promise.all(started.map((child) => child.stop()));
  });

  it('serve --access-key-id/--access-key-secret, verify without: the credentials hint', async () => {
    const url = await serve('--access-key-id', 'testAK', '--access-key-secret', 'testSecret');
    const run = await verify(['--base-url', url, ...EVERYDAY]);
    expect(run.code).toBe(1);
    expect(run.hints).toEqual([expect.stringMatching(/refused as unsigned: the server checks signatures/)]);
  });

  it('serve --max-body-bytes 1000: the body-limit hint', async () => {
    const url = await serve('--max-body-bytes', '1000');
    const run = await verify(['--base-url', url, '--only', 'sample.code-package']);
    expect(run.code).toBe(1);
    expect(run.hints).toEqual([
      expect.stringMatching(/got EntityTooLarge .* raise it \(serve --max-body-bytes N\)/),
    ]);
  });
});

// Reports built by hand: a target broken in a way that looks like a set-up mismatch.
describe('setupHints on a target that is broken, not mis-set', () => {
  const exchange = (path: string, status: number, body = '') => ({
    request: { method: 'GET', url: `http://127.0.0.1:9000${path}`, headers: {}, body: new Uint8Array() },
    response: { status, headers: {}, body },
    at: new Date(0),
  });
  const result = (status: 'passed' | 'failed', exchanges: ReturnType<typeof exchange>[]) =>
    ({
      case: { expect: { status: 200 } },
      status,
      failures: [],
      warnings: [],
      exchanges,
      durationMs: 1,
    }) as never;
  const report = (results: never[]) => ({ results }) as unknown as ContractReport;
  const refused = (code: string) =>
    result('failed', [
      exchange('/2023-03-30/functions?limit=1', 403, JSON.stringify({ Code: code, Message: 'm' })),
    ]);
  const accepted = result('passed', [exchange('/2023-03-30/functions/f', 200, '{}')]);

  it('no credentials hint when the same set-up had FC 3.0 requests accepted (a signing bug of the target)', () => {
    for (const signs of [true, false]) {
      const hints = setupHints(report([accepted, refused('SignatureNotMatch')]), {
        signs,
        maxBodyBytes: undefined,
      });
      expect(hints).toEqual([]);
    }
  });

  it('still the credentials hint when no FC 3.0 request was accepted (an unsigned download does not count)', () => {
    const download = result('passed', [exchange('/fc3-testkit/code/f/LATEST/1.zip', 200)]);
    const hints = setupHints(report([download, refused('SignatureNotMatch')]), {
      signs: true,
      maxBodyBytes: undefined,
    });
    expect(hints).toEqual([expect.stringMatching(/must be a pair the server knows/)]);
  });

  it('no "checks no signature" hint when another signature case was refused as expected (a body-hash bug)', () => {
    const signatureCase = (status: 'passed' | 'failed', answered: number) =>
      ({
        case: { needs: ['credentials'], expect: { status: 403, code: 'SignatureNotMatch' } },
        status,
        failures: [],
        warnings: [],
        exchanges: [exchange('/2023-03-30/functions/f', answered, answered < 300 ? '{}' : '')],
        durationMs: 1,
      }) as never;
    const run = { signs: true, maxBodyBytes: undefined };
    const tampered = signatureCase('failed', 200);
    expect(setupHints(report([signatureCase('passed', 403), tampered]), run)).toEqual([]);
    expect(setupHints(report([tampered]), run)).toEqual([expect.stringMatching(/checks no signature/)]);
  });

  it('a clock skew is named as one, not as a wrong pair', () => {
    const hints = setupHints(report([refused('RequestTimeTooSkewed')]), {
      signs: true,
      maxBodyBytes: undefined,
    });
    expect(hints).toEqual([expect.stringMatching(/RequestTimeTooSkewed.*clock/)]);
    expect(hints[0]).not.toContain('pair the server knows');
  });
});
