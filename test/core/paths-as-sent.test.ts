/**
 * Paths are routed as sent: `.` and `..` segments (plain or percent-encoded) are names, never
 * moves, so a trigger called `..` cannot address its function; requests of the FC 2.0 and OSS
 * protocols that no row serves are answered in their protocol's error form (ADR 023); a body on
 * the FC 2.0 token call is ignored, not a 500.
 */
import { describe, expect, it } from 'vitest';
import { rawPath } from '../../mocks/core/routing.ts';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { minimalInput } from '../helpers/requests.ts';

const BASE = 'http://127.0.0.1:9000';
const BUCKET_HOST = 'http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com';
const encode = (text: string) => new TextEncoder().encode(text);

const send = (emulator: Emulator, method: string, url: string, body = '') =>
  emulator.dispatch({ method, url, headers: { 'content-type': 'application/json' }, body: encode(body) });

async function withFunction(name: string): Promise<Emulator> {
  const emulator = createEmulator();
  const created = await send(
    emulator,
    'POST',
    `${BASE}/2023-03-30/functions`,
    JSON.stringify(minimalInput({ functionName: name })),
  );
  expect(created.status).toBe(200);
  return emulator;
}

describe('rawPath', () => {
  it.each([
    ['http://h:1/2023-03-30/functions/f/triggers/..?x=1', '/2023-03-30/functions/f/triggers/..'],
    ['http://h/a/%2E%2E/b#frag', '/a/%2E%2E/b'],
    ['http://h/a\\b', '/a\\b'],
    ['http://h', '/'],
    ['http://h?x=/y', '/'],
    ['/origin/./form?q', '/origin/./form'],
    ['not a url', '/'],
  ])('%s → %s', (url, path) => {
    expect(rawPath(url)).toBe(path);
  });
});

describe('dot segments are names', () => {
  it.each([
    ['DELETE', '/2023-03-30/functions/victim/triggers/..', ''],
    ['DELETE', '/2023-03-30/functions/victim/triggers/%2E%2E', ''],
    ['PUT', '/2023-03-30/functions/victim/triggers/%2e%2e', '{"description":"x"}'],
    ['GET', '/2023-03-30/functions/victim/triggers/.', ''],
  ])('%s %s: 400 naming the trigger name, the function untouched', async (method, path, body) => {
    const emulator = await withFunction('victim');
    const answer = await send(emulator, method, `${BASE}${path}`, body);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      Code: 'InvalidArgument',
      Message: expect.stringMatching(/triggerName/),
    });
    const after = await send(emulator, 'GET', `${BASE}/2023-03-30/functions/victim`);
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body).description).not.toBe('x');
  });

  it('a path that would resolve to another function is not a route', async () => {
    const emulator = await withFunction('victim');
    const answer = await send(emulator, 'DELETE', `${BASE}/2023-03-30/functions/x/../../functions/victim`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).Code).toBe('PathNotSupported');
    expect((await send(emulator, 'GET', `${BASE}/2023-03-30/functions/victim`)).status).toBe(200);
  });

  it('a function named .. is refused by the name rule', async () => {
    const emulator = await withFunction('victim');
    const answer = await send(emulator, 'GET', `${BASE}/2023-03-30/functions/..`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      Code: 'InvalidArgument',
      Message: expect.stringMatching(/functionName/),
    });
  });
});

describe('unserved requests of the FC 2.0 and OSS protocols', () => {
  it.each([
    ['POST', `${BASE}/2016-08-15/tempBucketToken`],
    ['DELETE', `${BASE}/2016-08-15/tempBucketToken`],
  ])('%s %s: PathNotSupported in the FC 2.0 envelope', async (method, url) => {
    const answer = await send(createEmulator(), method, url);
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.body);
    expect(body).toMatchObject({
      ErrorCode: 'PathNotSupported',
      ErrorMessage: expect.stringContaining(method),
    });
    expect(body.Code).toBeUndefined();
  });

  it('another FC 2.0 path stays FC 3.0 PathNotSupported (contract case protocol.wrong-path.fc2-version)', async () => {
    const answer = await send(createEmulator(), 'GET', `${BASE}/2016-08-15/services`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).Code).toBe('PathNotSupported');
  });

  it.each(['GET', 'DELETE', 'POST', 'HEAD'])(
    '%s of an object: 405 MethodNotAllowed in OSS XML',
    async (method) => {
      const answer = await send(createEmulator(), method, `${BUCKET_HOST}/1234567890123456/x.zip`);
      expect(answer.status).toBe(405);
      expect(answer.headers['content-type']).toBe('application/xml');
      expect(answer.body).toContain('<Code>MethodNotAllowed</Code>');
      expect(answer.headers['x-oss-request-id']).toBeTruthy();
    },
  );

  it('a bucket host OSS would refuse: InvalidBucketName in OSS XML', async () => {
    const url = 'http://-bad-.oss-cn-hangzhou.aliyuncs.com/1/x.zip';
    const answer = await send(createEmulator(), 'PUT', url, 'zip');
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('<Code>InvalidBucketName</Code>');
  });

  it('a body on the FC 2.0 token call is ignored (200), never a 500', async () => {
    const answer = await send(createEmulator(), 'GET', `${BASE}/2016-08-15/tempBucketToken`, '{"x":1}');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).ossBucket).toBe('fc-temp-code-cn-hangzhou');
  });
});

describe('injected faults', () => {
  it.each([
    [
      'InternalServerError',
      undefined,
      'an internal error has occurred. Please retry. (injected by fc3-testkit)',
    ],
    ['TriggerNotFound', 'GetTrigger', "trigger 't' of function 'f' does not exist (injected by fc3-testkit)"],
  ] as const)('%s keeps the catalogue wording and adds the marker once', async (code, operation, message) => {
    const emulator = await withFunction('f');
    emulator.failNext(code, operation ? { operation } : {});
    const path = operation ? '/2023-03-30/functions/f/triggers/t' : '/2023-03-30/functions/f';
    const answer = await send(emulator, 'GET', `${BASE}${path}`);
    expect(JSON.parse(answer.body)).toMatchObject({ Code: code, Message: message });
  });
});
