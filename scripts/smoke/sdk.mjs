// The installed package in a consumer project (scripts/package-smoke.sh): the official SDK
// through fc3-testkit/msw and fc3-testkit/nock, success then the duplicate 409.
import assert from 'node:assert/strict';
import FcDefault, * as fc from '@alicloud/fc20230330';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { createEmulator, defaultExport, Fc3TestkitError } from 'fc3-testkit';
import { buildCreateFunctionInput } from 'fc3-testkit/fixtures';
import { fc3Handlers } from 'fc3-testkit/msw';
import { fc3Matchers } from 'fc3-testkit/vitest';
import { setupServer } from 'msw/node';

const FcClient = defaultExport(FcDefault);
assert.equal(
  FcClient,
  FcDefault.default,
  'defaultExport: under Node ESM the class is module.exports.default',
);
const client = new FcClient(
  new $OpenApiUtil.Config({
    accessKeyId: 'testAK',
    accessKeySecret: 'testSecret',
    endpoint: '127.0.0.1:9000',
    protocol: 'http',
    readTimeout: 10000,
    connectTimeout: 10000,
  }),
);
const input = {
  functionName: 'smoke',
  runtime: 'python3.10',
  handler: 'index.handler',
  code: new fc.InputCodeLocation({ zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }),
};
const create = () =>
  client.createFunction(new fc.CreateFunctionRequest({ body: new fc.CreateFunctionInput(input) }));

async function successThenDuplicate(label, emulator) {
  const ok = await create();
  assert.equal(ok.statusCode, 200, `${label}: status`);
  assert.equal(ok.body.functionName, 'smoke', `${label}: body`);
  const error = await create().then(
    () => undefined,
    (e) => e,
  );
  assert.ok(error, `${label}: duplicate must fail`);
  assert.equal(error.name, 'ClientError', `${label}: error class`);
  assert.equal(error.code, 'FunctionAlreadyExists', `${label}: error code`);
  assert.equal(error.statusCode, 409, `${label}: error status`);
  assert.equal(emulator.calls().length, 2, `${label}: journal`);
  console.log(`${label}: 200 then 409 FunctionAlreadyExists`);
}

assert.equal(typeof fc3Matchers.toHaveCreatedFunction, 'function');
assert.ok(buildCreateFunctionInput({ seed: 1 }).functionName);
assert.throws(() => fc3Handlers({ baseUrl: 'x' }), Fc3TestkitError);

const signed = createEmulator({ credentials: { testAK: 'testSecret' } });
const server = setupServer(...fc3Handlers(signed, { baseUrl: 'http://127.0.0.1:9000' }));
server.listen({ onUnhandledFrame: 'error' });
await successThenDuplicate('msw 3', signed);
server.close();

// nock patches fetch and http on import, so it is loaded only after msw is done.
const { default: nock } = await import('nock');
const { fc3Nock } = await import('fc3-testkit/nock');
nock.disableNetConnect();
const handle = fc3Nock(undefined, { baseUrl: 'http://127.0.0.1:9000' });
await successThenDuplicate('nock 15', handle.emulator);
handle.assertCalled(2);
handle.restore();
console.log('package-smoke: the SDK through msw 3 and nock 15 OK');
