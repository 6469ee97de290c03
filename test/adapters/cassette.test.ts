/**
 * A recorded run becomes offline mocks: the official SDK's deploy-like run is recorded once
 * through `startProxy` in front of a signing-verifying `startServer` (real loopback sockets), then
 * `fc3Handlers(cassette)` and `fc3Nock(cassette)` answer the same run, network closed, with the
 * recorded answers; a request that was not recorded gets `PathNotSupported` (both adapters). Runs for msw 3 /
 * nock 15 and, in the compat project, msw 2 / nock 14.
 */
import { join } from 'node:path';
import nock from 'nock';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Cassette, cassetteEmulator } from '../../mocks/index.ts';
import { startServer } from '../../mocks/server.ts';
import { startProxy } from '../../proxy/proxy.ts';
import { readCassette } from '../../proxy/replay.ts';
import { fileFolder } from '../helpers/temp-folder.ts';
import { type CallOutcome, clientOn, deploySequence } from '../proxy/sdk-session.ts';
import { interceptLater } from './intercept.ts';
import { BASE_URL } from './support.ts';

const folder = fileFolder('fc3-cassette-');

let cassette: Cassette;
let recorded: CallOutcome[];

beforeAll(async () => {
  // Recording uses real sockets: no interceptor may be active meanwhile.
  nock.restore();
  const file = join(folder, 'run.ndjson');
  const server = await startServer({ credentials: { testAK: 'testSecret' } });
  const proxy = await startProxy({ upstream: server.url, record: file });
  recorded = await deploySequence(clientOn(proxy.port), 'offline');
  const result = await proxy.close();
  await server.close();
  nock.activate();
  expect(result.recorder?.written).toBe(7);
  cassette = readCassette(file);
});

describe.each(['msw', 'nock'] as const)('%s with the cassette', (adapter) => {
  const later = interceptLater(adapter);

  it('answers the recorded run with the recorded answers', async () => {
    const replay = cassetteEmulator(cassette);
    const handle = later.use(replay, [BASE_URL]);
    expect(await deploySequence(clientOn(9000), 'offline')).toEqual(recorded);
    expect(replay.unmatched()).toEqual([]);
    handle?.assertCalled(7);
  });

  it('answers what was not recorded with PathNotSupported', async () => {
    const emulator = cassetteEmulator(cassette);
    later.use(emulator, [BASE_URL]);
    const outcomes = await deploySequence(clientOn(9000), 'not-recorded');
    expect(
      outcomes.every((outcome) => outcome.code === 'PathNotSupported' && outcome.statusCode === 400),
    ).toBe(true);
    expect(emulator.unmatched().map((entry) => `${entry.method} ${entry.target}`)).toContain(
      'GET /2023-03-30/functions/not-recorded',
    );
  });
});
