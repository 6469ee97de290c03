/**
 * A ready client adapter for the official SDK `@alicloud/fc20230330`, unmodified, configured for
 * a local endpoint as the reference describes (A.5): `endpoint: 'host:port'`, `protocol: 'http'`.
 */
import type { CreateFunctionInput } from '../../mocks/core/types.ts';
import type { ClientAdapter, ClientEndpoint, ClientOutcome } from '../client/types.ts';

// The SDK is a dev/peer dependency of the user, loaded on first use only.
type FcModule = typeof import('@alicloud/fc20230330');
type ClientClass = FcModule['default'];

interface Sdk {
  fc: FcModule;
  Config: typeof import('@alicloud/openapi-core').$OpenApiUtil.Config;
}

async function loadSdk(): Promise<Sdk> {
  const [fc, core] = await Promise.all([import('@alicloud/fc20230330'), import('@alicloud/openapi-core')]);
  return { fc: fc as unknown as FcModule, Config: core.$OpenApiUtil.Config };
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

/**
 * The official SDK as a {@link ClientAdapter}: errors become `{ ok: false, error }` with the SDK's
 * `code`, `statusCode` and `requestId`; the body is the SDK model turned back into wire names.
 *
 * @example
 * const report = await verifyClient(officialSdkAdapter());
 */
export function officialSdkAdapter(options: OfficialSdkOptions = {}): ClientAdapter {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    name: '@alicloud/fc20230330',
    async createFunction(endpoint, input: CreateFunctionInput) {
      const sdk = await loadSdk();
      // Nested plain objects are serialised as they are, like the SDK's own models would be.
      const body = new sdk.fc.CreateFunctionInput(
        input as ConstructorParameters<FcModule['CreateFunctionInput']>[0],
      );
      try {
        const response = await client(sdk, endpoint, timeoutMs).createFunction(
          new sdk.fc.CreateFunctionRequest({ body }),
        );
        const requestId = response.headers?.['x-acs-request-id'];
        return {
          ok: true,
          status: response.statusCode ?? 200,
          body: response.body?.toMap() ?? {},
          ...(requestId ? { requestId } : {}),
        };
      } catch (error) {
        return surfaced(error);
      }
    },
  };
}
