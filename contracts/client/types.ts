/**
 * Client mode types: the adapter a user writes around their CreateFunction client, and what it
 * reports back.
 */
import type { CreateFunctionInput } from '../../mocks/core/types.ts';

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
 * What one `createFunction` call surfaced: the created function, or the error.
 *
 * @example
 * const outcome: ClientOutcome = { ok: false, error: { code: 'Throttling.User', statusCode: 429, requestId: '1-…' } };
 */
export type ClientOutcome =
  | { ok: true; status?: number; body: unknown; requestId?: string }
  | { ok: false; error: SurfacedError };

/**
 * A user's CreateFunction client, wrapped so the suite can drive it. `createFunction` must not
 * throw for FC errors: translate them into `{ ok: false, error }`.
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
}
