/**
 * The official SDK `@alicloud/fc20230330` (CommonJS) as a jest ESM test sees it, pointed at
 * `127.0.0.1:9000` over plain HTTP (reference A.5). Nothing listens there: the adapters intercept.
 */
import * as fc from '@alicloud/fc20230330';
import { $OpenApiUtil } from '@alicloud/openapi-core';

export const BASE_URL = 'http://127.0.0.1:9000';

/**
 * The SDK sets `exports.default = Client`. Node's ESM loader and jest's ESM runtime both expose
 * `module.exports` as the default import, so the class is on `default.default`; bundler-style
 * interop (vitest) hands the class itself. Accept both.
 */
function clientClass() {
  const candidate = fc.default;
  return typeof candidate === 'function' ? candidate : candidate.default;
}

export function sdkClient() {
  const Client = clientClass();
  return new Client(
    new $OpenApiUtil.Config({
      accessKeyId: 'testAK',
      accessKeySecret: 'testSecret',
      endpoint: '127.0.0.1:9000',
      protocol: 'http',
      readTimeout: 10_000,
      connectTimeout: 10_000,
    }),
  );
}

export function sdkRequest(functionName) {
  return new fc.CreateFunctionRequest({
    body: new fc.CreateFunctionInput({
      functionName,
      runtime: 'python3.10',
      handler: 'index.handler',
      code: new fc.InputCodeLocation({ zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }),
    }),
  });
}

/** Resolves with the error the call throws; rejects when it succeeds. */
export async function sdkError(call) {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('expected the SDK call to fail');
}
