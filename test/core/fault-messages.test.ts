/**
 * The message of an injected fault: the catalogue's wording with its blanks filled from the
 * request that drew it (the function its path names, a trigger, a version, the method and path),
 * no `: ` leading to a blank the request cannot fill, then the marker; a message given to
 * failNext is answered as is.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator, type FailNextOptions } from '../../mocks/index.ts';

const BASE = 'http://127.0.0.1:9000/2023-03-30';

async function messageOf(
  arm: (emulator: Emulator) => void,
  request: { method: string; path: string },
): Promise<{ status: number; Code?: string; Message?: string }> {
  const emulator = createEmulator();
  arm(emulator);
  const answer = await emulator.dispatch({
    method: request.method,
    url: `${BASE}${request.path}`,
    headers: {},
    body: new Uint8Array(),
  });
  const { Code, Message } = JSON.parse(answer.body) as Record<string, string>;
  return { status: answer.status, Code, Message };
}

const failNext = (code: string, options?: FailNextOptions) => (emulator: Emulator) =>
  emulator.failNext(code, options);
const DELETE_ORDERS = { method: 'DELETE', path: '/functions/orders' };

describe('injected fault messages', () => {
  it.each([
    [
      'ProvisionConfigExist on DeleteFunction',
      failNext('ProvisionConfigExist', { operation: 'DeleteFunction' }),
      DELETE_ORDERS,
      "function 'orders' has provision config (injected by fc3-testkit)",
    ],
    [
      'ResidentScalingConfigExists matched by name',
      failNext('ResidentScalingConfigExists', { match: { functionName: 'orders' } }),
      DELETE_ORDERS,
      "function 'orders' has resident scaling config (injected by fc3-testkit)",
    ],
    [
      'TriggerNotFound on GetTrigger',
      failNext('TriggerNotFound'),
      { method: 'GET', path: '/functions/orders/triggers/nightly' },
      "trigger 'nightly' of function 'orders' does not exist (injected by fc3-testkit)",
    ],
    [
      'VersionNotFound with a qualifier',
      failNext('VersionNotFound'),
      { method: 'GET', path: '/functions/orders?qualifier=3' },
      "version '3' of function 'orders' does not exist (injected by fc3-testkit)",
    ],
    [
      'PathNotSupported on a routed path',
      failNext('PathNotSupported'),
      { method: 'GET', path: '/functions/orders' },
      "'GET' against '/2023-03-30/functions/orders' is not supported (injected by fc3-testkit)",
    ],
    [
      'a seeded FunctionNotFound',
      (emulator: Emulator) => emulator.setFaults({ rate: 1, codes: ['FunctionNotFound'] }),
      { method: 'GET', path: '/functions/orders' },
      "function 'orders' does not exist. (injected by fc3-testkit)",
    ],
  ])('%s names what the request names', async (_name, arm, request, message) => {
    expect((await messageOf(arm, request)).Message).toBe(message);
  });

  it.each([
    ['ServiceUnavailable', 503, 'the service is temporarily unavailable (injected by fc3-testkit)'],
    ['Throttling.User', 429, 'Request was denied due to user flow control (injected by fc3-testkit)'],
    ['ResourceExhausted', 429, 'concurrency or rate limit exceeded (injected by fc3-testkit)'],
    ['ResourceThrottled', 503, 'machine quota exceeded (injected by fc3-testkit)'],
    ['InternalServerError', 500, 'an internal error has occurred. Please retry. (injected by fc3-testkit)'],
  ])('%s: a blank the request cannot fill leaves no dangling colon', async (code, status, message) => {
    expect(await messageOf(failNext(code), DELETE_ORDERS)).toEqual({ status, Code: code, Message: message });
  });

  it('an injected PathNotSupported cuts the path where the unrouted answer does (200 characters)', async () => {
    const path = `/functions/${'a'.repeat(300)}`;
    const { Message } = await messageOf(failNext('PathNotSupported'), { method: 'GET', path });
    const unrouted = await messageOf(() => {}, { method: 'GET', path: `${path}/nowhere` });
    const quoted = (message = '') => /against '([^']*)'/.exec(message)?.[1] ?? '';
    expect(quoted(Message)).toBe(`${`/2023-03-30${path}`.slice(0, 200)}…`);
    expect(quoted(Message)).toBe(quoted(unrouted.Message));
  });

  it('a name cut in a message never ends in half a surrogate pair', async () => {
    const name = `${'a'.repeat(127)}😀`;
    const { Message = '' } = await messageOf(failNext('FunctionNotFound'), {
      method: 'GET',
      path: `/functions/${encodeURIComponent(name)}`,
    });
    expect(Message).toBe(`function '${'a'.repeat(127)}…' does not exist. (injected by fc3-testkit)`);
    expect(Message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('a message given to failNext is answered as is, blanks and all', async () => {
    const arm = failNext('ProvisionConfigExist', { message: "function '%s': held" });
    expect((await messageOf(arm, DELETE_ORDERS)).Message).toBe("function '%s': held");
  });
});
