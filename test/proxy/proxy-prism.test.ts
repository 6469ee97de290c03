/**
 * The proxy in front of Stoplight Prism (one process, stopped by PID): Prism answers every create
 * with the documented sample, whatever was sent, so the proxy reports the echo facts it breaks
 * while the SDK still gets Prism's answer unchanged; a valid request raises no client finding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPrism, startPrism } from '../../mocks/prism.ts';
import { type ProxyResult, type RunningProxy, startProxy } from '../../proxy/proxy.ts';
import { sdkClient, sdkRequest } from '../server/sdk-client.ts';

describe('proxy in front of Prism', () => {
  let prism: RunningPrism;
  let proxy: RunningProxy;
  let result: ProxyResult;
  let viaProxy: Record<string, unknown> | undefined;
  let direct: Record<string, unknown> | undefined;
  beforeAll(async () => {
    prism = await startPrism({ port: 0 });
    proxy = await startProxy({ upstream: prism.url });
    const request = () => sdkRequest('through-prism', { timeout: 30 });
    direct = (await sdkClient({ port: prism.port }).createFunction(request())).body as Record<
      string,
      unknown
    >;
    viaProxy = (await sdkClient({ port: proxy.port }).createFunction(request())).body as Record<
      string,
      unknown
    >;
    result = await proxy.close();
  }, 60_000);
  afterAll(async () => {
    await proxy?.close();
    await prism?.stop();
  });

  it("hands the SDK Prism's own answer", () => {
    expect(viaProxy).toEqual(direct);
    expect(viaProxy?.functionName).toBe('my-function-1');
  });

  it('reports each echo fact the sample breaks, citing D.2, and nothing about the client', () => {
    const failures = result.report.results.flatMap((r) => r.failures);
    const echo = failures.filter((f) => f.check === 'server.echo').map((f) => f.message);
    expect(echo).toEqual(
      expect.arrayContaining([
        'functionName was not echoed: sent "through-prism", got "my-function-1"',
        'timeout was not echoed: sent 30, got 60',
      ]),
    );
    expect(failures.every((f) => f.check.startsWith('server.'))).toBe(true);
    expect(failures.find((f) => f.check === 'server.echo')?.reference).toBe('D.2');
    expect(result.exchanges).toBe(1);
  });
});
