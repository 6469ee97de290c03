/**
 * Shared set-up for the adapter tests: which msw/nock majors are loaded (the vitest project
 * aliases `msw`/`nock` to the older majors), closed-network listen options, and an SDK client.
 */
import FcDefault, * as fcSdk from '@alicloud/fc20230330';
import * as openapiCore from '@alicloud/openapi-core';
import mswPackage from 'msw/package.json' with { type: 'json' };
import nock from 'nock';

/** The base URL every adapter test points the SDK and fetch at. */
export const BASE_URL = 'http://127.0.0.1:9000';

/** The majors the running vitest project promises (set in vitest.config.ts). */
export const expectedMajors = {
  msw: Number(process.env.FC3_EXPECT_MSW ?? '3'),
  nock: Number(process.env.FC3_EXPECT_NOCK ?? '15'),
};

/** The msw major actually loaded, read from the (possibly aliased) package's own package.json. */
export const mswMajor = Number(String(mswPackage.version).split('.')[0]);

/**
 * The nock major actually loaded, told by behaviour: nock 15 hands reply functions a Fetch
 * `Request`, nock 14 a path string (the difference our adapter depends on).
 */
export async function probeNockMajor(): Promise<number> {
  let seen: unknown;
  const scope = nock('http://nock-probe.invalid')
    .post('/probe')
    .reply(function probe(this: unknown, ...args: unknown[]) {
      seen = args[0];
      return [204, ''];
    });
  await fetch('http://nock-probe.invalid/probe', { method: 'POST', body: 'x' });
  scope.done();
  if (seen instanceof Request) return 15;
  return typeof seen === 'string' ? 14 : 0;
}

/** `server.listen()` options that turn any unhandled request into an error, for either msw major. */
export function closedNetwork(): { onUnhandledFrame: 'error' } {
  // msw 3 silently ignores msw 2's `onUnhandledRequest`, and msw 2 does not know `onUnhandledFrame`.
  const options = mswMajor >= 3 ? { onUnhandledFrame: 'error' } : { onUnhandledRequest: 'error' };
  return options as { onUnhandledFrame: 'error' };
}

/** Closes nock's real network except loopback (the repository's testing rule). */
export function closeNetworkForNock(): void {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
}

// The SDK is CommonJS with `exports.default = Client`: Node's ESM default import is
// `module.exports` (class on `.default`); vitest's interop hands the class itself.
type FcClientClass = typeof FcDefault.default;
const FcClient = ((FcDefault as unknown as { default?: FcClientClass }).default ??
  FcDefault) as FcClientClass;
const { Config } = openapiCore.$OpenApiUtil;

/**
 * The official SDK configured as in reference A.5.
 *
 * @example
 * const client = sdkClient({ accessKeySecret: 'wrong' });
 */
export function sdkClient(
  overrides: { accessKeyId?: string; accessKeySecret?: string } = {},
): InstanceType<FcClientClass> {
  return new FcClient(
    new Config({
      accessKeyId: overrides.accessKeyId ?? 'testAK',
      accessKeySecret: overrides.accessKeySecret ?? 'testSecret',
      endpoint: '127.0.0.1:9000',
      protocol: 'http',
      readTimeout: 10000,
      connectTimeout: 10000,
    }),
  );
}

/** A CreateFunction call through the SDK with a plain input (nested code location included). */
export function sdkCreate(
  client: InstanceType<FcClientClass>,
  input: Record<string, unknown>,
): ReturnType<InstanceType<FcClientClass>['createFunction']> {
  const { code, ...rest } = input;
  const body = new fcSdk.CreateFunctionInput({
    ...rest,
    ...(code ? { code: new fcSdk.InputCodeLocation(code as Record<string, unknown>) } : {}),
  });
  return client.createFunction(new fcSdk.CreateFunctionRequest({ body }));
}
