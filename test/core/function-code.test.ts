/**
 * GetFunctionCode and its download in the core (lifecycle I.1, H.3; ADR 038), given/want: the
 * checksum and url of a package deployed as `zipFile` (create and update) or through the OSS
 * receiver, the exact bytes from the url, a version's frozen code through `qualifier` (id and
 * alias), the 404s of the read and of the download (deleted since, changed since, not kept,
 * forged), custom-container functions, and the package table's bounds.
 */
import { describe, expect, it } from 'vitest';
import { createCodePackages, MAX_PACKAGE_BYTES } from '../../mocks/core/code-packages.ts';
import { crc64Xz, crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { createEmulator, type Emulator, type WireResponse } from '../../mocks/index.ts';
import { call, EMPTY_ZIP, EMPTY_ZIP_CRC64, minimalInput } from '../helpers/requests.ts';

const bytesOf = (n: number, seed = 7): Uint8Array<ArrayBuffer> =>
  Uint8Array.from({ length: n }, (_, i) => (i * seed + 3) & 255);
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

const flipped = (bytes: Uint8Array, bits: bigint): Uint8Array => {
  const out = bytes.slice();
  for (let i = 0; i < 72; i++) {
    const at = out.length - 9 + (i >> 3);
    if ((bits >> BigInt(i)) & 1n) out[at] = (out[at] as number) ^ (1 << (i & 7));
  }
  return out;
};
const topBit = (v: bigint): number => v.toString(2).length - 1;

/** Other bytes of the same size and CRC-64 (CRC is linear: 72 bit flips have a null combination). */
function forgedTwin(bytes: Uint8Array): Uint8Array {
  const base = crc64Xz(bytes);
  const rows: { crc: bigint; bits: bigint }[] = []; // distinct top bits, highest first
  for (let i = 0; i < 72; i++) {
    let bits = 1n << BigInt(i);
    let crc = crc64Xz(flipped(bytes, bits)) ^ base;
    for (const row of rows) {
      if ((crc >> BigInt(topBit(row.crc))) & 1n) [crc, bits] = [crc ^ row.crc, bits ^ row.bits];
    }
    if (crc === 0n) return flipped(bytes, bits);
    rows.push({ crc, bits });
    rows.sort((x, y) => topBit(y.crc) - topBit(x.crc));
  }
  throw new Error('unreachable: 72 vectors in 64 dimensions are dependent');
}

async function codeOf(emulator: Emulator, fn = 'f', query = '') {
  return call(emulator, 'GET', `/functions/${fn}/code${query}`);
}

async function download(emulator: Emulator, url: string) {
  const response = await emulator.handle(new Request(url));
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

async function created(zip: Uint8Array, fn = 'f') {
  const emulator = createEmulator({ seed: 3 });
  const input = minimalInput({ functionName: fn, code: { zipFile: b64(zip) } });
  expect((await call(emulator, 'POST', '/functions', input)).status).toBe(200);
  return emulator;
}

describe('GetFunctionCode', () => {
  it('answers the checksum and a url on the request origin that downloads the exact bytes', async () => {
    const zip = bytesOf(3000);
    const emulator = await created(zip);
    const answer = await codeOf(emulator);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      checksum: crc64XzDecimal(zip),
      url: `http://127.0.0.1:9000/fc3-testkit/code/f/LATEST/${crc64XzDecimal(zip)}.zip`,
    });
    const got = await download(emulator, answer.json?.url as string);
    expect(got).toMatchObject({ status: 200, type: 'application/zip' });
    expect(Buffer.from(got.bytes).equals(Buffer.from(zip))).toBe(true);
    expect(crc64XzDecimal(got.bytes)).toBe(answer.json?.checksum);
  });

  it('serves a package uploaded through the OSS receiver (PutObject, ADR 023) and named by its pair', async () => {
    const emulator = createEmulator({ seed: 3 });
    const zip = bytesOf(5000, 9);
    const put = new Request('http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/1/f.zip', {
      method: 'PUT',
      body: zip,
    });
    expect((await emulator.handle(put)).status).toBe(200);
    const code = { ossBucketName: 'fc-temp-code-cn-hangzhou', ossObjectName: '1/f.zip' };
    expect(
      (await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f', code }))).status,
    ).toBe(200);
    const answer = await codeOf(emulator);
    expect(answer.json?.checksum).toBe(crc64XzDecimal(zip));
    expect((await download(emulator, answer.json?.url as string)).bytes).toEqual(zip);
  });

  it('reads a version or an alias as the code it froze; LATEST moves with UpdateFunction', async () => {
    const v1 = bytesOf(100, 5);
    const v2 = bytesOf(200, 11);
    const emulator = await created(v1);
    expect((await call(emulator, 'POST', '/functions/f/versions', {})).json?.versionId).toBe('1');
    expect(
      (await call(emulator, 'POST', '/functions/f/aliases', { aliasName: 'prod', versionId: '1' })).status,
    ).toBe(200);
    expect((await call(emulator, 'PUT', '/functions/f', { code: { zipFile: b64(v2) } })).status).toBe(200);
    const latest = await codeOf(emulator, 'f', '?qualifier=');
    expect(latest.json?.checksum).toBe(crc64XzDecimal(v2));
    for (const qualifier of ['1', 'prod']) {
      const frozen = await codeOf(emulator, 'f', `?qualifier=${qualifier}`);
      expect(frozen.json?.checksum).toBe(crc64XzDecimal(v1));
      expect(frozen.json?.url).toContain('/f/1/');
      expect((await download(emulator, frozen.json?.url as string)).bytes).toEqual(v1);
    }
    expect((await download(emulator, latest.json?.url as string)).bytes).toEqual(v2);
  });

  it.each([
    ['no function', 'g', '', 404, 'FunctionNotFound'],
    ['an unknown version', 'f', '?qualifier=9', 404, 'VersionNotFound'],
    ['an unknown alias', 'f', '?qualifier=prod', 404, 'AliasNotFound'],
    ['a unicode alias', 'f', `?qualifier=${encodeURIComponent('é☃')}`, 404, 'AliasNotFound'],
    ['a 5,000-character qualifier', 'f', `?qualifier=${'a'.repeat(5000)}`, 404, 'AliasNotFound'],
    ['an encoded slash in the name', 'a%2Fb', '', 400, 'InvalidArgument'],
  ])('%s answers an FC 4xx', async (_, fn, query, status, errorCode) => {
    const emulator = await created(bytesOf(10));
    const answer = await codeOf(emulator, fn, query);
    expect(answer).toMatchObject({ status, json: { Code: errorCode } });
    expect(String(answer.json?.Message).length).toBeLessThan(300);
  });

  it('refuses a body on the GET (rule request-body-not-allowed)', async () => {
    const emulator = await created(bytesOf(10));
    const body = new TextEncoder().encode('{"a":1}');
    const url = 'http://127.0.0.1:9000/2023-03-30/functions/f/code';
    const answer = await emulator.dispatch({ method: 'GET', url, headers: {}, body });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ Code: 'InvalidArgument' });
  });

  it('refuses a custom-container function (rule code-package-only), or with the rule off answers "0"', async () => {
    const image = {
      functionName: 'c',
      runtime: 'custom-container',
      handler: 'h',
      customContainerConfig: { image: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1' },
    };
    for (const [rules, status] of [
      [{}, 400],
      [{ 'code-package-only': false }, 200],
    ] as const) {
      const emulator = createEmulator({ seed: 1, rules });
      expect((await call(emulator, 'POST', '/functions', image)).status).toBe(200);
      const answer = await codeOf(emulator, 'c');
      expect(answer.status).toBe(status);
      if (status === 200) {
        expect(answer.json?.checksum).toBe('0');
        // An empty object put to the OSS receiver (CRC-64 '0', 0 bytes) is not the image's package.
        const put = new Request('http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/empty.zip', {
          method: 'PUT',
        });
        expect((await emulator.handle(put)).status).toBe(200);
        expect((await download(emulator, answer.json?.url as string)).status).toBe(404);
      } else expect(answer.json?.Message).toContain('custom-container');
    }
  });
});

describe('the download', () => {
  it('answers HEAD as GET without its body; other methods, and HEAD of FC 3.0 paths, PathNotSupported', async () => {
    const zip = bytesOf(700);
    const emulator = await created(zip);
    const url = (await codeOf(emulator)).json?.url as string;
    const send = (method: string, target = url) =>
      emulator.dispatch({ method, url: target, headers: {}, body: new Uint8Array(0) });
    const withoutIds = ({ headers }: WireResponse) => {
      const { 'x-acs-request-id': _a, 'x-fc-request-id': _f, ...rest } = headers;
      return rest;
    };
    for (const target of [url, url.replace(/\d+\.zip$/, '1.zip')]) {
      const [get, head] = [await send('GET', target), await send('HEAD', target)];
      expect(head).toMatchObject({ status: get.status, body: '' });
      expect(head.bytes).toBeUndefined();
      expect(withoutIds(head)).toEqual(withoutIds(get));
      const size = get.bytes?.byteLength ?? Buffer.byteLength(get.body);
      expect(get.headers['content-length']).toBe(String(size));
    }
    expect((await send('GET')).bytes).toEqual(zip);
    const downloads = emulator.calls({ operation: 'DownloadFunctionCode' });
    expect(downloads.map((c) => `${c.method} ${c.status}`)).toEqual([
      'GET 200',
      'HEAD 200',
      'GET 404',
      'HEAD 404',
      'GET 200',
    ]);
    for (const [method, target] of [
      ['POST', url],
      ['HEAD', 'http://127.0.0.1:9000/2023-03-30/functions/f'],
      ['HEAD', 'http://127.0.0.1:9000/2023-03-30/functions/f/code'],
    ] as const) {
      const answer = await send(method, target);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ Code: 'PathNotSupported' });
      expect(answer.headers['content-length']).toBeUndefined();
    }
  });

  it.each([
    ['deleted since', async (e: Emulator) => call(e, 'DELETE', '/functions/f'), 'FunctionNotFound'],
    [
      'changed since',
      async (e: Emulator) => call(e, 'PUT', '/functions/f', { code: { zipFile: EMPTY_ZIP } }),
      'FunctionCodeNotFound',
    ],
  ])('of a function %s answers 404', async (_, change, errorCode) => {
    const emulator = await created(bytesOf(64));
    const url = (await codeOf(emulator)).json?.url as string;
    await change(emulator);
    const response = await emulator.handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ Code: errorCode, RequestId: expect.any(String) });
  });

  it.each([
    '/fc3-testkit/code/',
    '/fc3-testkit/code/f',
    '/fc3-testkit/code/f/LATEST/x.zip',
    '/fc3-testkit/code/f/0/1.zip',
    '/fc3-testkit/code/f/LATEST/1.zip/more',
    `/fc3-testkit/code/f/LATEST/${EMPTY_ZIP_CRC64}.zip`,
    '/fc3-testkit/code/%E0%A4%A/LATEST/1.zip',
  ])('of a forged path %s answers an FC 4xx envelope', async (path) => {
    const emulator = await created(bytesOf(64));
    const response = await emulator.handle(new Request(`http://127.0.0.1:9000${path}`));
    expect([400, 404]).toContain(response.status);
    expect(await response.json()).toMatchObject({ Code: expect.any(String), RequestId: expect.any(String) });
  });

  it('splits the path as sent: an encoded slash does not reach the package, even with its checksum', async () => {
    const zip = bytesOf(64);
    const emulator = await created(zip);
    const url = (await codeOf(emulator)).json?.url as string;
    expect((await download(emulator, url)).bytes).toEqual(zip);
    const file = `${crc64XzDecimal(zip)}.zip`;
    for (const rest of [`f%2FLATEST%2F${file}`, `f/LATEST%2F${file}`, `f%2FLATEST/${file}`]) {
      const got = await download(emulator, `http://127.0.0.1:9000/fc3-testkit/code/${rest}`);
      expect(got.status).toBe(404);
      expect(got.type).not.toBe('application/zip');
    }
  });

  it('of a package over the cap answers 404 naming the cap; the checksum is still answered', async () => {
    const big = bytesOf(MAX_PACKAGE_BYTES + 1);
    const emulator = await created(big);
    const answer = await codeOf(emulator);
    expect(answer.json?.checksum).toBe(crc64XzDecimal(big));
    const response = await emulator.handle(new Request(answer.json?.url as string));
    expect(response.status).toBe(404);
    const body = (await response.json()) as { Code: string; Message: string };
    expect(body.Code).toBe('FunctionCodeNotFound');
    expect(body.Message).toContain(String(MAX_PACKAGE_BYTES));
  });

  it('serves the bytes as received, whatever the caller of dispatch does with its body afterwards', async () => {
    const emulator = createEmulator({ seed: 3 });
    const body = bytesOf(3000, 9);
    const sent = body.slice();
    const url = 'http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/1/f.zip';
    expect((await emulator.dispatch({ method: 'PUT', url, headers: {}, body })).status).toBe(200);
    const code = { ossBucketName: 'fc-temp-code-cn-hangzhou', ossObjectName: '1/f.zip' };
    expect(
      (await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f', code }))).status,
    ).toBe(200);
    body.fill(0); // a caller's buffer reused for its next request
    const got = await download(emulator, (await codeOf(emulator)).json?.url as string);
    expect(got.bytes).toEqual(sent);
  });

  it('is unsigned: it answers with credentials configured', async () => {
    const emulator = createEmulator({ seed: 1, credentials: { testAK: 'secret' } });
    expect(
      (await emulator.handle(new Request('http://127.0.0.1:9000/fc3-testkit/code/f/LATEST/1.zip'))).status,
    ).toBe(404);
  });
});

describe('a package forged to the checksum and size of another', () => {
  it('is never served for the other, nor the other for it (CRC-64 is no hash)', async () => {
    const secret = new TextEncoder().encode('function a: secret settings, 48 bytes of them...');
    const twin = forgedTwin(secret);
    expect(crc64XzDecimal(twin)).toBe(crc64XzDecimal(secret));
    expect(Buffer.from(twin).equals(Buffer.from(secret))).toBe(false);
    const emulator = await created(secret, 'a');
    const input = minimalInput({ functionName: 'b', code: { zipFile: b64(twin) } });
    expect((await call(emulator, 'POST', '/functions', input)).status).toBe(200);
    for (const fn of ['b', 'a']) {
      const got = await download(emulator, (await codeOf(emulator, fn)).json?.url as string);
      expect(got.status).toBe(404);
      expect(new TextDecoder().decode(got.bytes)).toContain('other bytes share');
    }
    // Neither is kept again: a redeploy of either would serve it to the other.
    expect((await call(emulator, 'PUT', '/functions/a', { code: { zipFile: b64(secret) } })).status).toBe(
      200,
    );
    expect((await download(emulator, (await codeOf(emulator, 'b')).json?.url as string)).status).toBe(404);
  });
});

describe('the package table', () => {
  it('shares equal packages, drops the oldest past the total, never keeps one over the cap', () => {
    const table = createCodePackages(100);
    const a = bytesOf(40, 1);
    table.keep('1', a);
    table.keep('1', a.slice());
    expect(table.totalBytes).toBe(40);
    table.keep('2', bytesOf(40, 2));
    table.keep('1', a); // now the newest
    table.keep('3', bytesOf(40, 3));
    expect(table.find('2', 40)).toBeUndefined();
    expect(table.find('1', 40)).toEqual(a);
    expect(table.totalBytes).toBe(80);
    table.keep('4', bytesOf(101));
    expect(table.find('4', 101)).toBeUndefined();
  });
});
