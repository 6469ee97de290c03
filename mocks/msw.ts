/**
 * `fc3-testkit/msw`: drop-in MSW request handlers backed by the emulator. The handlers only hand
 * MSW's Fetch `Request` to `emulator.handle()`; every answer (status, envelope, validation,
 * duplicates, signatures, faults) comes from the core. No Node-only imports, so the same handlers
 * work with `setupServer` (msw/node) and `setupWorker` (msw/browser).
 */
import { type HttpHandler, http } from 'msw';
import { checkAdapterOptionKeys, resolveEmulator } from './adapter-args.ts';
import type { Cassette } from './cassette/cassette.ts';
import type { Emulator } from './core/types.ts';
import { fcOrigins, urlPattern } from './fc-hosts.ts';

/** Options of {@link fc3Handlers}. */
export interface Fc3HandlersOptions {
  /**
   * Extra origins answered like FC, e.g. `'http://127.0.0.1:9000'` for an SDK configured with
   * `endpoint: '127.0.0.1:9000', protocol: 'http'`. Real FC hosts are always matched.
   */
  baseUrl?: string | string[];
}

/**
 * The handlers to spread into `setupServer(...)` / `setupWorker(...)` / `server.use(...)`, plus
 * the emulator that answers them (not enumerable, so spreading copies only the handlers).
 */
export type Fc3Handlers = HttpHandler[] & { readonly emulator: Emulator };

/** CreateFunction; a trailing slash is tolerated like the core does. */
const CREATE_FUNCTION = '/2023-03-30/functions/?';
/** Anything else on an FC origin: the core answers `PathNotSupported`. */
const ANY_PATH = '(?:/.*)?';

/**
 * Creates MSW handlers for CreateFunction and FC's `PathNotSupported` answer for any other request
 * to an FC host (or `options.baseUrl`). Without an emulator a fresh one is created; given a cassette
 * (`parseCassette`), its recorded answers are replayed (`cassetteEmulator`); either way the
 * emulator is available as `handlers.emulator`.
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { fc3Handlers } from 'fc3-testkit/msw';
 * const handlers = fc3Handlers(undefined, { baseUrl: 'http://127.0.0.1:9000' });
 * const server = setupServer(...handlers);
 * server.listen({ onUnhandledFrame: 'error' }); // msw 2: { onUnhandledRequest: 'error' }
 * handlers.emulator.failNext('Throttling.User');
 */
export function fc3Handlers(emulator?: Emulator | Cassette, options?: Fc3HandlersOptions): Fc3Handlers {
  const target = resolveEmulator('fc3Handlers', emulator);
  checkAdapterOptionKeys({ adapter: 'fc3Handlers', options, known: ['baseUrl'] });
  const origins = fcOrigins(options?.baseUrl);
  const resolver = ({ request }: { request: Request }): Promise<Response> => target.handle(request);
  const handlers: HttpHandler[] = [
    http.post(urlPattern(origins, CREATE_FUNCTION), resolver),
    http.all(urlPattern(origins, ANY_PATH), resolver),
  ];
  return Object.defineProperty(handlers, 'emulator', { value: target, enumerable: false }) as Fc3Handlers;
}
