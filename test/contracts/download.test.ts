/**
 * `code.download.ok` follows GetFunctionCode's `url` as `s sync` does (lifecycle H.3, I.1): over
 * HTTP (`serve`), in process and through MSW it downloads the package from the target's own
 * origin with a plain GET; a url on any other host is never fetched (the case is not
 * applicable), and a url that is not a URL fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadCheck } from '../../contracts/checks/index.ts';
import {
  type ContractCase,
  type ContractTarget,
  type DownloadExpectation,
  type Exchange,
  emulatorTarget,
  httpTarget,
  mswTarget,
  runContractSuite,
} from '../../contracts/index.ts';
import { createEmulator } from '../../mocks/index.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { broken, editJson } from './mutants/wrap.ts';

const CREDENTIALS = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };
const ONLY = 'code.download.*';
const emulator = () => createEmulator({ credentials: { testAK: 'testSecret' } });

/** The emulator with GetFunctionCode's url replaced by `url`. */
function urlAnswered(url: string) {
  return broken(createEmulator(), {
    response: (answer, wire) =>
      answer.status === 200 && new URL(wire.url).pathname.endsWith('/code')
        ? editJson(answer, (body) => ({ ...body, url }))
        : answer,
  });
}

/** A target that records every URL it is asked to send to. */
function recording(target: ContractTarget): { target: ContractTarget; urls: string[] } {
  const urls: string[] = [];
  const send: ContractTarget['send'] = (sent) => {
    urls.push(sent.url);
    return target.send(sent);
  };
  return { target: { ...target, send }, urls };
}

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, credentials: { testAK: 'testSecret' } });
});
afterAll(async () => {
  await server.close();
});

describe('code.download.ok against the emulator', () => {
  const makers: [string, () => Promise<ContractTarget>][] = [
    ['http (fc3-testkit serve)', async () => httpTarget({ baseUrl: server.url })],
    ['in-process', async () => emulatorTarget(emulator())],
    ['msw', () => mswTarget({ emulator: emulator() })],
  ];
  it.each(makers)('%s: downloads the package unsigned from the same origin and passes', async (_n, make) => {
    const { target, urls } = recording(await make());
    try {
      const report = await runContractSuite(target, { credentials: CREDENTIALS, only: ONLY });
      const [result] = report.results;
      expect(result?.failures).toEqual([]);
      expect(result?.status).toBe('passed');
      const download = result?.exchanges.at(-1);
      expect(download?.request.url).toMatch(/\/fc3-testkit\/code\/ct-[^/]+\/LATEST\/\d+\.zip$/);
      expect(download?.request.headers).toEqual({});
      expect(download?.response.headers['content-type']).toBe('application/zip');
      const origin = new URL(target.baseUrl).origin;
      expect(urls.every((url) => new URL(url).origin === origin)).toBe(true);
    } finally {
      await target.close?.();
    }
  });
});

describe('code.download.ok on urls it must not or cannot follow', () => {
  it('does not fetch a url on another host: not applicable, saying why', async () => {
    const foreign = 'http://func-code.oss-cn-shanghai.aliyuncs.com/1a2b3c4d5e6f';
    const { target, urls } = recording(emulatorTarget(urlAnswered(foreign)));
    const report = await runContractSuite(target, { only: ONLY });
    const [result] = report.results;
    expect(result?.status).toBe('not-applicable');
    expect(result?.reason).toContain('another host (http://func-code.oss-cn-shanghai.aliyuncs.com');
    expect(result?.reason).toContain("fetches only from the target's own origin (http://127.0.0.1:9000)");
    expect(urls.length).toBe(2);
    expect(urls.some((url) => url.includes('aliyuncs.com'))).toBe(false);
  });

  it('fails when the url is not an absolute URL, without sending anything for it', async () => {
    const { target, urls } = recording(emulatorTarget(urlAnswered('/fc3-testkit/code/relative.zip')));
    const report = await runContractSuite(target, { only: ONLY });
    const [result] = report.results;
    expect(result?.status).toBe('failed');
    expect(result?.failures.map((f) => f.check)).toEqual(['download']);
    expect(result?.failures[0]?.message).toContain('not an absolute http(s) URL');
    expect(urls.length).toBe(2);
  });

  it('shows at most 200 characters of a huge url that is not one', async () => {
    const huge = `file:///${'x'.repeat(1_000_000)}`;
    const [result] = (await runContractSuite(emulatorTarget(urlAnswered(huge)), { only: ONLY })).results;
    expect(result?.failures.map((f) => f.check)).toEqual(['download']);
    expect(result?.failures[0]?.message.length).toBeLessThan(400);
    expect(result?.failures[0]?.received).toBe(huge.slice(0, 200));
  });

  it('sends a url of 8,192 characters on its own origin, and not one of 8,193: not applicable', async () => {
    // RFC 9110 §4.1 asks for URIs of 8,000 octets at least; FC's OSS urls are a few hundred.
    const sized = (length: number) => {
      const start = 'http://127.0.0.1:9000/fc3-testkit/code/';
      return `${start}${'u'.repeat(length - start.length - 4)}.zip`;
    };
    const at = recording(emulatorTarget(urlAnswered(sized(8192))));
    await runContractSuite(at.target, { only: ONLY });
    expect(at.urls.at(-1)).toBe(sized(8192));
    expect(at.urls.length).toBe(3);

    const over = recording(emulatorTarget(urlAnswered(sized(8193))));
    for (const documentedOnly of [false, true]) {
      const [result] = (await runContractSuite(over.target, { only: ONLY, documentedOnly })).results;
      expect(result?.status).toBe('not-applicable');
      expect(result?.failures).toEqual([]);
      expect(result?.reason).toContain('longer than the 8,192 octets the suite sends');
    }
    expect(over.urls.length).toBe(4);
  });

  it('counts the bound in octets of the serialised url: non-ASCII within 8,192 characters may be over it', async () => {
    // 'é' is 1 character and, percent-encoded as UTF-8 (%C3%A9), 6 octets on the request line.
    const sized = (octets: number) => {
      const start = 'http://127.0.0.1:9000/fc3-testkit/code/';
      const accents = 'é'.repeat(1000);
      return `${start}${accents}${'u'.repeat(octets - start.length - 6 * accents.length - 4)}.zip`;
    };
    expect(sized(8192).length).toBe(3192);
    const at = recording(emulatorTarget(urlAnswered(sized(8192))));
    await runContractSuite(at.target, { only: ONLY });
    expect(at.urls.length).toBe(3);
    expect(at.urls.at(-1)).toBe(new URL(sized(8192)).href);
    expect(at.urls.at(-1)?.length).toBe(8192);

    const over = recording(emulatorTarget(urlAnswered(sized(8193))));
    const [result] = (await runContractSuite(over.target, { only: ONLY })).results;
    expect(result?.status).toBe('not-applicable');
    expect(result?.failures).toEqual([]);
    expect(result?.reason).toContain('longer than the 8,192 octets the suite sends');
    expect(over.urls.length).toBe(2);
  });

  it('fails a long url as it fails a short one when its start shows why, also documented-only', async () => {
    const tail = 'u'.repeat(10_000);
    const cases: [string, string][] = [
      [tail, 'not an absolute http(s) URL'],
      [`ftp://127.0.0.1:9000/${tail}`, 'not an absolute http(s) URL'],
      [`http://u:p@127.0.0.1:9000/${tail}`, 'with userinfo'],
    ];
    for (const [url, why] of cases) {
      const { target, urls } = recording(emulatorTarget(urlAnswered(url)));
      const [result] = (await runContractSuite(target, { only: ONLY, documentedOnly: true })).results;
      expect(result?.status).toBe('failed');
      expect(result?.failures.map((f) => [f.check, f.grade])).toEqual([['download', 'documented']]);
      expect(result?.failures[0]?.message).toContain(why);
      expect(result?.failures[0]?.message.length).toBeLessThan(400);
      expect(result?.failures[0]?.received).toBe(url.slice(0, 200));
      expect(urls.length).toBe(2);
    }
    const oss = `https://bucket.oss-cn-hangzhou.aliyuncs.com/${tail}`;
    const [result] = (await runContractSuite(emulatorTarget(urlAnswered(oss)), { only: ONLY })).results;
    expect(result?.status).toBe('not-applicable');
    expect(result?.reason).toContain('on another host');
  });

  it('fails a url with userinfo on the same origin, without sending anything for it', async () => {
    const url = 'http://user:secret@127.0.0.1:9000/fc3-testkit/code/x/LATEST/1.zip';
    const { target, urls } = recording(emulatorTarget(urlAnswered(url)));
    const [result] = (await runContractSuite(target, { only: ONLY })).results;
    expect(result?.status).toBe('failed');
    expect(result?.failures.map((f) => f.check)).toEqual(['download']);
    expect(result?.failures[0]?.message).toContain('with userinfo');
    expect(urls.length).toBe(2);
  });

  it('keeps an earlier failure when the url is foreign, instead of calling the case not applicable', async () => {
    const answer = broken(createEmulator(), {
      response: (got, wire) =>
        got.status === 200 && new URL(wire.url).pathname.endsWith('/code')
          ? editJson(got, () => ({ checksum: '1', url: 'http://example.invalid/x.zip' }))
          : got,
    });
    const report = await runContractSuite(emulatorTarget(answer), { only: ONLY });
    const [result] = report.results;
    expect(result?.status).toBe('failed');
    expect(result?.failures.map((f) => f.check)).toEqual(['answer']);
  });

  it.each([
    ['another resource on the same origin', 'http://127.0.0.1:9000/2023-03-30/functions?limit=1'],
    ['another host', 'http://func-code.oss-cn-shanghai.aliyuncs.com/x.zip'],
  ])(
    'does not follow a redirect of the download to %s (msw as over HTTP): the 302 fails',
    async (_, location) => {
      const inner = createEmulator();
      const asked: string[] = [];
      const handle = async (request: Request) => {
        asked.push(request.url);
        return request.url.includes('/fc3-testkit/code/')
          ? new Response(null, { status: 302, headers: { location } })
          : inner.handle(request);
      };
      const target = await mswTarget({ emulator: { ...inner, handle } });
      try {
        const [result] = (await runContractSuite(target, { only: ONLY })).results;
        expect(result?.status).toBe('failed');
        expect(result?.failures.map((f) => f.message)).toEqual([
          'step 3 (GET {url}): status 302 instead of 200',
        ]);
        // Create, GetFunctionCode, the download: the location is never asked for.
        expect(asked).toHaveLength(3);
        expect(asked).not.toContain(location);
      } finally {
        await target.close?.();
      }
    },
  );

  it('is not applicable on a target that passes on no raw bytes', async () => {
    const inner = emulatorTarget(createEmulator());
    const textOnly: ContractTarget = {
      ...inner,
      send: async (sent) => {
        const { bytes: _b, ...rest } = await inner.send(sent);
        return rest;
      },
    };
    const report = await runContractSuite(textOnly, { only: ONLY });
    expect(report.results[0]?.status).toBe('not-applicable');
    expect(report.results[0]?.reason).toContain('ReceivedResponse.bytes');
  });
});

describe('the download check on its own', () => {
  const exchange = (body: string, bytes?: Uint8Array): Exchange => ({
    request: { method: 'GET', url: 'http://127.0.0.1:9000/x', headers: {}, body: new Uint8Array(0) },
    response: { status: 200, headers: {}, body, ...(bytes ? { bytes } : {}) },
    at: new Date(),
  });
  const contractCase = (download: DownloadExpectation): ContractCase => ({
    id: 'download.unit',
    title: 'unit',
    fact: { reference: 'lifecycle I.1', statement: 'unit', grade: 'documented' },
    request: { method: 'GET', path: '{url}', follow: { step: 0, field: 'url' } },
    expect: { status: 200, download },
  });
  const bytes = new TextEncoder().encode('123456789');
  const expectation: DownloadExpectation = {
    size: [{ step: 0, field: 'codeSize' }],
    checksum: [{ step: 0, field: 'codeChecksum' }],
    reference: 'lifecycle I.1, CF F',
    grade: 'documented',
  };
  const run = (earlier: string) =>
    downloadCheck.run({
      contractCase: contractCase(expectation),
      exchange: exchange('', bytes),
      json: undefined,
      clockToleranceMs: 0,
      history: [exchange(earlier)],
    });

  it('passes bytes whose length and CRC-64/XZ are the earlier answer’s (the check value of 123456789)', () => {
    expect(run(JSON.stringify({ codeSize: 9, codeChecksum: '11051210869376104954' }))).toEqual([]);
  });

  it('fails a number where FC answers decimal text, and a field the earlier answer lacks', () => {
    // As a JSON number the CRC-64 loses its last digits: the reason FC answers it as text.
    const failures = run('{"codeChecksum": 11051210869376104954}');
    expect(failures.map((f) => f.message)).toEqual([
      'step 1 answered no codeSize to compare with',
      `the downloaded bytes' CRC-64 is "11051210869376104954", step 1 answered codeChecksum 11051210869376104000`,
    ]);
  });
});
