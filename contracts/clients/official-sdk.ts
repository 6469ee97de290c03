/**
 * A ready client adapter for the official SDK `@alicloud/fc20230330`, unmodified, configured for
 * a local endpoint as the reference describes (A.5): `endpoint: 'host:port'`, `protocol: 'http'`.
 * It drives createFunction, getFunction, updateFunction, deleteFunction and listFunctions.
 */
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import type { CreateFunctionInput, UpdateFunctionInput } from '../../mocks/core/types.ts';
import type { ClientAdapter, ClientEndpoint, ClientOutcome } from '../client/types.ts';
import { checkNumericOptions } from '../run/numeric-options.ts';

// The SDK is a dev/peer dependency of the user, loaded on first use only.
type FcModule = typeof import('@alicloud/fc20230330');
type ClientClass = FcModule['default'];

interface Sdk {
  fc: FcModule;
  Config: typeof import('@alicloud/openapi-core').$OpenApiUtil.Config;
}

const INSTALL = 'npm install --save-dev @alicloud/fc20230330@4 @alicloud/openapi-core@1';

async function loadSdk(): Promise<Sdk> {
  let sdk: Sdk;
  try {
    const [fc, core] = await Promise.all([import('@alicloud/fc20230330'), import('@alicloud/openapi-core')]);
    sdk = { fc: fc as unknown as FcModule, Config: core.$OpenApiUtil.Config };
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new Fc3TestkitError(`officialSdkAdapter needs the official SDK 4.x (${why}): ${INSTALL}`, {
      cause,
    });
  }
  // The 3.x models lack fields 4.x answers carry (disableOndemand, …) and would drop them from
  // every answer: refused here rather than graded as a broken client.
  if (!Object.keys(sdk.fc.Function.names()).includes('disableOndemand')) {
    throw new Fc3TestkitError(
      `officialSdkAdapter needs the official SDK 4.x; an older @alicloud/fc20230330 is installed (its Function model has no disableOndemand): ${INSTALL}`,
    );
  }
  return sdk;
}

// CommonJS `exports.default = Client`: Node's ESM loader exposes `default.default`, vitest `default`.
function clientClass(fc: FcModule): ClientClass {
  const candidate = fc.default as unknown as ClientClass | { default: ClientClass };
  return typeof candidate === 'function' ? candidate : candidate.default;
}

/** Options of {@link officialSdkAdapter}. */
export interface OfficialSdkOptions {
  /** SDK timeouts in ms (both read and connect; the SDK's own default is 3000). */
  timeoutMs?: number;
}

function client(sdk: Sdk, endpoint: ClientEndpoint, timeoutMs: number) {
  const config = new sdk.Config({
    // The SDK insists on a credential; an unsigned emulator ignores it.
    accessKeyId: endpoint.accessKeyId ?? 'unused',
    accessKeySecret: endpoint.accessKeySecret ?? 'unused',
    endpoint: `${endpoint.host}:${endpoint.port}`,
    protocol: endpoint.protocol,
    readTimeout: timeoutMs,
    connectTimeout: timeoutMs,
  });
  const Client = clientClass(sdk.fc);
  return new Client(config);
}

function surfaced(error: unknown): ClientOutcome {
  const e = error as { code?: unknown; statusCode?: unknown; requestId?: unknown; message?: unknown };
  return {
    ok: false,
    error: {
      ...(typeof e.code === 'string' ? { code: e.code } : {}),
      ...(typeof e.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
      ...(typeof e.requestId === 'string' ? { requestId: e.requestId } : {}),
      message: String(e.message ?? error),
    },
  };
}

interface SdkResponse {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: { toMap(): Record<string, unknown> };
}

/** A success as the adapter surfaces it: status, the body turned back into wire names, request id. */
function succeeded(response: SdkResponse): ClientOutcome {
  const requestId = response.headers?.['x-acs-request-id'];
  return {
    ok: true,
    status: response.statusCode ?? 200,
    body: response.body?.toMap() ?? {},
    ...(requestId ? { requestId } : {}),
  };
}

type Call = (sdk: Sdk, client: InstanceType<ClientClass>) => Promise<SdkResponse>;

/** Runs one SDK call against the endpoint; FC errors come back as `{ ok: false, error }`. */
async function attempt(endpoint: ClientEndpoint, timeoutMs: number, call: Call): Promise<ClientOutcome> {
  const sdk = await loadSdk();
  try {
    return succeeded(await call(sdk, client(sdk, endpoint, timeoutMs)));
  } catch (error) {
    return surfaced(error);
  }
}

/**
 * The official SDK as a {@link ClientAdapter}, every operation of the function resource: errors
 * become `{ ok: false, error }` with the SDK's `code`, `statusCode` and `requestId`; bodies are the
 * SDK models turned back into wire names (a delete has none).
 *
 * @example
 * const report = await verifyClient(officialSdkAdapter());
 */
export function officialSdkAdapter(options: OfficialSdkOptions = {}): ClientAdapter {
  checkOptionKeys({
    adapter: 'officialSdkAdapter',
    options,
    known: ['timeoutMs'] satisfies (keyof OfficialSdkOptions)[],
  });
  checkNumericOptions('officialSdkAdapter', options);
  const timeoutMs = options.timeoutMs ?? 10_000;
  type Param<K extends keyof FcModule> = ConstructorParameters<
    FcModule[K] & (new (...a: never[]) => unknown)
  >[0];
  return {
    name: '@alicloud/fc20230330',
    createFunction: (endpoint, input: CreateFunctionInput) =>
      // Nested plain objects are serialised as they are, like the SDK's own models would be.
      attempt(endpoint, timeoutMs, ({ fc }, c) =>
        c.createFunction(
          new fc.CreateFunctionRequest({
            body: new fc.CreateFunctionInput(input as Param<'CreateFunctionInput'>),
          }),
        ),
      ),
    getFunction: (endpoint, name) =>
      attempt(endpoint, timeoutMs, ({ fc }, c) => c.getFunction(name, new fc.GetFunctionRequest({}))),
    updateFunction: (endpoint, name, input: UpdateFunctionInput) =>
      attempt(endpoint, timeoutMs, ({ fc }, c) =>
        c.updateFunction(
          name,
          new fc.UpdateFunctionRequest({
            body: new fc.UpdateFunctionInput(input as Param<'UpdateFunctionInput'>),
          }),
        ),
      ),
    deleteFunction: (endpoint, name) => attempt(endpoint, timeoutMs, (_sdk, c) => c.deleteFunction(name)),
    listFunctions: (endpoint, query) =>
      attempt(endpoint, timeoutMs, ({ fc }, c) => c.listFunctions(new fc.ListFunctionsRequest({ ...query }))),
  };
}
