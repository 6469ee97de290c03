/**
 * `fc3-testkit/nock`: persistent nock interceptors backed by the emulator, for nock 14 and 15.
 * The interceptors only rebuild the request as it crossed the wire (exact body bytes, headers
 * including `host` with its port, so ACS3 signatures verify) and hand it to `emulator.dispatch()`;
 * every answer comes from the core.
 */
import { AssertionError } from 'node:assert';
import defaultNock from 'nock';
import { checkAdapterOptionKeys, resolveEmulator } from './adapter-args.ts';
import type { Cassette } from './cassette/cassette.ts';
import { createEmulator } from './core/emulator.ts';
import { Fc3TestkitError } from './core/errors.ts';
import { toWireRequest } from './core/fetch.ts';
import type { Emulator, WireRequest, WireResponse } from './core/types.ts';
import { type FcOrigin, fcOrigins, originPattern } from './fc-hosts.ts';
import {
  isLegacyRequest,
  type LegacyContext,
  legacyWireRequest,
  shieldLegacyJsonParse,
} from './nock-legacy.ts';
import { withNodeCodecs } from './node-codecs.ts';

/** The parts of a nock interceptor fc3Nock uses (nock 14 and 15 both fit). */
export interface NockInterceptorLike {
  reply(replyFunction: (...args: never[]) => unknown): unknown;
}

/** The parts of a nock scope fc3Nock uses. */
export interface NockScopeLike {
  persist(flag?: boolean): NockScopeLike;
  intercept(uri: (path: string) => boolean, method: string): NockInterceptorLike;
  /** The interceptors nock still holds for this scope (none after `nock.cleanAll()`). */
  activeMocks(): string[];
  on(event: 'request', listener: (req: unknown) => void): unknown;
  removeListener(event: 'request', listener: (req: unknown) => void): unknown;
}

/** The parts of the nock module fc3Nock uses: `import nock from 'nock'` fits. */
export interface NockLike {
  (basePath: RegExp): NockScopeLike;
  isActive(): boolean;
  /** Typed `never` so both majors' signatures fit; fc3Nock passes back what `intercept()` returned. */
  removeInterceptor(interceptor: never): boolean;
}

/** Options of {@link fc3Nock}. */
export interface Fc3NockOptions {
  /** Extra origins answered like FC, e.g. `'http://127.0.0.1:9000'`. Real FC hosts are always matched. */
  baseUrl?: string | string[];
  /** The nock module to install into (default: the `nock` peer dependency this package resolves). */
  nock?: NockLike;
}

/** What {@link fc3Nock} returns: the emulator, expectations in nock's style, and `restore()`. */
export interface Fc3NockHandle {
  readonly emulator: Emulator;
  /** How many requests these interceptors answered (any method or path on an FC origin). */
  readonly requestCount: number;
  /** True once at least one request was answered. */
  isDone(): boolean;
  /**
   * Like `scope.pendingMocks()`: one entry per origin while nothing was answered, else `[]`. Read
   * from nock each time: an origin whose interceptors nock no longer holds (`nock.cleanAll()`,
   * `restore()`) is not pending, as it will not answer.
   */
  pendingMocks(): string[];
  /** Throws unless exactly `times` requests were answered (or at least one, when `times` is omitted). */
  assertCalled(times?: number): void;
  /** Removes these interceptors only; other nock mocks stay. Idempotent. */
  restore(): void;
}

/** nock needs one interceptor per method; this covers everything an FC client can send. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

type ReplyTriple = [number, string | Buffer, Record<string, string>];

// The answer to a HEAD has no body, as every HTTP server sends it (nock 15 drops one itself, 14 does not).
function toReply(wire: WireResponse, method: string): ReplyTriple {
  const body =
    method === 'HEAD'
      ? ''
      : wire.bytes
        ? Buffer.from(wire.bytes.buffer, wire.bytes.byteOffset, wire.bytes.byteLength)
        : wire.body;
  return [wire.status, body, wire.headers];
}

interface Installed {
  interceptors: NockInterceptorLike[];
  scopes: NockScopeLike[];
}

/** One call of a reply function: where it was installed, its arguments and its `this`. */
interface NockCall {
  origin: FcOrigin;
  args: unknown[];
  ctx: unknown;
}

interface InstallOptions {
  nock: NockLike;
  origins: FcOrigin[];
  answer: (call: NockCall) => Promise<ReplyTriple>;
}

function install({ nock, origins, answer }: InstallOptions): Installed {
  const installed: Installed = { interceptors: [], scopes: [] };
  for (const origin of origins) {
    const scope = nock(originPattern(origin)).persist();
    scope.on('request', shieldLegacyJsonParse);
    installed.scopes.push(scope);
    for (const method of METHODS) {
      const interceptor = scope.intercept(() => true, method);
      // Declared without parameters on purpose: nock promisifies reply functions whose arity is 2
      // (nock 15) or 3 (nock 14), treating the last parameter as a callback.
      interceptor.reply(function reply(this: unknown, ...args: never[]) {
        return answer({ origin, args, ctx: this });
      });
      installed.interceptors.push(interceptor);
    }
  }
  return installed;
}

// Each scope was created for one origin and holds only fc3's interceptors: nock's own list of them
// says whether that origin still answers (nock.cleanAll() empties it).
function pendingOrigins(origins: readonly FcOrigin[], installed: Installed): string[] {
  return origins
    .filter((_origin, i) => (installed.scopes[i]?.activeMocks().length ?? 0) > 0)
    .map((origin) => `ANY ${origin.label}`);
}

/** Duck-typed, so a Request from another realm (jsdom, another undici) is recognised too. */
function isFetchRequest(value: unknown): value is Request {
  const candidate = value as Partial<Request> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.url === 'string' &&
    typeof candidate.arrayBuffer === 'function' &&
    typeof candidate.headers?.forEach === 'function'
  );
}

async function wireFrom(emulator: Emulator, { origin, args, ctx }: NockCall): Promise<WireRequest> {
  const [first, second] = args;
  // nock 15 passes the Fetch Request; nock 14 passes (path, body) with the ClientRequest on `this.req`.
  if (isFetchRequest(first)) return toWireRequest(first, emulator.maxBodyBytes);
  if (typeof first === 'string' && isLegacyRequest((ctx as LegacyContext | undefined)?.req)) {
    return legacyWireRequest({
      protocol: origin.protocol,
      path: first,
      body: second,
      req: (ctx as LegacyContext).req,
    });
  }
  throw new Fc3TestkitError('fc3Nock: unsupported nock version (expected nock 14 or 15)');
}

function activeNock(options: Fc3NockOptions | undefined): NockLike {
  checkAdapterOptionKeys({ adapter: 'fc3Nock', options, known: ['baseUrl', 'nock'] });
  const nock: NockLike = options?.nock ?? defaultNock;
  if (!nock.isActive()) {
    throw new Fc3TestkitError(
      'fc3Nock: nock is not active (nock.restore() was called); call nock.activate() first',
    );
  }
  return nock;
}

function assertCount(
  emulator: Emulator,
  { count, times }: { count: number; times: number | undefined },
): void {
  if (times === undefined ? count > 0 : count === times) return;
  const wanted = times === undefined ? 'at least 1 request' : `${times} request(s)`;
  const calls = emulator.calls().map((c) => `  #${c.seq} ${c.method} ${c.url} → ${c.status} ${c.code ?? ''}`);
  // An unmet expectation, like nock's scope.done(): an AssertionError, not a usage error.
  throw new AssertionError({
    message: `fc3Nock: expected ${wanted}, got ${count}\n${calls.join('\n')}`.trimEnd(),
  });
}

/**
 * Installs persistent nock interceptors for CreateFunction (and FC's `PathNotSupported` answer for
 * anything else) on every real FC host and each `options.baseUrl`, answered by the emulator (a
 * fresh one when none is given; a cassette from `parseCassette` replays its recorded answers).
 *
 * @example
 * import nock from 'nock';
 * import { fc3Nock } from 'fc3-testkit/nock';
 * nock.disableNetConnect();
 * nock.enableNetConnect('127.0.0.1');
 * const fc = fc3Nock(undefined, { baseUrl: 'http://127.0.0.1:9000' });
 * // ... run the code under test, then:
 * fc.assertCalled(1);
 * fc.restore();
 */
export function fc3Nock(emulator?: Emulator | Cassette, options?: Fc3NockOptions): Fc3NockHandle {
  // A fresh emulator hashes and decodes with node:crypto/Buffer (nock only runs in Node).
  const target =
    emulator === undefined ? createEmulator(withNodeCodecs({})) : resolveEmulator('fc3Nock', emulator);
  const nock = activeNock(options);
  const origins = fcOrigins(options?.baseUrl);
  let requestCount = 0;
  const answer = async (call: NockCall): Promise<ReplyTriple> => {
    const wire = await wireFrom(target, call);
    requestCount += 1;
    return toReply(await target.dispatch(wire), wire.method);
  };
  let installed: Installed | undefined = install({ nock, origins, answer });
  return {
    emulator: target,
    get requestCount() {
      return requestCount;
    },
    isDone: () => requestCount > 0,
    pendingMocks: () => (requestCount > 0 || !installed ? [] : pendingOrigins(origins, installed)),
    assertCalled: (times) => assertCount(target, { count: requestCount, times }),
    restore() {
      if (!installed) return;
      for (const interceptor of installed.interceptors) nock.removeInterceptor(interceptor as never);
      for (const scope of installed.scopes) scope.removeListener('request', shieldLegacyJsonParse);
      installed = undefined;
    },
  };
}
