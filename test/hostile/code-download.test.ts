/**
 * Hostile input on GetFunctionCode and its download (ADR 038), against a real `serve` process:
 * forged, overlong, NUL-carrying and dot-segment download paths, other methods and a body on the
 * download, a unicode or 5,000-character qualifier and an encoded slash on GetFunctionCode each
 * get a short FC envelope; packages near the cap deployed past the 64 MiB total drop the oldest
 * (its download 404 naming the bounds) and keep the newest byte for byte. The process stays up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOTAL_BYTES } from '../../mocks/core/code-packages.ts';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { type CliProcess, expectAlive, rssBytes, send, serve } from './support.ts';

const CODE = '/fc3-testkit/code';
const create = (url: string, name: string, zip: Buffer) =>
  send(url, {
    body: JSON.stringify({
      functionName: name,
      runtime: 'python3.10',
      handler: 'i.h',
      code: { zipFile: zip.toString('base64') },
    }),
    headers: { 'content-type': 'application/json' },
  });

describe('hostile: the code download', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serve(['--max-body-bytes', String(16 * 1024 * 1024)]);
    expect((await create(server.url, 'victim', Buffer.from('PK\u0003\u0004tiny'))).status).toBe(200);
  });
  afterAll(() => server.stop());

  it.each([
    ['a forged checksum', `${CODE}/victim/LATEST/1.zip`, 404],
    ['a NUL in the name', `${CODE}/vic%00tim/LATEST/1.zip`, 404],
    ['broken percent-encoding', `${CODE}/%E0%A4%A/LATEST/1.zip`, 400],
    ['encoded dot segments', `${CODE}/%2E%2E/%2E%2E/1.zip`, 400],
    ['a 10,000-character path', `${CODE}/${'a'.repeat(10_000)}/LATEST/1.zip`, 404],
    ['an encoded slash', `${CODE}/victim%2FLATEST/1.zip`, 404],
    ['an unknown version', `${CODE}/victim/7/1.zip`, 404],
  ])('%s answers a short 4xx in FC’s envelope', async (_, path, status) => {
    const answer = await send(server.url, { method: 'GET', path });
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ Code: expect.any(String), RequestId: expect.any(String) });
    expect(answer.text.length).toBeLessThan(600);
  });

  it('another method on the download path is PathNotSupported; a body on its GET is ignored', async () => {
    const put = await send(server.url, { method: 'PUT', path: `${CODE}/victim/LATEST/1.zip`, body: 'x' });
    expect(put.json).toMatchObject({ Code: 'PathNotSupported' });
    const code = await send(server.url, { method: 'GET', path: '/2023-03-30/functions/victim/code' });
    const path = new URL((code.json as { url: string }).url).pathname;
    const withBody = await send(server.url, { method: 'GET', path, body: '{"a":1}' });
    expect(withBody.status).toBe(200);
    expect(withBody.headers['content-type']).toBe('application/zip');
  });

  it.each([
    ['a unicode qualifier', '?qualifier=%E2%98%83', 404, 'AliasNotFound'],
    ['a 5,000-character qualifier', `?qualifier=${'q'.repeat(5000)}`, 404, 'AliasNotFound'],
    ['a NUL qualifier', '?qualifier=%00', 404, 'AliasNotFound'],
  ])('GetFunctionCode with %s answers a short 404', async (_, query, status, errorCode) => {
    const answer = await send(server.url, {
      method: 'GET',
      path: `/2023-03-30/functions/victim/code${query}`,
    });
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ Code: errorCode });
    expect(answer.text.length).toBeLessThan(600);
  });

  it('GetFunctionCode with an encoded slash or a body answers 400', async () => {
    const slash = await send(server.url, { method: 'GET', path: '/2023-03-30/functions/a%2Fb/code' });
    const body = await send(server.url, {
      method: 'GET',
      path: '/2023-03-30/functions/victim/code',
      body: '{"a":1}',
    });
    expect([slash.status, body.status]).toEqual([400, 400]);
  });

  it('packages past the 64 MiB total: the oldest dropped (404 naming the bounds), the newest kept exactly', async () => {
    const size = 7 * 1024 * 1024;
    const count = Math.ceil(MAX_TOTAL_BYTES / size) + 1; // 11: one more than fits
    const before = await rssBytes(server);
    const zips: Buffer[] = [];
    for (let i = 0; i < count; i++) {
      const zip = Buffer.alloc(size, i + 1);
      zips.push(zip);
      expect((await create(server.url, `big-${i}`, zip)).status).toBe(200);
    }
    const urlOf = async (i: number) =>
      new URL(
        (await send(server.url, { method: 'GET', path: `/2023-03-30/functions/big-${i}/code` })).json
          .url as string,
      ).pathname;
    const oldest = await send(server.url, { method: 'GET', path: await urlOf(0) });
    expect(oldest.status).toBe(404);
    expect(oldest.json).toMatchObject({ Code: 'FunctionCodeNotFound' });
    expect(oldest.text).toContain(String(MAX_TOTAL_BYTES));
    const newest = await fetch(`${server.url}${await urlOf(count - 1)}`);
    const bytes = Buffer.from(await newest.arrayBuffer());
    expect(crc64XzDecimal(bytes)).toBe(crc64XzDecimal(zips[count - 1] as Buffer));
    // Kept: at most 64 MiB of packages; the 77 MiB sent (and their Base64 bodies) are not all held.
    const grown = (await rssBytes(server)) - before;
    expect(grown).toBeLessThan(512 * 1024 * 1024);
    await expectAlive(server);
  }, 60_000);
});
