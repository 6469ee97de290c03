/**
 * The page side of the browser tests: MSW's `setupWorker` with fc3-testkit's handlers, both taken
 * from the BUILT package by its name (the "exports" map, as a user imports it), and `send`, a
 * bounded `fetch` through the Service Worker. The vitest project decides which msw major
 * `msw` resolves to (vitest.browser.config.ts) and says which one it promised (`mswMajor`).
 */
import { createEmulator, type Emulator } from 'fc3-testkit';
import { fc3Handlers } from 'fc3-testkit/msw';
import { type SetupWorker, type StartOptions, setupWorker } from 'msw/browser';
import mswPackage from 'msw/package.json' with { type: 'json' };
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The msw major the running project aliased `msw` to. */
    mswMajor: '2' | '3';
  }
}

/** The OpenAPI gateway host form (reference A.2): a cross-origin URL, as a console would call. */
export const FC_ORIGIN = 'https://fcv3.cn-hangzhou.aliyuncs.com';
/** An extra `baseUrl`, the origin an SDK configured with `endpoint: '127.0.0.1:9000'` calls. */
export const BASE_URL = 'http://127.0.0.1:9000';
/** Upper bound for one request through the worker; a hang fails the test instead of stalling CI. */
const REQUEST_TIMEOUT_MS = 5_000;

/** One request of a browser scenario; `origin` defaults to {@link FC_ORIGIN}. */
export interface FcRequest {
  method: string;
  path: string;
  origin?: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

/** What came back, with the response `type` kept to tell the worker path from an in-page one. */
export interface FcAnswer {
  status: number;
  type: ResponseType;
  headers: Headers;
  /** The body parsed as JSON; `{ text }` when it is not JSON (msw's own error pages). */
  json: Record<string, unknown>;
}

/** The msw major actually loaded in the page, read from the (possibly aliased) package itself. */
export const loadedMswMajor = String(mswPackage.version).split('.')[0];

/**
 * `worker.start()` options that make an unhandled request an error on either major (msw 3 ignores
 * msw 2's `onUnhandledRequest`, msw 2 does not know `onUnhandledFrame`).
 */
function closedNetwork(): StartOptions {
  const unhandled = loadedMswMajor === '2' ? { onUnhandledRequest: 'error' } : { onUnhandledFrame: 'error' };
  return { quiet: true, ...unhandled } as StartOptions;
}

/** The running worker and the emulator behind its handlers. */
export interface Harness {
  worker: SetupWorker;
  emulator: Emulator;
}

/**
 * Registers msw's Service Worker for this page with fc3-testkit's handlers and waits until it is
 * active (bounded by vitest's hook timeout).
 *
 * @example
 * const { worker, emulator } = await startWorker();
 */
export async function startWorker(): Promise<Harness> {
  const emulator = createEmulator({ seed: 1 });
  const worker = setupWorker(...fc3Handlers(emulator, { baseUrl: BASE_URL }));
  await worker.start(closedNetwork());
  return { worker, emulator };
}

/**
 * Fetches `request` through the page's `fetch` (so through the worker), JSON in and out.
 *
 * @example
 * const answer = await send({ method: 'GET', path: '/2023-03-30/nothing' });
 */
export async function send(request: FcRequest): Promise<FcAnswer> {
  const init: RequestInit = {
    method: request.method,
    headers: { 'content-type': 'application/json', ...request.headers },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  };
  if (request.body !== undefined) init.body = JSON.stringify(request.body);
  const response = await fetch(`${request.origin ?? FC_ORIGIN}${request.path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    type: response.type,
    headers: response.headers,
    json: parseJson(text),
  };
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { text };
  }
}

/**
 * The major this project promised; the tests compare it with {@link loadedMswMajor}.
 *
 * @example
 * expect(loadedMswMajor).toBe(expectedMswMajor());
 */
export const expectedMswMajor = (): '2' | '3' => inject('mswMajor');
