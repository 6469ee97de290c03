/**
 * The official SDK 4.x's getFunctionCode and a plain fetch of its url
 * (test/helpers/sdk-function-code.ts) through a real loopback `serve` listener with signature
 * verification on: the download is unsigned, as `s sync` sends it (ADR 038). A package whose
 * create went through the digest worker is kept as well, up to the cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PACKAGE_BYTES } from '../../mocks/core/code-packages.ts';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { packageOf, sdkFunctionCodeCases } from '../helpers/sdk-function-code.ts';
import { sdkClient } from './sdk-client.ts';
import { signedServe } from './signed-serve.ts';

const server = signedServe();

describe('SDK 4.x getFunctionCode through serve, signed', () => {
  sdkFunctionCodeCases({
    client: () => sdkClient({ port: server().port }) as never,
    emulator: () => server().emulator,
  });
});

describe('a package that reaches serve through the digest worker (ADR 028)', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startServer({ largeBodyBytes: 1024 });
  });
  afterAll(() => running.close());

  const deploy = async (name: string, bytes: Uint8Array) => {
    const input = {
      functionName: name,
      runtime: 'python3.10',
      handler: 'i.h',
      code: { zipFile: Buffer.from(bytes).toString('base64') },
    };
    const created = await fetch(`${running.url}/2023-03-30/functions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    expect(created.status).toBe(200);
    const code = await fetch(`${running.url}/2023-03-30/functions/${name}/code`);
    return (await code.json()) as { checksum: string; url: string };
  };

  it('is kept and downloaded byte for byte', async () => {
    const bytes = packageOf(300_000, 17);
    const answer = await deploy('worker-code', bytes);
    expect(answer.checksum).toBe(crc64XzDecimal(bytes));
    const got = Buffer.from(await (await fetch(answer.url)).arrayBuffer());
    expect(got.equals(Buffer.from(bytes))).toBe(true);
  });

  it('over the 8 MiB cap: the checksum is answered, the download is 404 naming the cap', async () => {
    const bytes = packageOf(MAX_PACKAGE_BYTES + 1, 19);
    const answer = await deploy('worker-big', bytes);
    expect(answer.checksum).toBe(crc64XzDecimal(bytes));
    const got = await fetch(answer.url);
    expect(got.status).toBe(404);
    const body = (await got.json()) as { Code: string; Message: string };
    expect(body).toMatchObject({ Code: 'FunctionCodeNotFound' });
    expect(body.Message).toContain(String(MAX_PACKAGE_BYTES));
  });
});
