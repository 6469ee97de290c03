/**
 * The message of an injected fault: the catalogue's wording with its blanks filled from the
 * request that drew it (the function its path names, a trigger, a version, the method and path,
 * the AccessKey id and time its signature carries, the emulator's clock), a blank the request
 * cannot fill left out with its quotes or the `: ` leading to it, then the marker; a message
 * given to failNext is answered as is.
 */
import { describe, expect, it } from 'vitest';
import { signAcs3, signRoa } from '../../mocks/core/auth/index.ts';
import type { WireRequest } from '../../mocks/core/types.ts';
import {
  createEmulator,
  type Emulator,
  errorCatalogue,
  type FailNextOptions,
  type FcErrorCode,
} from '../../mocks/index.ts';

const BASE = 'http://127.0.0.1:9000/2023-03-30';
const CLOCK = new Date('2024-01-01T00:00:00Z');

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

const failNext = (code: FcErrorCode, options?: FailNextOptions) => (emulator: Emulator) =>
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
    ['FunctionNotFound on ListFunctions', 'FunctionNotFound', '/functions', 'function does not exist.'],
    [
      'TriggerNotFound on ListFunctions',
      'TriggerNotFound',
      '/functions',
      'trigger of function does not exist',
    ],
    [
      'VersionNotFound without a qualifier',
      'VersionNotFound',
      '/functions/orders',
      "version of function 'orders' does not exist",
    ],
    ['InvalidAccessKeyID without a signature', 'InvalidAccessKeyID', '/functions', 'invalid access key ID'],
  ] as const)(
    '%s: a quoted blank the request cannot fill is left out with its quotes',
    async (_name, code, path, wording) => {
      const { Message } = await messageOf(failNext(code), { method: 'GET', path });
      expect(Message).toBe(`${wording} (injected by fc3-testkit)`);
    },
  );

  it.each([
    ['ServiceUnavailable', 503, 'the service is temporarily unavailable (injected by fc3-testkit)'],
    ['Throttling.User', 429, 'Request was denied due to user flow control (injected by fc3-testkit)'],
    ['ResourceExhausted', 429, 'concurrency or rate limit exceeded (injected by fc3-testkit)'],
    ['ResourceThrottled', 503, 'machine quota exceeded (injected by fc3-testkit)'],
    ['InternalServerError', 500, 'an internal error has occurred. Please retry. (injected by fc3-testkit)'],
  ] as const)(
    '%s: a blank the request cannot fill leaves no dangling colon',
    async (code, status, message) => {
      expect(await messageOf(failNext(code), DELETE_ORDERS)).toEqual({
        status,
        Code: code,
        Message: message,
      });
    },
  );

  // Every catalogue wording with a blank, drawn by `GET /functions` (no function, no signature,
  // no qualifier): what cannot be filled goes with the word or brackets that lead to it.
  const UNNAMED: Record<string, string> = {
    InvalidArgument: '',
    MissingRequiredHeader: 'required HTTP header was not specified',
    PathNotSupported: "'GET' against '/2023-03-30/functions' is not supported",
    EntityTooLarge: 'payload size exceeds maximum allowed size',
    LimitExceeded: 'the number of functions exceeds the limit',
    AccessDenied: '',
    SignatureNotMatch:
      'The request signature we calculated does not match the signature you provided. Check your access key and signing method',
    InvalidAccessKeyID: 'invalid access key ID',
    RequestTimeTooSkewed:
      "the difference between the request time and the current time '2024-01-01T00:00:00Z' is too large",
    FunctionNotFound: 'function does not exist.',
    VersionNotFound: 'version of function does not exist',
    AliasNotFound: 'alias of function does not exist',
    TriggerNotFound: 'trigger of function does not exist',
    AsyncConfigNotExists: 'AsyncConfig does not exist.',
    OnDemandConfigNotFound: 'concurrency config of function does not exist',
    FunctionAlreadyExists: 'function already exists',
    AliasAlreadyExists: 'alias of function already exists',
    AdditionalVersionContainsMajorVersion: 'additionalVersionWeight should not contain major version',
    TriggerAlreadyExists: 'trigger of function already exists',
    ConcurrentUpdateError: 'ConcurrentUpdateError',
    FunctionNotEmpty: 'function has active triggers',
    ProvisionConfigExist: 'function has provision config',
    ResidentScalingConfigExists: 'function has resident scaling config',
    ResourceExhausted: 'concurrency or rate limit exceeded',
    'Throttling.User': 'Request was denied due to user flow control',
    InternalServerError: 'an internal error has occurred. Please retry.',
    ServiceUnavailable: 'the service is temporarily unavailable',
    ResourceThrottled: 'machine quota exceeded',
  };

  it('the table below holds every catalogue wording with a blank', () => {
    const withBlank = Object.entries(errorCatalogue).filter(([, entry]) => entry.template.includes('%s'));
    expect(Object.keys(UNNAMED).sort()).toEqual(withBlank.map(([code]) => code).sort());
  });

  it.each(Object.entries(UNNAMED))(
    '%s on a request that names nothing leaves no word leading to a missing name',
    async (code, wording) => {
      const emulator = createEmulator({ clock: () => CLOCK });
      emulator.failNext(code as FcErrorCode);
      const answer = await emulator.dispatch({
        method: 'GET',
        url: `${BASE}/functions`,
        headers: {},
        body: new Uint8Array(),
      });
      const { Message } = JSON.parse(answer.body) as { Message?: string };
      expect(Message).toBe(`${wording} (injected by fc3-testkit)`.trim());
    },
  );

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

const URL_ORDERS = `${BASE}/functions/orders`;
const signers = {
  ACS3: (accessKeyId: string, date: Date) =>
    signAcs3({ url: URL_ORDERS, method: 'GET', accessKeyId, accessKeySecret: 'SK', date }),
  'ROA v1': (accessKeyId: string, date: Date) =>
    signRoa({ url: URL_ORDERS, method: 'GET', accessKeyId, accessKeySecret: 'SK', date }),
};

async function messageFor(emulator: Emulator, wire: WireRequest): Promise<string | undefined> {
  return (JSON.parse((await emulator.dispatch(wire)).body) as { Message?: string }).Message;
}

describe.each(Object.entries(signers))('injected auth faults on a %s request', (_scheme, sign) => {
  const clock = () => CLOCK;

  it("InvalidAccessKeyID names the request's AccessKey id, as the emulator's own refusal does", async () => {
    const wire = sign('AKunknown', CLOCK);
    const real = await messageFor(createEmulator({ clock, credentials: { AK: 'SK' } }), wire);
    const faulted = createEmulator({ clock });
    faulted.failNext('InvalidAccessKeyID');
    expect(real).toBe("invalid access key ID 'AKunknown'");
    expect(await messageFor(faulted, wire)).toBe(`${real} (injected by fc3-testkit)`);
  });

  it("RequestTimeTooSkewed names the request's time and the emulator's, as the emulator's own refusal does", async () => {
    const wire = sign('AK', new Date(CLOCK.getTime() - 3_600_000));
    const real = await messageFor(createEmulator({ clock, credentials: { AK: 'SK' } }), wire);
    const faulted = createEmulator({ clock });
    faulted.failNext('RequestTimeTooSkewed');
    expect(real).toMatch(
      /^the difference between the request time '.+' and the current time '.+' is too large$/,
    );
    expect(await messageFor(faulted, wire)).toBe(`${real} (injected by fc3-testkit)`);
  });
});

describe('injected auth faults on an unsigned request', () => {
  it("RequestTimeTooSkewed without a request time leaves it out and still names the emulator's", async () => {
    const emulator = createEmulator({ clock: () => CLOCK });
    emulator.failNext('RequestTimeTooSkewed');
    const wire = { method: 'GET', url: URL_ORDERS, headers: {}, body: new Uint8Array() };
    expect(await messageFor(emulator, wire)).toBe(
      "the difference between the request time and the current time '2024-01-01T00:00:00Z' is too large (injected by fc3-testkit)",
    );
  });
});

describe('injected auth faults on an FC 2.0 request', () => {
  const clock = () => CLOCK;
  const wire = (date: string) => ({
    method: 'GET',
    url: 'http://127.0.0.1:9000/2016-08-15/tempBucketToken',
    headers: { authorization: 'FC AKfc:c2ln', date },
    body: new Uint8Array(),
  });

  it.each([
    ['InvalidAccessKeyID', { other: 'SK' }],
    ['RequestTimeTooSkewed', { AKfc: 'SK' }],
  ] as const)('%s words what FC 2.0 signs as the emulator does', async (code, credentials) => {
    const sent = wire('Sun, 31 Dec 2023 23:00:00 GMT');
    const faulted = createEmulator({ clock });
    faulted.failNext(code);
    // FC 2.0's envelope: `ErrorCode`, `ErrorMessage`.
    const answer = async (emulator: Emulator) =>
      JSON.parse((await emulator.dispatch(sent)).body) as { ErrorCode?: string; ErrorMessage?: string };
    const real = await answer(createEmulator({ clock, credentials }));
    expect(real.ErrorCode).toBe(code);
    expect((await answer(faulted)).ErrorMessage).toBe(`${real.ErrorMessage} (injected by fc3-testkit)`);
  });
});
