/**
 * Client mode types: the adapter a user writes around their FC client (CreateFunction, and
 * optionally GetFunction, UpdateFunction, DeleteFunction, ListFunctions), and what it reports back.
 */
import type { CreateFunctionInput, UpdateFunctionInput } from '../../mocks/core/types.ts';

/**
 * Where the client must send its request: a local emulator on loopback. With credentials the
 * emulator verifies ACS3 signatures.
 *
 * @example
 * const endpoint: ClientEndpoint = { host: '127.0.0.1', port: 9000, protocol: 'http', accessKeyId: 'AK', accessKeySecret: 'SK' };
 */
export interface ClientEndpoint {
  host: string;
  port: number;
  protocol: 'http';
  accessKeyId?: string;
  accessKeySecret?: string;
}

/** The error a client surfaced, read from whatever its error type is. */
export interface SurfacedError {
  /** FC error code, e.g. `FunctionAlreadyExists`. */
  code?: string;
  /** HTTP status. */
  statusCode?: number;
  requestId?: string;
  message?: string;
}

/**
 * What one call surfaced: the function (or page, or nothing for a delete), or the error.
 *
 * @example
 * const outcome: ClientOutcome = { ok: false, error: { code: 'Throttling.User', statusCode: 429, requestId: '1-…' } };
 */
export type ClientOutcome =
  | { ok: true; status?: number; body: unknown; requestId?: string }
  | { ok: false; error: SurfacedError };

/**
 * One ListFunctions page request (lifecycle E.1); absent keys are not sent.
 *
 * @example
 * const query: ListQuery = { prefix: 'my-', limit: 10, nextToken: 'MTIzNCNhYmM=' };
 */
export interface ListQuery {
  prefix?: string;
  limit?: number;
  nextToken?: string;
}

/**
 * A user's FC client, wrapped so the suite can drive it. Methods must not throw for FC errors:
 * translate them into `{ ok: false, error }`. Only `createFunction` is required; scenarios of an
 * operation the adapter lacks are not applicable.
 *
 * @example
 * const adapter: ClientAdapter = { name: 'my-client', async createFunction(endpoint, input) {
 *   const res = await myClient(endpoint).create(input);
 *   return { ok: true, status: res.status, body: res.body };
 * } };
 */
export interface ClientAdapter {
  name: string;
  createFunction(endpoint: ClientEndpoint, input: CreateFunctionInput): Promise<ClientOutcome>;
  /** GetFunction; `body` is the Function. */
  getFunction?(endpoint: ClientEndpoint, functionName: string): Promise<ClientOutcome>;
  /** UpdateFunction; `body` is the updated Function. */
  updateFunction?(
    endpoint: ClientEndpoint,
    functionName: string,
    input: UpdateFunctionInput,
  ): Promise<ClientOutcome>;
  /** DeleteFunction; nothing to surface but the status. */
  deleteFunction?(endpoint: ClientEndpoint, functionName: string): Promise<ClientOutcome>;
  /** One ListFunctions page; `body` is `{ functions, nextToken }`. */
  listFunctions?(endpoint: ClientEndpoint, query: ListQuery): Promise<ClientOutcome>;
}

/** The operations a client scenario can ask for. */
export type ClientOperation =
  | 'CreateFunction'
  | 'GetFunction'
  | 'UpdateFunction'
  | 'DeleteFunction'
  | 'ListFunctions';
