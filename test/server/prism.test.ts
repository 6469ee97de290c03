/**
 * The official SDK against `fc3-testkit prism` (Stoplight Prism on spec/openapi.yaml), plus the
 * programmatic `startPrism` API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism } from '../../mocks/prism.ts';
import { type CliProcess, send, spawnCli, validInput } from './cli-process.ts';
import { sdkClient, sdkError, sdkRequest, sdkRuntime } from './sdk-client.ts';

describe('fc3-testkit prism (CLI)', () => {
  let prism: CliProcess;
  beforeAll(async () => {
    prism = await spawnCli(['prism', '--port', '0']);
  });
  afterAll(async () => {
    await prism?.stop();
  });

  it('prints exactly one stdout line', () => {
    expect(prism.stdout()).toBe(`listening on ${prism.url}\n`);
  });

  it('returns the documented sample to the SDK (200, functionName my-function-1)', async () => {
    const response = await sdkClient({ port: prism.port }).createFunction(sdkRequest('anything'));
    expect(response.statusCode).toBe(200);
    expect(response.body?.functionName).toBe('my-function-1');
    expect(response.body?.codeSize).toBe(412);
  });

  it('selects the documented FunctionAlreadyExists example with Prefer: code=409', async () => {
    const client = sdkClient({ port: prism.port });
    const call = client.createFunctionWithOptions(
      sdkRequest('anything'),
      { Prefer: 'code=409' },
      sdkRuntime(),
    );
    const error = await sdkError(call);
    expect(error).toMatchObject({ name: 'ClientError', code: 'FunctionAlreadyExists', statusCode: 409 });
    expect(error.message).toContain("function 'my-function-1' already exists");
  });

  it('is stateless: the same name twice is accepted twice (unlike serve)', async () => {
    const body = JSON.stringify(validInput('twice'));
    const headers = { 'content-type': 'application/json' };
    const first = await send(prism.url, { headers, body });
    const second = await send(prism.url, { headers, body });
    expect([first.status, second.status]).toEqual([200, 200]);
  });

  it('answers an invalid body with the spec 400 example, whatever the violation', async () => {
    const headers = { 'content-type': 'application/json' };
    const answer = await send(prism.url, {
      headers,
      body: JSON.stringify({ functionName: 'x', memorySize: 1 }),
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      Code: 'InvalidArgument',
      Message: 'Handler is required but not provided',
    });
  });
});

describe('startPrism (API)', () => {
  it('starts on a free port, answers, and stops', async () => {
    const prism = await startPrism({ port: 0, verbosity: 'silent' });
    try {
      expect(prism.url).toBe(`http://127.0.0.1:${prism.port}`);
      const headers = {
        'content-type': 'application/json',
        prefer: 'code=409, example=ConcurrentUpdateError',
      };
      const answer = await send(prism.url, { headers, body: JSON.stringify(validInput('p')) });
      expect(answer.status).toBe(409);
      expect(answer.json.Code).toBe('ConcurrentUpdateError');
    } finally {
      await prism.stop();
    }
    expect(await prism.exited).toBeNull();
  });
});
