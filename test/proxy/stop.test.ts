/**
 * The stop is bounded (ADR 046): a session whose checks cannot keep up (here: held, as a worker
 * at nice 19 beside busy processes is) still finishes when the drain limit is reached, with what
 * was left counted as not checked, never as passed; a stop cut short drops open exchanges at once.
 * No assertion on time: the held checks make the outcome the same on any machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drainLimit } from '../../proxy/drain-limit.ts';
import { type ProxyResult, type RunningProxy, startProxy } from '../../proxy/proxy.ts';
import { createSession, type Session, type SessionOptions } from '../../proxy/session.ts';
import { createWorkerSession } from '../../proxy/worker-session.ts';
import { testFolder } from '../helpers/temp-folder.ts';
import {
  eventually,
  GET_NOT_FOUND,
  ONE_CONNECTION,
  rawRequest,
  rawUpstream,
  tappedExchanges,
} from './raw-net.ts';

const { request: REQUEST, answer: ANSWER } = GET_NOT_FOUND;
const CONTEXT = {
  forwarder: ONE_CONNECTION,
  opaque: 0,
  startedAt: new Date().toISOString(),
};

const exchanges = tappedExchanges;

const sessions: [string, (options: SessionOptions) => Session][] = [
  ['the check worker', (options) => createWorkerSession(options, {})],
  ['checks inline', (options) => createSession(options, {})],
];

describe.each(sessions)('a stop with %s behind', (_name, create) => {
  const options = { upstream: 'http://127.0.0.1:9000', holdChecks: true };

  it('drain limit 0: finishes without checking, every exchange counted as not checked', async () => {
    const session = create(options);
    for (const exchange of exchanges(300)) session.handle(exchange, () => undefined);
    expect(session.pending).toBe(300);
    const result = await session.finish(CONTEXT, drainLimit({ drainMs: 0 }));
    expect(result.exchanges).toBe(300);
    expect(result.findings).toBe(0);
    expect(result.summary).toContain(
      'not fully checked: 300× not checked, so not passed either: the drain limit (0 ms from the stop) passed before their checks ran',
    );
    // Not a pass: the report lists them as not applicable, and nothing as passed.
    expect(result.report.totals).toEqual({ passed: 0, failed: 0, notApplicable: 1, total: 1 });
  });

  it('a drain limit that passes: the same, with the limit named', async () => {
    const session = create(options);
    for (const exchange of exchanges(3)) session.handle(exchange, () => undefined);
    const result = await session.finish(CONTEXT, drainLimit({ drainMs: 50 }));
    expect(result.summary).toContain(
      '3× not checked, so not passed either: the drain limit (50 ms from the stop)',
    );
  });

  it('a stop cut short: its reason in the summary', async () => {
    const session = create(options);
    for (const exchange of exchanges(2)) session.handle(exchange, () => undefined);
    const cut = new AbortController();
    const finished = session.finish(CONTEXT, drainLimit({ drainMs: 600_000, signal: cut.signal }));
    cut.abort('a second SIGTERM');
    const result = await finished;
    expect(result.summary).toContain(
      '2× not checked, so not passed either: the stop was cut short (a second SIGTERM)',
    );
  });

  it('nothing held: every exchange is checked within the limit, none counted as not checked', async () => {
    const session = create({ upstream: options.upstream });
    for (const exchange of exchanges(20)) session.handle(exchange, () => undefined);
    const result = await session.finish(CONTEXT, drainLimit({ drainMs: 600_000 }));
    expect(result.summary).not.toContain('not checked');
    expect(result.report.results.map((entry) => entry.case.title)).toEqual([
      '20 GetFunction exchange(s) without findings',
    ]);
  }, 60_000);
});

describe('startProxy().close(options)', () => {
  it('with a cassette: what was checked is recorded, closed whole; what was left is neither', async () => {
    const upstream = await rawUpstream((socket) => socket.write(ANSWER));
    const file = join(testFolder('fc3-stop-'), 'run.ndjson');
    const proxy = await startProxy({ upstream: `http://127.0.0.1:${upstream.port}`, record: file });
    await rawRequest({
      port: proxy.port,
      parts: [Buffer.from(REQUEST)],
      until: (bytes) => bytes.length >= ANSWER.length,
    });
    await proxy.flush();
    // Everything is checked: the worker has what is left of the limit to close the cassette.
    const result = await proxy.close({ drainMs: 600_000 });
    await upstream.close();
    expect(result.summary).toContain(`cassette ${file}: 1 exchange(s) written, 0 dropped`);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('with a cassette, checks held: the exchanges left are neither checked nor recorded', async () => {
    const file = join(testFolder('fc3-stop-'), 'held.ndjson');
    const session = createSession({ upstream: 'http://127.0.0.1:9000', record: file, holdChecks: true }, {});
    for (const exchange of exchanges(4)) session.handle(exchange, () => undefined);
    const result = await session.finish(CONTEXT, drainLimit({ drainMs: 0 }));
    expect(result.summary).toContain(
      '4× neither checked nor recorded, so not passed either: the drain limit',
    );
    expect(result.summary).toContain(
      `cassette ${file}: 0 exchange(s) written, 0 dropped, 4 never reached it (unchecked, above)`,
    );
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  /**
   * Stops a proxy with one exchange open whose upstream never answers (the forwarder alone would
   * wait for it for ten minutes), and checks the exchange is dropped and counted.
   */
  async function stopWithHangingExchange(stop: (proxy: RunningProxy) => Promise<ProxyResult>): Promise<void> {
    const upstream = await rawUpstream(() => undefined);
    const proxy = await startProxy({
      upstream: `http://127.0.0.1:${upstream.port}`,
      shutdownTimeoutMs: 600_000,
    });
    const client = rawRequest({ port: proxy.port, parts: [Buffer.from(REQUEST)], timeoutMs: 600_000 });
    await eventually(() => upstream.received[0]?.length === REQUEST.length, 60_000);
    const result = await stop(proxy);
    expect((await client).ending).not.toBe('timeout');
    await upstream.close();
    expect(result.exchanges).toBe(1);
    expect(result.summary).toMatch(/not fully checked: 1× (no answer|not checked, so not passed either)/);
  }

  it('a signal aborted during the stop drops an open exchange at once; the result counts it', async () => {
    await stopWithHangingExchange((proxy) => {
      const cut = new AbortController();
      const closing = proxy.close({ drainMs: 600_000, signal: cut.signal });
      expect(proxy.openConnections).toBe(1);
      cut.abort('a second SIGTERM');
      return closing;
    });
  }, 60_000);

  it('a drain limit that passes drops an open exchange too (ADR 047); the result counts it', async () => {
    await stopWithHangingExchange((proxy) => proxy.close({ drainMs: 100 }));
  }, 60_000);

  it('refuses a drain limit that is not a whole number of milliseconds', async () => {
    const proxy = await startProxy({ upstream: 'http://127.0.0.1:9' });
    await expect(proxy.close({ drainMs: -1 })).rejects.toThrow(
      'close({ drainMs }) must be an integer from 0 to 2147483647, got -1',
    );
    await proxy.close();
  });
});
