/**
 * Repro (issue 13, item 5): the control API trusted any web page. A page the developer opens can
 * send no-preflight requests (`text/plain` POSTs) to 127.0.0.1, and with DNS rebinding read
 * `/__fc3/calls` under its own host name. The control API now requires a loopback or configured
 * `Host`, no foreign `Origin`, and a JSON content type for bodies; the FC paths stay as
 * permissive as FC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliProcess, expectAlive, send, serve } from './support.ts';

const FAULT = JSON.stringify({ failNext: { code: 'ServiceUnavailable' } });
const VALID = JSON.stringify({
  functionName: 'trusting-fc-path',
  runtime: 'python3.10',
  handler: 'index.handler',
  code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' },
});

describe('hostile: who may use the control API', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serve(['--control-host', 'fc3.internal']);
  });
  afterAll(async () => {
    await server?.stop();
  });
  const control = (path: string, headers: Record<string, string>, body?: string) =>
    send(server.url, {
      method: body === undefined ? 'GET' : 'POST',
      path,
      headers,
      ...(body === undefined ? {} : { body }),
    });

  it.each([
    ['a rebinding name', 'evil.example'],
    ['a rebinding name with the port', 'evil.example:9000'],
    ['a name that only starts like localhost', 'localhost.evil.example'],
    ['a LAN address', '192.168.1.20:9000'],
    ['a LAN address, IPv4-mapped', '[::ffff:c0a8:114]:9000'],
    ['a name after a bracketed loopback', '[::ffff:7f00:1].evil.example'],
    ['text after IPv6 loopback', '[::1]x.evil.example:9000'],
  ])('refuses Host %s (%s) with 403', async (_label, host) => {
    const answer = await control('/__fc3/calls', { host });
    expect(answer.status).toBe(403);
    expect(answer.json.error).toContain(
      `Host ${JSON.stringify(host)} is neither loopback nor a --control-host`,
    );
  });

  it.each([
    ['127.0.0.1 with port', () => `127.0.0.1:${server.port}`],
    ['another 127/8 address', () => '127.1.2.3'],
    ['localhost', () => `localhost:${server.port}`],
    ['LOCALHOST, uppercase', () => 'LOCALHOST'],
    ['a .localhost name', () => 'fc3.localhost'],
    ['IPv6 loopback', () => `[::1]:${server.port}`],
    ['IPv4-mapped loopback, as a URL writes it', () => `[::ffff:7f00:1]:${server.port}`],
    ['IPv4-mapped loopback, dotted', () => '[::ffff:127.0.0.1]'],
    ['a configured --control-host', () => 'fc3.internal:9000'],
  ])('accepts Host %s', async (_label, host) => {
    expect((await control('/__fc3/calls', { host: host() })).status).toBe(200);
  });

  it.each([
    ['another site', 'http://evil.example'],
    ['a local dev server on another port', 'http://localhost:5173'],
    ['an opaque origin', 'null'],
  ])('refuses Origin of %s with 403', async (_label, origin) => {
    const answer = await control('/__fc3/calls', { origin });
    expect(answer.status).toBe(403);
    expect(answer.json.error).toContain(`Origin ${JSON.stringify(origin)}`);
  });

  it('accepts its own origin', async () => {
    expect((await control('/__fc3/calls', { origin: server.url })).status).toBe(200);
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['no content type', {}],
  ])('refuses a POST body sent as %s with 415, applying nothing', async (_label, headers) => {
    const answer = await control('/__fc3/faults', headers, FAULT);
    expect(answer.status).toBe(415);
    expect(answer.json.error).toMatch(
      /control request bodies must be JSON \(content-type: application\/json\)/,
    );
    const create = await send(server.url, { headers: { 'content-type': 'application/json' }, body: VALID });
    expect(create.status).toBe(200); // the fault was not applied
    await control('/__fc3/reset', {}, '');
  });

  // A GET takes no body; one sent anyway is held to the POST rule, not read past (it was: a
  // text/plain `{}` on GET /__fc3/calls answered 200).
  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['no content type', {}],
  ])('refuses a GET body sent as %s with 415, as a POST body', async (_label, headers) => {
    for (const path of ['/__fc3/calls', '/__fc3/health', '/__fc3/clock']) {
      const answer = await send(server.url, { method: 'GET', path, headers, body: '{}' });
      expect(answer.status).toBe(415);
      expect(answer.json.error).toMatch(/control request bodies must be JSON/);
    }
    await expectAlive(server);
  });

  it('takes a GET without a body whatever its content-type header says, and a JSON `{}` body', async () => {
    const get = (headers: Record<string, string>, body?: string) =>
      send(server.url, {
        method: 'GET',
        path: '/__fc3/calls',
        headers,
        ...(body === undefined ? {} : { body }),
      });
    expect((await get({ 'content-type': 'text/plain' })).status).toBe(200);
    expect((await get({ 'content-type': 'application/json' }, '{}')).status).toBe(200);
    expect((await get({ 'content-type': 'application/json' }, '{"x":1}')).status).toBe(400);
  });

  it('refuses a text/plain POST from a foreign page first by its Origin', async () => {
    const answer = await control(
      '/__fc3/reset',
      { origin: 'http://evil.example', 'content-type': 'text/plain' },
      '',
    );
    expect(answer.status).toBe(403);
  });

  it('accepts JSON bodies, with parameters, and an empty POST without content type', async () => {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    expect((await control('/__fc3/faults', json, '{"latency":null}')).status).toBe(200);
    expect((await control('/__fc3/reset', {}, '')).status).toBe(200);
    expect((await control('/__fc3/reset', { 'content-type': 'text/plain' }, '')).status).toBe(415);
  });

  it('leaves the FC paths as permissive as FC: any Host, Origin and content type', async () => {
    const answer = await send(server.url, {
      headers: { host: 'evil.example', origin: 'http://evil.example', 'content-type': 'text/plain' },
      body: VALID,
    });
    expect(answer.status).toBe(200);
    await expectAlive(server);
  });
});
