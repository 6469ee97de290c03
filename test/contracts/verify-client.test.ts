/**
 * Client mode: the official SDK passes every scenario; deliberately bad clients fail the
 * scenario whose behaviour they break.
 */
import { describe, expect, it } from 'vitest';
import { type ClientAdapter, officialSdkAdapter, verifyClient } from '../../contracts/index.ts';
import { signAcs3 } from '../../mocks/core/auth/index.ts';
import { fetchResourceClient } from './fetch-resource-client.ts';

const sdk = officialSdkAdapter();

/** A hand-rolled client over fetch, optionally signing, with a hook to break what it reports. */
function fetchClient(options: {
  sign: boolean;
  report?: (outcome: Awaited<ReturnType<ClientAdapter['createFunction']>>) => typeof outcome;
}): ClientAdapter {
  return {
    name: 'fetch client',
    async createFunction(endpoint, input) {
      const url = `http://${endpoint.host}:${endpoint.port}/2023-03-30/functions`;
      const body = JSON.stringify(input);
      const signed =
        options.sign && endpoint.accessKeyId && endpoint.accessKeySecret
          ? signAcs3({
              url,
              body,
              accessKeyId: endpoint.accessKeyId,
              accessKeySecret: endpoint.accessKeySecret,
            }).headers
          : {
              'content-type': 'application/json',
              'x-acs-action': 'CreateFunction',
              'x-acs-version': '2023-03-30',
            };
      const { host: _host, ...headers } = signed;
      const res = await fetch(url, { method: 'POST', headers, body });
      const json = (await res.json()) as Record<string, unknown>;
      const outcome = res.ok
        ? { ok: true as const, status: res.status, body: json }
        : {
            ok: false as const,
            error: { code: json.Code as string, statusCode: res.status, requestId: json.RequestId as string },
          };
      return options.report ? options.report(outcome) : outcome;
    },
  };
}

const failedIds = (report: Awaited<ReturnType<typeof verifyClient>>) =>
  report.results.filter((r) => r.status === 'failed').map((r) => r.case.id);

describe('verifyClient', () => {
  it('passes the official SDK in every scenario, signed', async () => {
    const report = await verifyClient(sdk);
    expect(failedIds(report)).toEqual([]);
    expect(report.totals.passed).toBe(report.totals.total);
  });

  it('passes the official SDK without credentials (signature scenarios do not apply)', async () => {
    const report = await verifyClient(sdk, { credentials: false });
    expect(failedIds(report)).toEqual([]);
    expect(report.totals.notApplicable).toBe(2);
  });

  it('passes a correct hand-rolled client', async () => {
    expect(failedIds(await verifyClient(fetchClient({ sign: true })))).toEqual([]);
  });

  it('fails a client that swallows errors', async () => {
    const swallow = fetchClient({
      sign: true,
      report: (o) => (o.ok ? o : { ok: true, status: 200, body: {} }),
    });
    const report = await verifyClient(swallow);
    expect(failedIds(report)).toContain('client.error.duplicate');
    expect(failedIds(report)).toContain('client.error.InternalServerError');
    const failure = report.results.find((r) => r.case.id === 'client.error.duplicate')?.failures[0];
    expect(failure?.check).toBe('clientSurface');
  });

  it('fails a client that loses the request id', async () => {
    const lossy = fetchClient({
      sign: true,
      report: (o) => (o.ok ? o : { ok: false, error: { ...o.error, requestId: undefined } }),
    });
    const report = await verifyClient(lossy);
    const failures = report.results.flatMap((r) => r.failures);
    expect(failures.some((f) => f.check === 'clientSurface' && f.message.includes('requestId'))).toBe(true);
    expect(failedIds(report)).toContain('client.error.Throttling.User');
  });

  it('fails a client that sends unsigned requests when credentials are configured', async () => {
    const report = await verifyClient(fetchClient({ sign: false }));
    expect(failedIds(report)).toContain('client.success.sample');
    const checks = report.results.flatMap((r) => r.failures.map((f) => f.check));
    expect(checks).toContain('clientSignature');
  });

  it('fails a client that drops fields of the Function body', async () => {
    const dropping = fetchClient({
      sign: true,
      report: (o) =>
        o.ok ? { ...o, body: { functionName: (o.body as { functionName: string }).functionName } } : o,
    });
    expect(failedIds(await verifyClient(dropping))).toContain('client.success.sample');
  });
});

describe('verifyClient, function-resource scenarios', () => {
  const resourceIds = (report: Awaited<ReturnType<typeof verifyClient>>) =>
    report.results.filter((r) => /^client\.(get|update|delete|list)\./.test(r.case.id));

  it('drives every operation of the official SDK, listing through every page', async () => {
    const report = await verifyClient(sdk, { only: 'client.list.pages' });
    const [pages] = report.results;
    expect(pages?.status).toBe('passed');
    // Three functions, two a page: the SDK sent the token of page 1 on page 2.
    expect(pages?.exchanges.map((e) => new URL(e.request.url).searchParams.get('limit'))).toEqual(['2', '2']);
    expect(new URL(pages?.exchanges[1]?.request.url ?? '').searchParams.get('nextToken')).toBeTruthy();
  });

  it('passes a correct hand-rolled client in every scenario', async () => {
    const report = await verifyClient(fetchResourceClient());
    expect(failedIds(report)).toEqual([]);
    expect(resourceIds(report).length).toBe(10);
  });

  it('does not apply the scenarios of operations the adapter lacks, saying which', async () => {
    const report = await verifyClient(fetchClient({ sign: true }));
    const skipped = resourceIds(report);
    expect(skipped.every((r) => r.status === 'not-applicable')).toBe(true);
    expect(skipped.map((r) => r.reason)).toContain('the adapter has no listFunctions');
  });

  it('fails a client that does not send back the nextToken it was given', async () => {
    const stuck = fetchResourceClient({
      request: (r) => ({ ...r, path: r.path.replace(/&?nextToken=[^&]*/, '') }),
    });
    const report = await verifyClient(stuck, { only: 'client.list.pages' });
    const messages = report.results[0]?.failures.map((f) => f.message) ?? [];
    expect(messages.some((m) => /page 2 sent nextToken null/.test(m))).toBe(true);
    expect(messages.some((m) => /the pages surfaced/.test(m))).toBe(true);
  });

  it('says what an adapter threw when it sent no request, instead of dropping it', async () => {
    const throwing: ClientAdapter = {
      name: 'throws',
      createFunction: async () => {
        throw new Error('boom: the client is misconfigured');
      },
    };
    const report = await verifyClient(throwing, { only: 'client.success.minimal' });
    const messages = report.results.flatMap((r) => r.failures.map((f) => f.message));
    expect(messages).toEqual([
      'the client sent no request; it reported: adapter threw (Error: boom: the client is misconfigured)',
    ]);
  });

  it('throws for an only that matches no scenario, instead of an empty green report', async () => {
    await expect(verifyClient(fetchResourceClient({}), { only: 'no-such-scenario' })).rejects.toThrow(
      /only "no-such-scenario" matches no client scenario; .*check-your-client\.md/,
    );
  });

  it('fails a client that reports a missing function as found', async () => {
    const hopeful = fetchResourceClient({ report: (o) => (o.ok ? o : { ok: true, status: 200, body: {} }) });
    const report = await verifyClient(hopeful, { only: 'not-found' });
    expect(failedIds(report).sort()).toEqual([
      'client.delete.not-found',
      'client.get.not-found',
      'client.update.not-found',
    ]);
  });

  it('fails a client that sends the wrong action or a body with DELETE', async () => {
    const sloppy = fetchResourceClient({
      request: (r) => (r.method === 'DELETE' ? { ...r, action: 'CreateFunction', body: '{}' } : r),
    });
    const report = await verifyClient(sloppy, { only: 'client.delete.success' });
    const messages = report.results[0]?.failures.map((f) => f.message) ?? [];
    expect(messages).toContain('header x-acs-action is "CreateFunction"');
    expect(messages).toContain('DELETE carries a body; the SDK sends none');
  });
});
