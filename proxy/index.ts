/**
 * `fc3-testkit/proxy`: the validating reverse proxy (`startProxy`), cassette replay over HTTP
 * (`startReplay`) and cassette files (`readCassette`). Node only; the browser-safe cassette
 * functions (`parseCassette`, `cassetteEmulator`) are exported by `fc3-testkit` too.
 *
 * @example
 * import { startProxy } from 'fc3-testkit/proxy';
 * const proxy = await startProxy({ upstream: 'http://127.0.0.1:9000', record: 'run.ndjson' });
 * const { findings, summary } = await proxy.close();
 */
// First: on an unsupported Node this throws one clear error before anything else loads.
import '../mocks/node-check.ts';

export { type Cassette, type CassetteEntry, parseCassette } from '../mocks/cassette/cassette.ts';
export { type CassetteEmulator, cassetteEmulator } from '../mocks/cassette/cassette-emulator.ts';
export type { Finding, Side } from './checks/finding.ts';
export {
  type CloseOptions,
  type ProxyOptions,
  type ProxyResult,
  type RunningProxy,
  startProxy,
} from './proxy.ts';
export {
  MAX_CASSETTE_BYTES,
  type ReplayOptions,
  type RunningReplay,
  readCassette,
  startReplay,
} from './replay.ts';
