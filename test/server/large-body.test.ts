import { afterEach, describe, expect, it } from 'vitest';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import type { Emulator, WireRequest } from '../../mocks/core/types.ts';
import { createEmulator } from '../../mocks/index.ts';
import { withNodeCodecs } from '../../mocks/node-codecs.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import {
  caseWire,
  ossCreateWire,
  PREDIGEST_KEYS,
  PREDIGEST_TIME,
  packageBytes,
  predigestCases,
  UPLOAD_HOST,
} from '../helpers/predigest-cases.ts';
import { type Decided, sendWire } from './large-body-support.ts';

const BASE = 'http://127.0.0.1:9000/2023-03-30';
const running: RunningServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** A server whose emulator notes whether each request reached it pre-digested. */
async function observedServer(options: { largeBodyBytes: number; signed: boolean }) {
  const credentials = options.signed ? { [PREDIGEST_KEYS.accessKeyId]: PREDIGEST_KEYS.accessKeySecret } : {};
  const emulator = createEmulator(withNodeCodecs({ seed: 5, clock: () => PREDIGEST_TIME, credentials }));
  const predigested: boolean[] = [];
  /** The CRC-64 the worker computed, for an upload. */
  const measured: (string | undefined)[] = [];
  const observed: Emulator = {
    ...emulator,
    dispatch: (wire: WireRequest) => {
      predigested.push(wire.predigested !== undefined);
      measured.push(wire.predigested?.crc64);
      return emulator.dispatch(wire);
    },
  };
  const server = await startServer({ emulator: observed, largeBodyBytes: options.largeBodyBytes });
  running.push(server);
  return { server, emulator, predigested, measured };
}

describe('serve answers a body through the digest worker exactly as on the main thread', () => {
  const runs = [
    { signed: false, chunked: false, label: 'unsigned, with a content-length' },
    { signed: true, chunked: false, label: 'ACS3-signed, with a content-length' },
    { signed: true, chunked: true, label: 'ACS3-signed, chunked' },
  ];
  for (const { signed, chunked, label } of runs) {
    it(label, async () => {
      // 0: every non-empty body goes through the worker; Infinity: none does.
      const main = await observedServer({ largeBodyBytes: Number.POSITIVE_INFINITY, signed });
      const worker = await observedServer({ largeBodyBytes: 0, signed });
      const cases = predigestCases();
      for (const [index, c] of cases.entries()) {
        const wire = caseWire(c, { base: BASE, signed, index });
        const plain: Decided = await sendWire(main.server.url, wire, { chunked });
        const digested: Decided = await sendWire(worker.server.url, wire, { chunked });
        expect(digested, c.name).toEqual(plain);
      }
      expect(JSON.stringify(worker.emulator.calls())).toBe(JSON.stringify(main.emulator.calls()));
      expect(worker.emulator.functions()).toEqual(main.emulator.functions());
      expect(main.predigested.every((seen) => !seen)).toBe(true);
      // Every case but the empty body went through the worker.
      expect(worker.predigested.filter((seen) => seen)).toHaveLength(cases.length - 1);
    });
  }
});

describe('large bodies by default', () => {
  it('a 12 MiB package goes through the worker and is journalled by its summary', {
    timeout: 60_000,
  }, async () => {
    const { server, emulator, predigested } = await observedServer({
      largeBodyBytes: 4 * 1024 * 1024,
      signed: true,
    });
    const zip = Buffer.from(packageBytes(12 * 1024 * 1024)).toString('base64');
    const body = new TextEncoder().encode(
      `{"functionName":"big","runtime":"python3.10","handler":"index.handler","code":{"zipFile":"${zip}"}}`,
    );
    const wire = caseWire(
      { name: 'big', method: 'POST', path: '/functions', body },
      { base: BASE, signed: true, index: 1 },
    );
    const answer = await sendWire(server.url, wire);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).codeSize).toBe(12 * 1024 * 1024);
    expect(predigested).toEqual([true]);
    const input = emulator.calls()[0]?.input as { code: { zipFile: string } };
    expect(input.code.zipFile).toMatch(
      new RegExp(`^\\[fc3-testkit: ${zip.length} characters, sha256 [0-9a-f]{64}\\]$`),
    );
  });

  it('an 8 MiB OSS upload is measured in the worker, not parsed; the create reports it', {
    timeout: 60_000,
  }, async () => {
    const main = await observedServer({ largeBodyBytes: Number.POSITIVE_INFINITY, signed: false });
    const worker = await observedServer({ largeBodyBytes: 1024 * 1024, signed: false });
    const zip = packageBytes(8 * 1024 * 1024 + 7);
    const host = UPLOAD_HOST;
    const upload = (key: string): WireRequest => ({
      method: 'PUT',
      url: `http://${host}/${key}`,
      headers: { host },
      body: zip,
    });
    const requests = [
      upload('1/a.zip'),
      upload('1/b.zip'),
      ossCreateWire('oss-a', '1/a.zip'),
      ossCreateWire('oss-b', '1/b.zip'),
    ];
    for (const [index, wire] of requests.entries()) {
      const chunked = index === 1;
      expect(await sendWire(worker.server.url, wire, { chunked })).toEqual(
        await sendWire(main.server.url, wire, { chunked }),
      );
    }
    expect(JSON.stringify(worker.emulator.calls())).toBe(JSON.stringify(main.emulator.calls()));
    expect(worker.predigested).toEqual([true, true, false, false]);
    expect(worker.measured).toEqual([crc64XzDecimal(zip), crc64XzDecimal(zip), undefined, undefined]);
    const created = worker.emulator.functions().map((f) => [f.codeSize, f.codeChecksum]);
    expect(created).toEqual([
      [zip.byteLength, crc64XzDecimal(zip)],
      [zip.byteLength, crc64XzDecimal(zip)],
    ]);
  });

  it('refuses a largeBodyBytes that is not a number >= 0', async () => {
    for (const largeBodyBytes of [-1, Number.NaN, '4' as unknown as number]) {
      await expect(startServer({ largeBodyBytes })).rejects.toThrow(Fc3TestkitError);
    }
  });
});
