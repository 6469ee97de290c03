/**
 * Repro (issue 13, item 2): an exception from any handler must not end the server. A bug is
 * simulated by an emulator whose methods throw a plain TypeError; before the fix, a control
 * request that reached such a method ended the process, and the FC path answered a 500 with an
 * empty RequestId. Now the control API answers 500 in toolkit JSON, the FC path 500 in FC's
 * envelope with a well-formed request id, the failure is logged, and the server keeps serving.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliProcess, expectAlive, send, serverProcess } from './support.ts';

const JSON_HEADERS = { 'content-type': 'application/json' };
// The server logs the throw on stderr, which reaches us through a pipe and our event loop: the
// poll ends as soon as the line is there, the ceiling only bounds a failure on a loaded machine.
const LOG_WAIT_MS = 10_000;

describe('hostile: handlers that throw', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serverProcess({ log: 'error' }, 'throwing');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ['POST', '/__fc3/faults', '{"failNext":{"code":"InternalServerError"}}', 'failNext'],
    ['POST', '/__fc3/faults', '{"latency":5}', 'setLatency'],
    ['POST', '/__fc3/reset', '', 'reset'],
    ['GET', '/__fc3/calls', undefined, 'calls'],
    ['GET', '/__fc3/functions', undefined, 'functions'],
  ])('%s %s answers 500 in toolkit JSON and logs it', async (method, path, body, what) => {
    const answer = await send(server.url, {
      method,
      path,
      headers: JSON_HEADERS,
      ...(body === undefined ? {} : { body }),
    });
    expect(answer.status).toBe(500);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.json).toEqual({ error: `internal error in ${path}: TypeError: boom in ${what}` });
    await expect.poll(() => server.stderr(), { timeout: LOG_WAIT_MS }).toContain(`boom in ${what}`);
    await expectAlive(server);
  });

  it('answers the FC path with an FC 500 envelope carrying a real request id', async () => {
    const answer = await send(server.url, { headers: JSON_HEADERS, body: '{}' });
    expect(answer.status).toBe(500);
    expect(answer.json.Code).toBe('InternalServerError');
    expect(answer.json.RequestId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(answer.headers['x-fc-request-id']).toBe(answer.json.RequestId);
    expect(answer.headers['x-acs-request-id']).toBe(answer.json.RequestId);
    await expect.poll(() => server.stderr(), { timeout: LOG_WAIT_MS }).toContain('boom in dispatch');
    await expectAlive(server);
  });

  it('survives a client that vanishes in the middle of a control request body', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect({ port: server.port, host: '127.0.0.1' }, () => {
        socket.write(
          'POST /__fc3/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"fail',
        );
        setTimeout(() => socket.resetAndDestroy(), 20);
      });
      socket.on('error', () => {});
      socket.on('close', () => resolve());
    });
    await expectAlive(server);
  });
});

describe('hostile: a throw before the body is read', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serverProcess({ log: 'error' }, 'throwing-limit');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers the FC path 500 in the FC envelope, logs it and keeps serving', async () => {
    for (let i = 0; i < 3; i += 1) {
      const answer = await send(server.url, { headers: JSON_HEADERS, body: '{}' });
      expect(answer.status).toBe(500);
      expect(answer.json.Code).toBe('InternalServerError');
      expect(answer.json.RequestId).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
      expect(answer.headers['x-fc-request-id']).toBe(answer.json.RequestId);
    }
    await expect.poll(() => server.stderr(), { timeout: LOG_WAIT_MS }).toContain('boom in maxBodyBytes');
    await expectAlive(server);
  });
});
