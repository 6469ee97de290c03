/**
 * The official SDK (reference §A.5) signs a real CreateFunction request over loopback; the captured
 * wire request must verify with the right secret and fail with a wrong one.
 */
import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import FC, * as $FC from '@alicloud/fc20230330';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNonceStore, verifyAcs3 } from '../../../mocks/core/auth/index.ts';
import type { WireRequest } from '../../../mocks/core/types.ts';

// The package is CommonJS with `exports.default = Client`: under Node ESM the default import is
// `module.exports`, so the class sits on `.default`; bundler-style interop hands the class itself.
const FcClient = ((FC as unknown as { default?: typeof FC.default }).default ?? FC) as typeof FC.default;

/** Headers from rawHeaders (names lowercased, repeats joined with ','), body de-chunked. */
async function capture(req: IncomingMessage): Promise<WireRequest> {
  const headers: Record<string, string> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] as string).toLowerCase();
    const value = req.rawHeaders[i + 1] as string;
    headers[name] = headers[name] === undefined ? value : `${headers[name]},${value}`;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = new Uint8Array(Buffer.concat(chunks));
  return { method: req.method ?? '', url: `http://${headers.host}${req.url}`, headers, body };
}

describe('official SDK signature', () => {
  const captured: WireRequest[] = [];
  const server = createServer(async (req, res) => {
    captured.push(await capture(req));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  let port = 0;

  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function callSdk(config: Record<string, string>): Promise<WireRequest> {
    const client = new FcClient(
      new $OpenApiUtil.Config({
        ...config,
        endpoint: `127.0.0.1:${port}`,
        protocol: 'http',
        readTimeout: 10000,
        connectTimeout: 10000,
      }),
    );
    const body = new $FC.CreateFunctionInput({
      functionName: 'sdk-fn',
      handler: 'index.handler',
      runtime: 'python3.10',
      description: 'héllo',
    });
    await client.createFunction(new $FC.CreateFunctionRequest({ body }));
    return captured.at(-1) as WireRequest;
  }

  const ctx = (credentials: Record<string, string>) => ({
    credentials,
    now: new Date(),
    maxSkewMs: 900_000,
    nonces: createNonceStore(),
  });

  it('verifies with the right secret and fails with a wrong one', async () => {
    const wire = await callSdk({ accessKeyId: 'sdkAK', accessKeySecret: 'sdkSecret' });
    expect(wire.headers['transfer-encoding']).toBe('chunked');
    expect(wire.headers.host).toBe(`127.0.0.1:${port}`);
    expect(verifyAcs3(wire, ctx({ sdkAK: 'sdkSecret' }))).toEqual({ ok: true, accessKeyId: 'sdkAK' });
    expect(verifyAcs3(wire, ctx({ sdkAK: 'wrongSecret' }))).toMatchObject({
      ok: false,
      code: 'SignatureNotMatch',
    });
  });

  it('verifies STS credentials (x-acs-security-token signed)', async () => {
    const wire = await callSdk({
      accessKeyId: 'STS.tmp',
      accessKeySecret: 'stsSecret',
      securityToken: 'tok',
    });
    expect(wire.headers['x-acs-security-token']).toBe('tok');
    expect(verifyAcs3(wire, ctx({ 'STS.tmp': 'stsSecret' }))).toEqual({ ok: true, accessKeyId: 'STS.tmp' });
  });
});
