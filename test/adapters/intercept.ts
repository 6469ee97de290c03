/**
 * Test helper: registers `beforeAll`/`afterAll` hooks that put an emulator behind the MSW
 * handlers or the nock interceptors for `BASE_URL` and every real FC and OSS host, the real
 * network closed, and take them away afterwards.
 */
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, beforeAll } from 'vitest';
import type { Emulator } from '../../mocks/index.ts';
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
