/**
 * A recorded code download replays byte for byte (ADR 024, 038): the official SDK's createFunction
 * and getFunctionCode and a plain fetch of the answered url (GET, then HEAD) are recorded through
 * `startProxy` in front of a signing-verifying `startServer` (real loopback sockets); the package
 * is a real ZIP, not UTF-8, so the cassette keeps it as Base64. `fc3Handlers(cassette)`,
 * `fc3Nock(cassette)` (network closed) and `startReplay` (`fc3-testkit replay`) then answer the
 * same calls with the recorded bytes, `application/zip` and their length. Runs for msw 3 /
 * nock 15 and, in the compat project, msw 2 / nock 14.
 */
import { join } from 'node:path';
import * as fc from '@alicloud/fc20230330';
import nock from 'nock';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../../mocks/fixtures/zip.ts';
import { type Cassette, cassetteEmulator, parseCassette } from '../../mocks/index.ts';
import { startServer } from '../../mocks/server.ts';
import { startProxy } from '../../proxy/proxy.ts';
import { readCassette, startReplay } from '../../proxy/replay.ts';
import { fileFolder } from '../helpers/temp-folder.ts';
import { clientOn } from '../proxy/sdk-session.ts';
import { interceptLater } from './intercept.ts';
import { BASE_URL } from './support.ts';

const folder = fileFolder('fc3-cassette-code-');

type Client = ReturnType<typeof clientOn>;

/** A real stored ZIP with a binary member: its bytes are not UTF-8. */
const ZIP = makeZip({
  'index.py': 'def handler(event, context):\n    return "ok"\n',
  'data.bin': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) & 255),
});

/** What one download answered: status, type, length and body bytes (GET), or the HEAD's. */
interface Got {
  status: number;
  type: string | null;
  length: string | null;
  bytes: Uint8Array;
}

async function fetched(url: string, method: 'GET' | 'HEAD'): Promise<Got> {
  const response = await fetch(url, { method });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    length: response.headers.get('content-length'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/** The calls recorded and replayed: the url on `origin` (the recording's, or the replay server's). */
async function downloadRun(client: Client, origin?: string): Promise<{ url: string; get: Got; head: Got }> {
  const body = new fc.CreateFunctionInput({
    functionName: 'cassette-code',
    runtime: 'python3.10',
    handler: 'index.handler',
    code: new fc.InputCodeLocation({ zipFile: Buffer.from(ZIP).toString('base64') }),
  });
  await client.createFunction(new fc.CreateFunctionRequest({ body }));
  const code = await client.getFunctionCode('cassette-code', new fc.GetFunctionCodeRequest({}));
  const answered = code.body?.url as string;
  const url = origin === undefined ? answered : `${origin}${new URL(answered).pathname}`;
  return { url: answered, get: await fetched(url, 'GET'), head: await fetched(url, 'HEAD') };
}

let cassette: Cassette;
let live: Awaited<ReturnType<typeof downloadRun>>;

beforeAll(async () => {
  // Recording uses real sockets: no interceptor may be active meanwhile.
  nock.restore();
  const file = join(folder, 'run.ndjson');
  const server = await startServer({ credentials: { testAK: 'testSecret' } });
  const proxy = await startProxy({ upstream: server.url, record: file });
  try {
    live = await downloadRun(clientOn(proxy.port));
  } finally {
    await proxy.close();
    await server.close();
    nock.activate();
  }
  cassette = readCassette(file);
});

/** The cassette without its HEAD line: the download's GET answers the HEAD (ADR 038 addendum). */
const withoutHead = () =>
  parseCassette(
    cassette.entries
      .filter((entry) => entry.request.method !== 'HEAD')
      .map((entry) => JSON.stringify(entry))
      .join('\n'),
  );

const wanted = () => ({ status: 200, type: 'application/zip', length: String(ZIP.byteLength) });

describe('recording', () => {
  it('downloaded the ZIP live and kept it as Base64, replayable', () => {
    expect(live.get).toEqual({ ...wanted(), bytes: ZIP });
    expect(live.head).toEqual({ ...wanted(), bytes: new Uint8Array(0) });
    const download = cassette.entries.find(
      (entry) => entry.request.method === 'GET' && entry.request.target.endsWith('.zip'),
    );
    expect(download?.replay).toBe('exact');
    expect(download?.response?.body).toMatchObject({ encoding: 'base64', size: ZIP.byteLength });
    expect(cassette.entries.map((entry) => entry.replay)).toEqual(['exact', 'exact', 'exact', 'exact']);
  });
});

describe.each(['msw', 'nock'] as const)('%s with the cassette', (adapter) => {
  const later = interceptLater(adapter);

  it('replays the download byte for byte, and its HEAD', async () => {
    // The recorded url names the recording proxy's origin: the interceptors answer it too.
    const handle = later.use(cassette, [BASE_URL, new URL(live.url).origin]);
    expect(await downloadRun(clientOn(9000))).toEqual(live);
    handle?.assertCalled(4);
  });

  it('answers the HEAD from the recorded GET when no HEAD was recorded', async () => {
    const handle = later.use(withoutHead(), [BASE_URL, new URL(live.url).origin]);
    expect(await downloadRun(clientOn(9000))).toEqual(live);
    handle?.assertCalled(4);
  });
});

describe('the replay journal', () => {
  it('names the download, as the live journal does, for the GET and the HEAD it answers', async () => {
    const emulator = cassetteEmulator(withoutHead());
    const url = `${BASE_URL}${new URL(live.url).pathname}`;
    expect((await emulator.handle(new Request(url, { method: 'HEAD' }))).status).toBe(200);
    expect((await emulator.handle(new Request(url))).status).toBe(200);
    expect(emulator.calls().map((call) => [call.operation, call.method, call.outcome])).toEqual([
      ['DownloadFunctionCode', 'HEAD', 'succeeded'],
      ['DownloadFunctionCode', 'GET', 'succeeded'],
    ]);
  });
});

describe('startReplay (fc3-testkit replay)', () => {
  it('replays the download byte for byte, and its HEAD', async () => {
    nock.restore();
    const replay = await startReplay({ cassette });
    try {
      const run = await downloadRun(clientOn(replay.port), replay.url);
      expect(run).toEqual(live);
    } finally {
      expect(await replay.close()).toEqual([]);
      nock.activate();
    }
  });

  it('answers the HEAD from the recorded GET when no HEAD was recorded', async () => {
    nock.restore();
    const replay = await startReplay({ cassette: withoutHead() });
    try {
      expect(await downloadRun(clientOn(replay.port), replay.url)).toEqual(live);
    } finally {
      expect(await replay.close()).toEqual([]);
      nock.activate();
    }
  });
});
