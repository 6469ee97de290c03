/**
 * The official SDK 4.x, unmodified: `getFunctionCode` (lifecycle I.1) read through the SDK's own
 * model `OutputFuncCode`, then a plain fetch of its `url`, as `s sync` downloads it (H.3): the
 * exact bytes deployed, whose CRC-64 is the answered checksum; a version's and an alias's frozen
 * code; each documented error with its code and status. Shared by the MSW, nock and `serve` tests.
 */
import * as fc from '@alicloud/fc20230330';
import { expect, it } from 'vitest';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import type { Emulator } from '../../mocks/index.ts';
import { failure } from './sdk-resource.ts';

type Client = InstanceType<(typeof fc.default)['default']>;

/** What {@link sdkFunctionCodeCases} needs. */
export interface FunctionCodeSetup {
  client: () => Client;
  emulator: () => Emulator;
  /**
   * nock 14 wraps every mocked answer but a 204, 205 or 304 in a stream (its create_response.js),
   * so a HEAD's body there is an empty stream, not null as fetch gives it.
   */
  headStream?: boolean;
}

/** A package of `size` bytes that starts like a ZIP (the emulator reads only its bytes). */
export function packageOf(size: number, seed: number): Uint8Array {
  const bytes = Uint8Array.from({ length: size }, (_, i) => (i * seed + (i >> 8)) & 255);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);
  return bytes;
}

const zipFile = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function fetched(url: string): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/** A HEAD of `url`: status, headers, whether the Response has a body stream and its bytes. */
async function headOf(url: string) {
  const response = await fetch(url, { method: 'HEAD' });
  const stream = response.body !== null;
  const bytes = (await response.arrayBuffer()).byteLength;
  return { status: response.status, headers: answerHeaders(response), stream, bytes };
}

/** The headers that describe an answer (not the connection's, nor the per-request id). */
function answerHeaders(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'content-length']) headers[name] = String(response.headers.get(name));
  return headers;
}

/**
 * Registers the GetFunctionCode cases in the current `describe` (each starts from a reset emulator).
 *
 * @example
 * describe('through msw', () => sdkFunctionCodeCases({ client: () => sdkClient(), emulator: () => emulator }));
 */
export function sdkFunctionCodeCases({ client, emulator, headStream = false }: FunctionCodeSetup): void {
  const create = (functionName: string, bytes: Uint8Array) =>
    client().createFunction(
      new fc.CreateFunctionRequest({
        body: new fc.CreateFunctionInput({
          functionName,
          runtime: 'python3.10',
          handler: 'index.handler',
          code: new fc.InputCodeLocation({ zipFile: zipFile(bytes) }),
        }),
      }),
    );
  const code = (fn: string, qualifier?: string) =>
    client().getFunctionCode(fn, new fc.GetFunctionCodeRequest(qualifier === undefined ? {} : { qualifier }));

  it('answers OutputFuncCode whose url a plain fetch downloads: the exact bytes, CRC-64 = checksum', async () => {
    const bytes = packageOf(50_000, 13);
    await create('code-fn', bytes);
    const answer = await code('code-fn');
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBeInstanceOf(fc.OutputFuncCode);
    expect(answer.body?.checksum).toBe(crc64XzDecimal(bytes));
    const got = await fetched(answer.body?.url as string);
    expect(got).toMatchObject({ status: 200, type: 'application/zip' });
    expect(Buffer.from(got.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(crc64XzDecimal(got.bytes)).toBe(answer.body?.checksum);
    expect(
      emulator()
        .calls({ operation: 'DownloadFunctionCode' })
        .map((c) => c.status),
    ).toEqual([200]);
  });

  it('HEAD of the url answers what GET does, without the body: the size, application/zip, the 404s', async () => {
    const bytes = packageOf(20_000, 11);
    await create('code-head', bytes);
    const url = (await code('code-head')).body?.url as string;
    const get = await fetch(url);
    const getBytes = new Uint8Array(await get.arrayBuffer());
    const wanted = { 'content-type': 'application/zip', 'content-length': String(bytes.byteLength) };
    expect(answerHeaders(get)).toEqual(wanted);
    expect(getBytes).toEqual(bytes);
    expect(await headOf(url)).toEqual({ status: 200, headers: wanted, stream: headStream, bytes: 0 });
    const forged = url.replace(/\/\d+\.zip$/, '/1.zip');
    await client().deleteFunction('code-head');
    for (const gone of [url, forged]) {
      const got = await fetch(gone);
      const text = await got.text();
      const headers = answerHeaders(got);
      expect(headers['content-length']).toBe(String(Buffer.byteLength(text)));
      expect(await headOf(gone)).toEqual({ status: got.status, headers, stream: headStream, bytes: 0 });
    }
    // HEAD elsewhere is not routed, and its answer has no body in any adapter either.
    const fcPath = `${new URL(url).origin}/2023-03-30/functions/code-head`;
    expect(await headOf(fcPath)).toMatchObject({ status: 400, stream: headStream, bytes: 0 });
    const downloads = emulator().calls({ operation: 'DownloadFunctionCode' });
    expect(downloads.map((c) => `${c.method} ${c.status} ${c.code ?? ''}`)).toEqual([
      'GET 200 ',
      'HEAD 200 ',
      'GET 404 FunctionNotFound',
      'HEAD 404 FunctionNotFound',
      'GET 404 FunctionNotFound',
      'HEAD 404 FunctionNotFound',
    ]);
  });

  it('a version and an alias give the code they froze after an update', async () => {
    const first = packageOf(3000, 3);
    const second = packageOf(4000, 5);
    await create('code-ver', first);
    await client().publishFunctionVersion('code-ver', new fc.PublishFunctionVersionRequest({}));
    const alias = new fc.CreateAliasInput({ aliasName: 'prod', versionId: '1' });
    await client().createAlias('code-ver', new fc.CreateAliasRequest({ body: alias }));
    const update = new fc.UpdateFunctionInput({
      code: new fc.InputCodeLocation({ zipFile: zipFile(second) }),
    });
    await client().updateFunction('code-ver', new fc.UpdateFunctionRequest({ body: update }));
    for (const [qualifier, want] of [
      ['', second],
      ['LATEST', second],
      ['1', first],
      ['prod', first],
    ] as const) {
      const answer = await code('code-ver', qualifier);
      expect(answer.body?.checksum, qualifier).toBe(crc64XzDecimal(want));
      expect((await fetched(answer.body?.url as string)).bytes, qualifier).toEqual(want);
    }
  });

  it('errors: FunctionNotFound, VersionNotFound, AliasNotFound (404); the url of a deleted function 404', async () => {
    await create('code-err', packageOf(100, 7));
    expect(await failure(code('code-none'))).toMatchObject({ code: 'FunctionNotFound', statusCode: 404 });
    expect(await failure(code('code-err', '9'))).toMatchObject({ code: 'VersionNotFound', statusCode: 404 });
    expect(await failure(code('code-err', 'prod'))).toMatchObject({ code: 'AliasNotFound', statusCode: 404 });
    const url = (await code('code-err')).body?.url as string;
    await client().deleteFunction('code-err');
    const gone = await fetch(url);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ Code: 'FunctionNotFound' });
  });
}
