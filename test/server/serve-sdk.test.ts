/**
 * The official SDK, unmodified, against `fc3-testkit serve` as a real process: signing off and on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliProcess, send, spawnCli } from './cli-process.ts';
import { sdkClient, sdkError, sdkRequest } from './sdk-client.ts';

describe('serve without signature verification', () => {
  let serve: CliProcess;
  beforeAll(async () => {
    serve = await spawnCli(['serve', '--port', '0', '--log-level', 'silent']);
  });
  afterAll(async () => {
    await serve?.stop();
  });

  it('creates a function (200, Function body, request id headers)', async () => {
    const client = sdkClient({ port: serve.port });
    const response = await client.createFunction(sdkRequest('sdk-ok'));
    expect(response.statusCode).toBe(200);
    expect(response.body?.functionName).toBe('sdk-ok');
    expect(response.body?.functionArn).toBe('acs:fc:cn-hangzhou:1234567890123456:functions/sdk-ok');
    expect(response.body?.state).toBe('Active');
    expect(response.headers?.['x-fc-request-id']).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });

  it('answers a duplicate name with ClientError FunctionAlreadyExists 409', async () => {
    const client = sdkClient({ port: serve.port });
    await client.createFunction(sdkRequest('sdk-dup'));
    const error = await sdkError(client.createFunction(sdkRequest('sdk-dup')));
    expect(error).toMatchObject({ name: 'ClientError', code: 'FunctionAlreadyExists', statusCode: 409 });
    expect(error.message).toMatch(
      /^FunctionAlreadyExists: code: 409, function 'sdk-dup' already exists request id: 1-/,
    );
  });

  it('answers an invalid input with ClientError InvalidArgument 400', async () => {
    const client = sdkClient({ port: serve.port });
    const error = await sdkError(client.createFunction(sdkRequest('sdk-bad', { memorySize: 100 })));
    expect(error).toMatchObject({ name: 'ClientError', code: 'InvalidArgument', statusCode: 400 });
    expect(error.message).toContain('memorySize');
  });

  it('accepts any signature when verification is off', async () => {
    const client = sdkClient({ port: serve.port, accessKeyId: 'whoever', accessKeySecret: 'whatever' });
    const response = await client.createFunction(sdkRequest('sdk-any-key'));
    expect(response.statusCode).toBe(200);
  });

  it('records SDK calls in the journal of the control API', async () => {
    const answer = await send(serve.url, { method: 'GET', path: '/__fc3/calls?functionName=sdk-dup' });
    const calls = answer.json.calls as Array<{
      status: number;
      code?: string;
      headers: Record<string, string>;
    }>;
    expect(calls.map((call) => call.status)).toEqual([200, 409]);
    expect(calls[0]?.headers['x-acs-action']).toBe('CreateFunction');
    expect(calls[0]?.headers['transfer-encoding']).toBe('chunked');
  });
});

describe('serve --auth verify', () => {
  let serve: CliProcess;
  beforeAll(async () => {
    const args = ['--access-key-id', 'testAK', '--access-key-secret', 'testSecret'];
    serve = await spawnCli(['serve', '--port', '0', '--log-level', 'silent', '--auth', 'verify', ...args]);
  });
  afterAll(async () => {
    await serve?.stop();
  });

  it('accepts requests signed with the right secret', async () => {
    const response = await sdkClient({ port: serve.port }).createFunction(sdkRequest('signed-ok'));
    expect(response.statusCode).toBe(200);
    expect(response.body?.functionName).toBe('signed-ok');
  });

  it('rejects a wrong secret with SignatureNotMatch 403', async () => {
    const client = sdkClient({ port: serve.port, accessKeySecret: 'wrongSecret' });
    const error = await sdkError(client.createFunction(sdkRequest('signed-bad')));
    expect(error).toMatchObject({ name: 'ClientError', code: 'SignatureNotMatch', statusCode: 403 });
  });

  it('rejects an unknown AccessKey id with InvalidAccessKeyID 403', async () => {
    const client = sdkClient({ port: serve.port, accessKeyId: 'otherAK' });
    const error = await sdkError(client.createFunction(sdkRequest('signed-unknown')));
    expect(error).toMatchObject({ code: 'InvalidAccessKeyID', statusCode: 403 });
  });

  it('rejects an unsigned request with MissingRequiredHeader 400', async () => {
    const body = JSON.stringify({ functionName: 'unsigned', runtime: 'python3.10', handler: 'i.h' });
    const answer = await send(serve.url, { headers: { 'content-type': 'application/json' }, body });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ Code: 'MissingRequiredHeader' });
  });
});
