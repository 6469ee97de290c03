/**
 * A recorded run becomes offline mocks: the official SDK's deploy-like run is recorded once
 * through `startProxy` in front of a signing-verifying `startServer` (real loopback sockets), then
 * `fc3Handlers(cassette)` and `fc3Nock(cassette)` answer the same run, network closed, with the
 * recorded answers; a request that was not recorded gets `PathNotSupported`. Runs for msw 3 /
 * nock 15 and, in the compat project, msw 2 / nock 14.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cassette, cassetteEmulator } from '../../mocks/index.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { fc3Nock } from '../../mocks/nock.ts';
import { startServer } from '../../mocks/server.ts';
import { startProxy } from '../../proxy/proxy.ts';
import { readCassette } from '../../proxy/replay.ts';
import { type CallOutcome, clientOn, deploySequence } from '../proxy/sdk-session.ts';
import { BASE_URL, closedNetwork, closeNetworkForNock } from './support.ts';

let cassette: Cassette;
let recorded: CallOutcome[];

beforeAll(async () => {
  // Recording uses real sockets: no interceptor may be active meanwhile.
  nock.restore();
  const file = join(mkdtempSync(join(tmpdir(), 'fc3-cassette-')), 'run.ndjson');
  const server = await startServer({ credentials: { testAK: 'testSecret' } });
  const proxy = await startProxy({ upstream: server.url, record: file });
  recorded = await deploySequence(clientOn(proxy.port), 'offline');
  const result = await proxy.close();
  await server.close();
  nock.activate();
  expect(result.recorder?.written).toBe(7);
  cassette = readCassette(file);
});

describe('fc3Handlers(cassette)', () => {
  const server = setupServer();
  beforeAll(() => {
    nock.restore();
    server.listen(closedNetwork());
  });
  afterAll(() => {
    server.close();
    nock.activate();
  });

  it('answers the recorded run with the recorded answers', async () => {
    const handlers = fc3Handlers(cassette, { baseUrl: BASE_URL });
    server.use(...handlers);
    expect(await deploySequence(clientOn(9000), 'offline')).toEqual(recorded);
    expect((handlers.emulator as ReturnType<typeof cassetteEmulator>).unmatched()).toEqual([]);
  });

  it('answers what was not recorded with PathNotSupported', async () => {
    const emulator = cassetteEmulator(cassette);
    server.use(...fc3Handlers(emulator, { baseUrl: BASE_URL }));
    const outcomes = await deploySequence(clientOn(9000), 'not-recorded');
    expect(
      outcomes.every((outcome) => outcome.code === 'PathNotSupported' && outcome.statusCode === 400),
    ).toBe(true);
    expect(emulator.unmatched().map((entry) => `${entry.method} ${entry.target}`)).toContain(
      'GET /2023-03-30/functions/not-recorded',
    );
  });
});

describe('fc3Nock(cassette)', () => {
  beforeAll(() => closeNetworkForNock());
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('answers the recorded run with the recorded answers', async () => {
    const handle = fc3Nock(cassette, { baseUrl: BASE_URL });
    try {
      expect(await deploySequence(clientOn(9000), 'offline')).toEqual(recorded);
      handle.assertCalled(7);
    } finally {
      handle.restore();
    }
  });
});
