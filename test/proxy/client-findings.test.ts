/**
 * What a client sent wrong, table-driven through a real proxy in front of `startServer`: each
 * request breaks one documented fact and the proxy names it with its reference; a correct
 * request raises nothing; a path outside the spec is counted as not checked. Also garbage that
 * is not HTTP at all: forwarded as is, not checked. (Checks run inline here, `inlineChecks`.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { type ProxyResult, type RunningProxy, startProxy } from '../../proxy/proxy.ts';
import { type SendOptions, send, validInput } from '../server/cli-process.ts';
import { rawRequest } from './raw-net.ts';

const json = { 'content-type': 'application/json' };
const F = '/2023-03-30/functions';

interface Given {
  name: string;
  request: SendOptions;
  /** `check [reference]` of the finding, or undefined for none. */
  want: string | undefined;
}

const table: Given[] = [
  {
    name: 'a valid create',
    request: { headers: json, body: JSON.stringify(validInput('ok')) },
    want: undefined,
  },
  {
    name: 'x-acs-content-sha256 of another body',
    request: {
      headers: { ...json, 'x-acs-content-sha256': '0'.repeat(64) },
      body: JSON.stringify(validInput('hash')),
    },
    want: 'client.contentSha256 [A.3, A.4]',
  },
  {
    name: 'x-acs-action naming another operation',
    request: { method: 'GET', path: `${F}/ok`, headers: { 'x-acs-action': 'CreateFunction' } },
    want: 'client.header [A.3]',
  },
  {
    name: 'a GET with a body',
    request: { method: 'GET', path: `${F}/ok`, body: '{"qualifier":"LATEST"}' },
    want: 'client.rule [lifecycle A.2]',
  },
  { name: 'limit=0', request: { method: 'GET', path: `${F}?limit=0` }, want: 'client.rule [lifecycle E.1]' },
  {
    name: 'an update naming another function in its body',
    request: { method: 'PUT', path: `${F}/ok`, headers: json, body: '{"functionName":"other"}' },
    want: 'client.rule [lifecycle C.1]',
  },
  {
    name: 'an update with timeout out of range',
    request: { method: 'PUT', path: `${F}/ok`, headers: json, body: '{"timeout":0}' },
    want: 'client.schema [lifecycle C.1]',
  },
  {
    name: 'a path name no function can have',
    request: { method: 'DELETE', path: `${F}/9starts-with-a-digit` },
    want: 'client.rule [CF B.1, lifecycle A.2]',
  },
];

describe('client-side findings', () => {
  let server: RunningServer;
  let proxy: RunningProxy;
  let result: ProxyResult;
  const statuses: number[] = [];
  let twoHosts = '';
  beforeAll(async () => {
    server = await startServer();
    // Checked in the forwarding thread here (everywhere else in the worker): both paths agree.
    proxy = await startProxy({ upstream: server.url, inlineChecks: true });
    for (const given of table) statuses.push((await send(proxy.url, given.request)).status);
    const hosts = `GET ${F} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nHost: localhost\r\n\r\n`;
    const answered = await rawRequest({
      port: proxy.port,
      parts: [Buffer.from(hosts)],
      until: (bytes) => bytes.includes('HTTP allows one'),
    });
    twoHosts = answered.bytes.toString('latin1');
    await send(proxy.url, { method: 'GET', path: `${F}/ok/instances` });
    await rawRequest({ port: proxy.port, parts: [Buffer.from('\x16\x03\x01 definitely not HTTP\r\n\r\n')] });
    result = await proxy.close();
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  table.forEach((given, index) => {
    it(given.name, () => {
      const title = result.report.results.find((r) => r.case.title.startsWith(`#${index + 1} `));
      const found = (title?.failures ?? []).map((f) => `${f.check} [${f.reference}]`);
      expect(found).toEqual(given.want ? [given.want] : []);
      if (given.want?.startsWith('client.rule') || given.want?.startsWith('client.schema')) {
        expect(statuses[index], 'serve refuses it too').toBe(400);
      }
    });
  });

  it('a request with two Host lines: serve refuses it, and the proxy names it (RFC 9112 section 3.2)', () => {
    expect(twoHosts).toMatch(/^HTTP\/1\.1 400 /);
    const index = table.length + 1;
    const entry = result.report.results.find((r) => r.case.title.startsWith(`#${index} `));
    expect(entry?.failures.map((f) => `${f.check} [${f.reference}] ${f.message}`)).toEqual([
      'client.host [RFC 9112 section 3.2] the request has 2 Host headers; HTTP allows one',
    ]);
  });

  it('counts a path outside the spec and garbage as not checked, without rule findings', () => {
    // The path outside the spec, and the two Host lines (joined, they make no URL to route).
    expect(result.summary).toContain('not fully checked: 2× not an operation of the spec');
    expect(result.summary).toContain('not readable as HTTP/1.1 (forwarded, not checked): 1 connection(s)');
    expect(result.report.results.filter((r) => r.status === 'failed')).toHaveLength(
      table.filter((g) => g.want).length + 1, // and the two Host lines
    );
  });
});
