/**
 * The official SDK's function-resource calls (getFunction, updateFunction, deleteFunction,
 * listFunctions paged to the end) and their documented errors, as one shared set of vitest
 * cases: the adapter tests run it through MSW and nock, the server tests through `serve` with
 * SDK 4.x and 3.x. The SDK module and client are passed in, so any major fits.
 */
import { expect, it } from 'vitest';
import type { Emulator } from '../../mocks/index.ts';

/** The SDK request models the cases build (both majors export them by these names). */
export interface SdkModels {
  CreateFunctionRequest: new (map: Record<string, unknown>) => unknown;
  CreateFunctionInput: new (map: Record<string, unknown>) => unknown;
  InputCodeLocation: new (map: Record<string, unknown>) => unknown;
  GetFunctionRequest: new (map: Record<string, unknown>) => unknown;
  UpdateFunctionRequest: new (map: Record<string, unknown>) => unknown;
  UpdateFunctionInput: new (map: Record<string, unknown>) => unknown;
  ListFunctionsRequest: new (map: Record<string, unknown>) => unknown;
}

interface SdkResponse<T> {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: T;
}

/** The client methods the cases call. */
export interface ResourceClient {
  createFunction(request: never): Promise<SdkResponse<{ functionId?: string }>>;
  getFunction(name: string, request: never): Promise<SdkResponse<Record<string, unknown>>>;
  updateFunction(name: string, request: never): Promise<SdkResponse<Record<string, unknown>>>;
  deleteFunction(name: string): Promise<SdkResponse<never>>;
  listFunctions(
    request: never,
  ): Promise<SdkResponse<{ functions?: Array<{ functionName?: string }>; nextToken?: string }>>;
}

/** What {@link sdkResourceCases} needs. */
export interface ResourceSetup {
  sdk: SdkModels;
  client: () => ResourceClient;
  emulator: () => Emulator;
  /** The SDK's error class name for 4xx answers (4.x: `ClientError`; 3.x throws plain `Error`s). */
  clientErrorName?: string;
}

/** What an SDK call that failed with an FC error threw. */
export interface SdkFailure {
  name: string;
  code: string;
  statusCode: number;
  message: string;
  requestId?: string;
  data?: { RequestId?: string };
}

/** The error an SDK call threw; fails the test when it did not throw. */
export async function failure(promise: Promise<unknown>): Promise<SdkFailure> {
  try {
    await promise;
  } catch (error) {
    return error as SdkFailure;
  }
  throw new Error('expected the SDK call to fail');
}

const ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';

/**
 * Registers the function-resource cases in the current `describe` (each starts from a reset
 * emulator).
 *
 * @example
 * describe('through msw', () => sdkResourceCases({ sdk, client: () => sdkClient(), emulator: () => emulator }));
 */
export function sdkResourceCases({
  sdk,
  client,
  emulator,
  clientErrorName = 'ClientError',
}: ResourceSetup): void {
  const create = (functionName: string) =>
    client().createFunction(
      new sdk.CreateFunctionRequest({
        body: new sdk.CreateFunctionInput({
          functionName,
          runtime: 'python3.10',
          handler: 'index.handler',
          code: new sdk.InputCodeLocation({ zipFile: ZIP }),
        }),
      }) as never,
    );
  const get = (name: string, qualifier?: string) =>
    client().getFunction(
      name,
      new sdk.GetFunctionRequest(qualifier === undefined ? {} : { qualifier }) as never,
    );
  const update = (name: string, fields: Record<string, unknown>) =>
    client().updateFunction(
      name,
      new sdk.UpdateFunctionRequest({ body: new sdk.UpdateFunctionInput(fields) }) as never,
    );

  it('getFunction answers the created function, state fields included', async () => {
    const created = await create('sdk-get');
    const got = await get('sdk-get', 'LATEST');
    expect(got.statusCode).toBe(200);
    expect(got.body).toMatchObject({
      functionName: 'sdk-get',
      functionId: created.body?.functionId,
      state: 'Active',
    });
  });

  it('updateFunction merges and answers the new Function; the SDK sends no functionName', async () => {
    await create('sdk-upd');
    const updated = await update('sdk-upd', { description: 'new', memorySize: 1024, cpu: 0.5 });
    expect(updated.statusCode).toBe(200);
    expect(updated.body).toMatchObject({
      description: 'new',
      memorySize: 1024,
      cpu: 0.5,
      handler: 'index.handler',
    });
    const call = emulator().calls({ operation: 'UpdateFunction' }).at(-1);
    expect(call?.input).toEqual({ cpu: 0.5, description: 'new', memorySize: 1024 });
  });

  it('deleteFunction answers 204 with headers only; getFunction is then FunctionNotFound', async () => {
    await create('sdk-del');
    const deleted = await client().deleteFunction('sdk-del');
    expect(deleted.statusCode).toBe(204);
    expect(deleted.headers?.['x-acs-request-id']).toMatch(/^1-/);
    const error = await failure(get('sdk-del'));
    expect(error).toMatchObject({ name: clientErrorName, code: 'FunctionNotFound', statusCode: 404 });
    expect(error.message).toMatch(
      /^FunctionNotFound: code: 404, function 'sdk-del' does not exist\. request id: 1-/,
    );
  });

  // Lifecycle D.3, H.2: the codes `s remove` retries on exist only as injected faults.
  it.each([
    ['ProvisionConfigExist', "function 'sdk-held' has provision config (injected by fc3-testkit)"],
    [
      'ResidentScalingConfigExists',
      "function 'sdk-held' has resident scaling config (injected by fc3-testkit)",
    ],
  ] as const)('an injected %s on deleteFunction raises a 409 client error once', async (code, text) => {
    await create('sdk-held');
    emulator().failNext(code, { operation: 'DeleteFunction', match: { functionName: 'sdk-held' } });
    const error = await failure(client().deleteFunction('sdk-held'));
    expect(error).toMatchObject({ name: clientErrorName, code, statusCode: 409 });
    const last = emulator().calls().at(-1);
    expect(error.message).toBe(`${code}: code: 409, ${text} request id: ${last?.requestId}`);
    expect((await client().deleteFunction('sdk-held')).statusCode).toBe(204);
  });

  it('listFunctions pages to the end with nextToken, every function once', async () => {
    const names = Array.from({ length: 7 }, (_, i) => `sdk-list-${i}`);
    for (const name of names) await create(name);
    await create('other');
    const seen: string[] = [];
    let nextToken: string | undefined = '';
    for (let page = 0; page < 10 && nextToken !== undefined; page++) {
      const answer = await client().listFunctions(
        new sdk.ListFunctionsRequest({ prefix: 'sdk-list-', limit: 3, nextToken }) as never,
      );
      expect(answer.statusCode).toBe(200);
      seen.push(...(answer.body?.functions ?? []).map((f) => f.functionName ?? ''));
      nextToken = answer.body?.nextToken || undefined;
    }
    expect(seen).toEqual(names);
  });

  it.each([
    ['getFunction of a missing name', () => get('sdk-none'), 'FunctionNotFound', 404],
    ['getFunction of an unknown version', () => get('sdk-err', '3'), 'VersionNotFound', 404],
    [
      'updateFunction of a missing name',
      () => update('sdk-none', { description: 'x' }),
      'FunctionNotFound',
      404,
    ],
    ['updateFunction breaking a rule', () => update('sdk-err', { timeout: 0 }), 'InvalidArgument', 400],
    ['deleteFunction of a missing name', () => client().deleteFunction('sdk-none'), 'FunctionNotFound', 404],
    [
      'listFunctions with limit 101',
      () => client().listFunctions(new sdk.ListFunctionsRequest({ limit: 101 }) as never),
      'InvalidArgument',
      400,
    ],
  ])('%s raises the client error %s (%i) with the request id', async (_what, call, code, status) => {
    await create('sdk-err');
    const error = await failure(call());
    expect(error).toMatchObject({ name: clientErrorName, code, statusCode: status });
    const last = emulator().calls().at(-1);
    expect(error.message).toContain(`request id: ${last?.requestId}`);
  });
}
