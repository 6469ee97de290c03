/**
 * Parity: one table of requests, every operation, sent through the core directly, through MSW
 * (setupServer), through nock and through `serve` (node:http), with the real network closed. Every adapter must give the core's answer: same
 * status, content-type, body (RequestId aside) and request-id headers. The core's answers are
 * themselves checked against the table's `want`. The rows live in parity-function-cases.ts,
 * parity-extended-cases.ts and parity-prefer-cases.ts.
 */
import { request as httpRequest } from 'node:http';
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleIds } from '../../mocks/fixtures/index.ts';
import { createEmulator, type Emulator, type WireRequest, type WireResponse } from '../../mocks/index.ts';
import { fc3Handlers } from '../../mocks/msw.ts';
import { fc3Nock } from '../../mocks/nock.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { extended, uploadAuth } from './parity-extended-cases.ts';
import { auth, invalid, resource, routing } from './parity-function-cases.ts';
import { preferred } from './parity-prefer-cases.ts';
import { AUTH_URL, CREDENTIALS, NOW } from './parity-requests.ts';
import {
  BASE_URL,
  closedNetwork,
  closeNetworkForNock,
  expectedMajors,
  mswMajor,
  probeNockMajor,
} from './support.ts';

const cases = [...routing, ...extended, ...resource, ...invalid, ...auth, ...uploadAuth, ...preferred];

interface Answer {
  status: number;
  contentType: string | undefined;
  body: unknown;
  requestIdHeaders: boolean;
  /** The code download's only (ADR 038): every adapter states it, a HEAD's is the GET's. */
  contentLength?: string | undefined;
}

function normalise(wire: WireResponse, request: WireRequest): Answer {
  const answer = normaliseBody(wire);
  if (!request.url.includes('/fc3-testkit/code/')) return answer;
  return { ...answer, contentLength: wire.headers['content-length'] };
}

function normaliseBody(wire: WireResponse): Answer {
  const contentType = wire.headers['content-type'];
  // A code package (ADR 038): its bytes, as hex, are the body compared.
  if (contentType === 'application/zip') {
    const body = Buffer.from(wire.bytes ?? new Uint8Array(0)).toString('hex');
    const id = wire.headers['x-acs-request-id'];
    return {
      status: wire.status,
      contentType,
      body,
      requestIdHeaders: id !== undefined && id === wire.headers['x-fc-request-id'],
    };
  }
  // OSS answers carry x-oss-request-id, and their errors are XML with the id inside.
  const oss = wire.headers['x-oss-request-id'];
  if (oss !== undefined || contentType === 'application/xml') {
    const inXml = /<RequestId>([^<]*)<\/RequestId>/.exec(wire.body)?.[1];
    const body = wire.body.replace(/<RequestId>[^<]*<\/RequestId>/, '');
    const agree =
      oss !== undefined && wire.headers['x-fc-request-id'] === undefined && (inXml ?? oss) === oss;
    return { status: wire.status, contentType, body, requestIdHeaders: agree };
  }
  const { RequestId, ...body } = (wire.body === '' ? {} : JSON.parse(wire.body)) as Record<string, unknown>;
  const id = wire.headers['x-acs-request-id'];
  const idsAgree =
    id !== undefined &&
    id === wire.headers['x-fc-request-id'] &&
    (RequestId === undefined || RequestId === id);
  return { status: wire.status, contentType, body, requestIdHeaders: idsAgree };
}

async function viaFetch(request: WireRequest): Promise<WireResponse> {
  // `host` is a forbidden fetch header; the URL carries the same authority, which the core signs against.
  const { host: _host, ...headers } = request.headers;
  const body = request.body.byteLength === 0 ? undefined : new Uint8Array(request.body);
  const response = await fetch(request.url, { method: request.method, headers, body });
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return { status: response.status, headers: responseHeaders, body: text, bytes };
}

interface Pair {
  open: Emulator;
  authed: Emulator;
}

function emulators(): Pair {
  const rules = Object.fromEntries(ruleIds.map((id) => [id, true]));
  const common = { seed: 11, clock: () => NOW, rules };
  return { open: createEmulator(common), authed: createEmulator({ ...common, credentials: CREDENTIALS }) };
}

async function runTable(
  send: (request: WireRequest, pair: Pair) => Promise<WireResponse>,
  pair: Pair,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const item of cases) answers.push(normalise(await send(item.request, pair), item.request));
  return answers;
}

const direct = (request: WireRequest, pair: Pair) =>
  (request.url.startsWith(AUTH_URL) ? pair.authed : pair.open).dispatch(request);

let reference: Answer[] = [];
beforeAll(async () => {
  reference = await runTable(direct, emulators());
});

describe('the core itself answers the table', () => {
  it.each(cases.map((item, index) => [item.name, index] as const))('%s', (_name, index) => {
    const answer = reference[index];
    const want = cases[index]?.want;
    expect(answer?.status).toBe(want?.status);
    if (want?.code) expect((answer?.body as { Code?: string } | undefined)?.Code).toBe(want.code);
    const type = want && 'contentType' in want ? want.contentType : 'application/json; charset=utf-8';
    expect(answer?.contentType).toBe(want?.status === 204 ? undefined : type);
    expect(answer?.requestIdHeaders).toBe(true);
  });
});

describe('the code download: HEAD', () => {
  const answerOf = (name: string) => reference[cases.findIndex((item) => item.name === name)];
  it.each([
    ['DownloadFunctionCode', 'DownloadFunctionCode, HEAD'],
    ['DownloadFunctionCode, forged', 'DownloadFunctionCode, HEAD forged'],
  ])('%s: the HEAD has its status, type and length, no body', (get, head) => {
    const [got, headed] = [answerOf(get), answerOf(head)];
    expect(Number(got?.contentLength)).toBeGreaterThan(0);
    expect(headed).toMatchObject({ status: got?.status, contentType: got?.contentType });
    expect(headed?.contentLength).toBe(got?.contentLength);
    expect(headed?.body).toEqual(headed?.contentType === 'application/zip' ? '' : {});
  });
});

describe(`msw ${expectedMajors.msw} (setupServer)`, () => {
  const pair = emulators();
  // The open emulator goes first so that it, not the authenticated one, claims the real FC hosts.
  const server = setupServer(
    ...fc3Handlers(pair.open, { baseUrl: BASE_URL }),
    ...fc3Handlers(pair.authed, { baseUrl: AUTH_URL }),
  );
  let answers: Answer[] = [];
  beforeAll(async () => {
    // nock patches fetch as soon as it is imported; msw 3 refuses to patch it a second time.
    nock.restore();
    server.listen(closedNetwork());
    answers = await runTable(viaFetch, pair);
  });
  afterAll(() => {
    server.close();
    nock.activate();
  });

  it('is the msw major this project promises', () => expect(mswMajor).toBe(expectedMajors.msw));
  it.each(cases.map((item, index) => [item.name, index] as const))('%s', (_name, index) => {
    expect(answers[index]).toEqual(reference[index]);
  });
  it('reached each emulator once per request', () => {
    expect(pair.open.calls().length + pair.authed.calls().length).toBe(cases.length);
  });
});

describe(`nock ${expectedMajors.nock}`, () => {
  const pair = emulators();
  let answers: Answer[] = [];
  beforeAll(async () => {
    closeNetworkForNock();
    const handles = [fc3Nock(pair.open, { baseUrl: BASE_URL }), fc3Nock(pair.authed, { baseUrl: AUTH_URL })];
    answers = await runTable(viaFetch, pair);
    for (const handle of handles) handle.restore();
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('is the nock major this project promises', async () =>
    expect(await probeNockMajor()).toBe(expectedMajors.nock));
  it.each(cases.map((item, index) => [item.name, index] as const))('%s', (_name, index) => {
    expect(answers[index]).toEqual(reference[index]);
  });
  it('reached each emulator once per request', () => {
    expect(pair.open.calls().length + pair.authed.calls().length).toBe(cases.length);
  });
});

/** Sends a wire request to a `serve` listener with the request's own Host header (any FC host). */
function viaServer(request: WireRequest, port: number): Promise<WireResponse> {
  const url = new URL(request.url);
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers, host: url.host, 'content-length': String(request.body.byteLength) };
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const responseHeaders: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') responseHeaders[name] = value;
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: responseHeaders,
            body: bytes.toString('utf8'),
            bytes,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

describe('serve (node:http)', () => {
  const pair = emulators();
  let servers: RunningServer[] = [];
  let answers: Answer[] = [];
  beforeAll(async () => {
    servers = [await startServer({ emulator: pair.open }), await startServer({ emulator: pair.authed })];
    const [open, authed] = servers as [RunningServer, RunningServer];
    answers = await runTable(
      (request) => viaServer(request, request.url.startsWith(AUTH_URL) ? authed.port : open.port),
      pair,
    );
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it.each(cases.map((item, index) => [item.name, index] as const))('%s', (_name, index) => {
    expect(answers[index]).toEqual(reference[index]);
  });
});
