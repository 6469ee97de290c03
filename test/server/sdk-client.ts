/**
 * The official SDK `@alicloud/fc20230330`, unmodified, pointed at a local server (reference A.5).
 */
import * as fc from '@alicloud/fc20230330';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import { EMPTY_ZIP } from './cli-process.ts';

type ClientClass = (typeof fc.default)['default'];

/**
 * The SDK is CommonJS with `exports.default = Client`: Node's own ESM loader exposes it as
 * `default.default`, vitest's interop as `default`. Accept both.
 */
function clientClass(): ClientClass {
  const candidate = fc.default as unknown as ClientClass | { default: ClientClass };
  return typeof candidate === 'function' ? candidate : candidate.default;
}

/** Options of {@link sdkClient}. */
export interface SdkClientOptions {
  port: number;
  accessKeyId?: string;
  accessKeySecret?: string;
}

/** A CreateFunction client for `127.0.0.1:PORT` over plain HTTP with 10 s timeouts. */
export function sdkClient(options: SdkClientOptions) {
  const config = new $OpenApiUtil.Config({
    accessKeyId: options.accessKeyId ?? 'testAK',
    accessKeySecret: options.accessKeySecret ?? 'testSecret',
    endpoint: `127.0.0.1:${options.port}`,
    protocol: 'http',
    readTimeout: 10_000,
    connectTimeout: 10_000,
  });
  const Client = clientClass();
  return new Client(config);
}

/** A CreateFunction request built with the SDK's own models. */
export function sdkRequest(functionName: string, overrides: Record<string, unknown> = {}) {
  return new fc.CreateFunctionRequest({
    body: new fc.CreateFunctionInput({
      functionName,
      runtime: 'python3.10',
      handler: 'index.handler',
      code: new fc.InputCodeLocation({ zipFile: EMPTY_ZIP }),
      ...overrides,
    }),
  });
}

/** Runtime options for `createFunctionWithOptions`. */
export function sdkRuntime(): $dara.RuntimeOptions {
  return new $dara.RuntimeOptions({});
}

/** The SDK error fields the tests look at. */
export interface SdkError {
  name: string;
  code: string;
  statusCode: number;
  message: string;
}

/** Resolves with the thrown SDK error; fails when the call succeeds. */
export async function sdkError(call: Promise<unknown>): Promise<SdkError> {
  try {
    await call;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the SDK call to fail');
}
