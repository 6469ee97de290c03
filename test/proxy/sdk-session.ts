/**
 * A deploy-like run of the official SDK, unmodified (lifecycle H.1: read, create, read, update,
 * list, delete, read again), with deterministic names and bodies so it can be recorded once and
 * replayed. Each call's outcome is kept as plain data to compare runs.
 */
import * as fc from '@alicloud/fc20230330';
import { EMPTY_ZIP } from '../server/cli-process.ts';
import { sdkClient } from '../server/sdk-client.ts';

/** What one SDK call gave: status and body, or the error's code and status. */
export interface CallOutcome {
  call: string;
  statusCode: number | undefined;
  code?: string;
  body?: unknown;
  requestId?: string | undefined;
}

type Client = ReturnType<typeof sdkClient>;

async function outcome(
  call: string,
  promise: Promise<{ statusCode?: number; body?: unknown; headers?: Record<string, string> }>,
): Promise<CallOutcome> {
  try {
    const response = await promise;
    return {
      call,
      statusCode: response.statusCode,
      body: response.body,
      requestId: response.headers?.['x-fc-request-id'],
    };
  } catch (error) {
    const failure = error as { code?: string; statusCode?: number; data?: { RequestId?: string } };
    return {
      call,
      statusCode: failure.statusCode,
      code: failure.code ?? String(error),
      requestId: failure.data?.RequestId,
    };
  }
}

/** Runs the sequence on `client` for function `name`; resolves with every outcome. */
export async function deploySequence(client: Client, name: string): Promise<CallOutcome[]> {
  const get = () => outcome('get', client.getFunction(name, new fc.GetFunctionRequest({})));
  const out = [await get()];
  const input = new fc.CreateFunctionInput({
    functionName: name,
    runtime: 'python3.10',
    handler: 'index.handler',
    description: 'recorded',
    code: new fc.InputCodeLocation({ zipFile: EMPTY_ZIP }),
  });
  out.push(await outcome('create', client.createFunction(new fc.CreateFunctionRequest({ body: input }))));
  out.push(await get());
  const update = new fc.UpdateFunctionRequest({
    body: new fc.UpdateFunctionInput({ memorySize: 1024, cpu: 0.5 }),
  });
  out.push(await outcome('update', client.updateFunction(name, update)));
  out.push(
    await outcome('list', client.listFunctions(new fc.ListFunctionsRequest({ prefix: name, limit: 10 }))),
  );
  out.push(await outcome('delete', client.deleteFunction(name)));
  out.push(await get());
  return out;
}

/** An SDK client on `127.0.0.1:port`, signing with the test credentials. */
export function clientOn(port: number): Client {
  return sdkClient({ port, accessKeyId: 'testAK', accessKeySecret: 'testSecret' });
}
