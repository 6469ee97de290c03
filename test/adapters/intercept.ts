/**
 * Test helper: registers `beforeAll`/`afterAll` hooks that put an emulator behind the MSW
 * handlers or the nock interceptors for `BASE_URL` and every real FC and OSS host, the real
 * network closed, and take them away afterwards.
 */
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Cassette, Emulator } from '../../mocks/index.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { type Fc3NockHandle, fc3Nock } from '../../mocks/nock.ts';
import { BASE_URL, closedNetwork, closeNetworkForNock } from './support.ts';

/**
 * Intercepts with `adapter` for the current `describe`; `handle()` is the nock handle (nock only).
 *
 * @example
 * const nocked = intercept('nock', emulator);
 * it('…', () => expect(nocked.handle()?.requestCount).toBe(1));
 */
export function intercept(
  adapter: 'msw' | 'nock',
  emulator: Emulator,
): { handle(): Fc3NockHandle | undefined } {
  let handle: Fc3NockHandle | undefined;
  if (adapter === 'msw') {
    const server = setupServer(...fc3Handlers(emulator, { baseUrl: BASE_URL }));
    beforeAll(() => {
      nock.restore(); // nock patches fetch as soon as it is imported; one interceptor at a time
      server.listen(closedNetwork());
    });
    afterAll(() => {
      server.close();
      nock.activate();
    });
  } else {
    beforeAll(() => {
      closeNetworkForNock();
      handle = fc3Nock(emulator, { baseUrl: BASE_URL });
    });
    afterAll(() => {
      handle?.restore();
      nock.cleanAll();
      nock.enableNetConnect();
    });
  }
  return { handle: () => handle };
}

/** What {@link interceptLater} returns: `use()` installs, the nock handle when `adapter` is nock. */
export interface LaterIntercept {
  use(target: Emulator | Cassette, baseUrl: string[]): Fc3NockHandle | undefined;
}

/**
 * Like {@link intercept}, for an emulator or cassette known only once a test runs (recorded in a
 * `beforeAll`): the real network is closed for the current `describe`, and `use()` puts the target
 * behind the MSW handlers or the nock interceptors for `baseUrl` until the test ends.
 *
 * @example
 * const later = interceptLater('nock');
 * it('…', () => later.use(cassette, [BASE_URL])?.assertCalled(0));
 */
export function interceptLater(adapter: 'msw' | 'nock'): LaterIntercept {
  if (adapter === 'msw') {
    const server = setupServer();
    beforeAll(() => {
      nock.restore();
      server.listen(closedNetwork());
    });
    afterEach(() => server.resetHandlers());
    afterAll(() => {
      server.close();
      nock.activate();
    });
    return {
      use(target, baseUrl) {
        server.use(...fc3Handlers(target, { baseUrl }));
        return undefined;
      },
    };
  }
  let handles: Fc3NockHandle[] = [];
  beforeAll(() => closeNetworkForNock());
  afterEach(() => {
    for (const handle of handles) handle.restore();
    handles = [];
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });
  return {
    use(target, baseUrl) {
      const handle = fc3Nock(target, { baseUrl });
      handles.push(handle);
      return handle;
    },
  };
}
