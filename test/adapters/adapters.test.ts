/**
 * The adapters' own surface: misuse guards, which hosts they claim (and which they leave alone),
 * browser-safety of the MSW entry, and the nock handle's expectations.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { fc3Nock } from '../../mocks/nock.ts';
import { minimalInput } from '../helpers/requests.ts';
import { BASE_URL, closedNetwork, closeNetworkForNock } from './support.ts';

const misuse: Array<[string, () => unknown, RegExp]> = [
  ['options passed first', () => fc3Handlers({ baseUrl: BASE_URL } as never), /options go second/],
  [
    'an unknown option',
    () => fc3Handlers(undefined, { baseURL: BASE_URL } as never),
    /unknown option baseURL/,
  ],
  ['a baseUrl with a path', () => fc3Handlers(undefined, { baseUrl: `${BASE_URL}/fc` }), /without path/],
  [
    'a relative baseUrl',
    () => fc3Handlers(undefined, { baseUrl: '127.0.0.1:9000' }),
    /absolute URL|http: or https:/,
  ],
  ['a look-alike emulator', () => fc3Handlers({ handle: () => undefined } as never), /createEmulator\(\)/],
  ['nock: options passed first', () => fc3Nock({ baseUrl: BASE_URL } as never), /options go second/],
  ['nock: a non-string baseUrl', () => fc3Nock(undefined, { baseUrl: [9000 as never] }), /is not a string/],
];

describe('misuse throws Fc3TestkitError', () => {
  it.each(misuse)('%s', (_name, call, message) => {
    expect(call).toThrow(Fc3TestkitError);
    expect(call).toThrow(message);
  });

  it('fc3Nock refuses to install while nock is inactive', () => {
    nock.restore();
    try {
      expect(() => fc3Nock()).toThrow(/call nock.activate\(\) first/);
    } finally {
      nock.activate();
    }
  });
});

describe('fc3Handlers', () => {
  it('returns two handlers and a non-enumerable emulator, fresh per call without one', () => {
    const handlers = fc3Handlers();
    expect(handlers).toHaveLength(2);
    expect([...handlers]).toHaveLength(2);
    expect(Object.keys(handlers)).toEqual(['0', '1']);
    expect(handlers.emulator).not.toBe(fc3Handlers().emulator);
    const emulator = createEmulator();
    expect(fc3Handlers(emulator).emulator).toBe(emulator);
  });

  it('imports nothing Node-only, so setupWorker can use it', () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        if (specifier?.startsWith('.')) visit(resolve(dirname(file), specifier));
        else if (specifier) bare.add(specifier);
      }
    };
    visit(resolve(import.meta.dirname, '../../mocks/msw.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(bare).toContain('msw');
    const nodeOnly = [...bare].filter(
      (s) => s.startsWith('node:') || builtinModules.includes(s) || s === 'msw/node',
    );
    expect(nodeOnly).toEqual([]);
  });
});

describe('which hosts the MSW handlers claim', () => {
  const handlers = fc3Handlers(undefined, { baseUrl: [BASE_URL, 'https://fc.example.test'] });
  const server = setupServer(...handlers);
  beforeAll(() => {
    nock.restore();
    server.listen(closedNetwork());
  });
  afterEach(() => handlers.emulator.reset());
  afterAll(() => {
    server.close();
    nock.activate();
  });

  it.each([
    'https://1234567890123456.cn-hangzhou.fc.aliyuncs.com:8443/2023-03-30/functions',
    'https://fc.example.test/2023-03-30/functions/',
    'https://fc.example.test:443/2023-03-30/functions',
  ])('answers %s', async (url) => {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(minimalInput()) });
    expect(res.status).toBe(200);
  });

  it.each([
    'https://ecs.cn-hangzhou.aliyuncs.com/2023-03-30/functions',
    'https://1234.cn-hangzhou.fc.aliyuncs.com.example.com/2023-03-30/functions',
    'http://127.0.0.1:9001/2023-03-30/functions',
    'http://fc.example.test/2023-03-30/functions',
  ])('leaves %s to the closed network', async (url) => {
    // MSW reports the unhandled request on console.error; capture it instead of printing it.
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
      expect(report).toHaveBeenCalled();
    } finally {
      report.mockRestore();
    }
    expect(handlers.emulator.calls()).toHaveLength(0);
  });
});

// A host nothing can listen on: once the interceptors are gone, nock's closed network refuses
// the request whatever runs on this machine's loopback (a `serve` on port 9000, say).
const NOCK_URL = 'http://fc.nock-handle.test';

describe('the fc3Nock handle', () => {
  beforeAll(() => closeNetworkForNock());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());
  const create = (name: string) =>
    fetch(`${NOCK_URL}/2023-03-30/functions`, {
      method: 'POST',
      body: JSON.stringify(minimalInput({ functionName: name })),
    });

  it('tracks expectations like nock: pendingMocks, isDone, assertCalled', async () => {
    const handle = fc3Nock(undefined, { baseUrl: NOCK_URL });
    expect(handle.isDone()).toBe(false);
    expect(handle.pendingMocks()).toContain(`ANY ${NOCK_URL}`);
    expect(() => handle.assertCalled()).toThrow(/expected at least 1 request, got 0/);
    expect((await create('n-one')).status).toBe(200);
    expect((await create('n-one')).status).toBe(409);
    expect(handle.requestCount).toBe(2);
    expect(handle.isDone()).toBe(true);
    expect(handle.pendingMocks()).toEqual([]);
    handle.assertCalled();
    handle.assertCalled(2);
    expect(() => handle.assertCalled(1)).toThrow(/expected 1 request\(s\), got 2\n {2}#1 POST/);
    handle.restore();
  });

  it('pendingMocks() follows nock: empty once nock.cleanAll() removed the interceptors', async () => {
    const handle = fc3Nock(undefined, { baseUrl: NOCK_URL });
    const pending = handle.pendingMocks();
    expect(pending).toContain(`ANY ${NOCK_URL}`);
    expect(pending.length).toBeGreaterThan(1);
    nock.cleanAll();
    expect(handle.pendingMocks()).toEqual([]);
    // They really are gone: the request is not answered by the emulator.
    await expect(create('n-gone')).rejects.toThrow();
    expect(handle.requestCount).toBe(0);
    handle.restore();
    expect(handle.pendingMocks()).toEqual([]);
  });

  it('restore() removes only its own interceptors and can be called twice', async () => {
    const other = nock('http://other.test').get('/ping').reply(200, 'pong');
    const handle = fc3Nock(undefined, { baseUrl: NOCK_URL });
    handle.restore();
    handle.restore();
    const after = await fetch(`${NOCK_URL}/2023-03-30/functions`, { method: 'POST', body: '{}' }).catch(
      (e: Error) => e,
    );
    expect(after instanceof Error || after.status === 501).toBe(true);
    expect(handle.requestCount).toBe(0);
    expect(await (await fetch('http://other.test/ping')).text()).toBe('pong');
    other.done();
  });
});
