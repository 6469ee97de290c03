/**
 * The contract suite checks any server, hostile ones too, and never grows its memory or waits
 * without bound on an answer: a body past `maxAnswerBytes` (or a head declaring more) and an
 * answer still incomplete after `answerBudgetMs` fail their case with a `transport` finding naming
 * the limit and the bytes read; the rest is never read, and the other cases of the run still pass.
 * Over node:http (httpTarget, a real server on loopback) and through Fetch (in process, MSW).
 */
import nodeHttp from 'node:http';
import type { AddressInfo } from 'node:net';
import { type HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ContractTarget,
  DEFAULT_MAX_ANSWER_BYTES,
  emulatorTarget,
  httpTarget,
  runContractSuite,
} from '../../contracts/index.ts';
import { answerLimits } from '../../contracts/run/transport-error.ts';
import { controlApiClock } from '../../contracts/targets/clock.ts';
import { fetchAnswer } from '../../contracts/targets/fetch-helpers.ts';
import { sendHttp } from '../../contracts/targets/send-http.ts';
import { createEmulator } from '../../mocks/index.ts';
import { type HostileServer, type Hostility, hostileResponse, hostileServer } from './hostile-answers.ts';

// get.not-found asks for a `…-get-missing-…` name: the hostile answer; the others stay honest.
const MARKER = 'get-missing';
const ONLY = 'get.not-found,get.after-create.builtin,get.qualifier-latest';
const MIB = 1024 * 1024;
// Loopback socket buffers and stream queues hold a few MiB the reader never asked for.
const SLACK = 16 * MIB;

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function run(target: ContractTarget) {
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const report = await runContractSuite(target, { only: ONLY });
  await target.close?.();
  const byId = Object.fromEntries(report.results.map((r) => [r.case.id, r]));
  return {
    report,
    missing: byId['get.not-found'],
    others: report.results.filter((r) => r.case.id !== 'get.not-found').map((r) => r.status),
    rssGrowth: process.memoryUsage().rss - rssBefore,
    ms: performance.now() - started,
  };
}

describe('httpTarget against a hostile node:http server', () => {
  it('stops an endless body at the default 32 MiB: the case fails naming the limit, the others pass', async () => {
    server = await hostileServer({ hostility: 'endless', marker: MARKER });
    const got = await run(httpTarget({ baseUrl: server.url }));
    expect(got.missing?.status).toBe('failed');
    const [failure] = got.missing?.failures ?? [];
    expect(failure?.check).toBe('transport');
    expect(failure?.message).toMatch(
      /^no complete answer: AnswerLimitError: the answer is larger than maxAnswerBytes \(33554432 bytes\): \d+ body bytes read, then the suite stopped reading/,
    );
    const read = Number(/(\d+) body bytes/.exec(String(failure?.received))?.[1]);
    expect(read).toBeGreaterThan(DEFAULT_MAX_ANSWER_BYTES);
    expect(read).toBeLessThan(DEFAULT_MAX_ANSWER_BYTES + MIB);
    expect(got.others).toEqual(['passed', 'passed']);
    await server.sent[0]?.closed;
    expect(server.sent[0]?.bytes).toBeLessThan(DEFAULT_MAX_ANSWER_BYTES + SLACK);
    expect(got.rssGrowth).toBeLessThan(200 * MIB);
  });

  it('refuses a head declaring Content-Length 10 GiB without reading its body', async () => {
    server = await hostileServer({ hostility: 'declared-10gib', marker: MARKER });
    const got = await run(httpTarget({ baseUrl: server.url, maxAnswerBytes: MIB }));
    const [failure] = got.missing?.failures ?? [];
    expect(failure?.message).toContain(
      'larger than maxAnswerBytes (1048576 bytes): its head declares Content-Length 10737418240',
    );
    expect(failure?.received).toBe('0 body bytes when the suite stopped reading');
    expect(failure?.documented).toBe('an answer within maxAnswerBytes (1048576 bytes)');
    expect(got.others).toEqual(['passed', 'passed']);
    await server.sent[0]?.closed;
    expect(server.sent[0]?.bytes).toBeLessThan(SLACK);
  });

  it('ends a trickling body (one byte every 20 ms never trips the idle timeout) at answerBudgetMs', async () => {
    server = await hostileServer({ hostility: 'trickle', marker: MARKER });
    const got = await run(httpTarget({ baseUrl: server.url, answerBudgetMs: 1000 }));
    const [failure] = got.missing?.failures ?? [];
    expect(failure?.message).toMatch(
      /^no complete answer: AnswerLimitError: the answer was not complete within answerBudgetMs \(1000 ms\): \d+ body bytes read/,
    );
    // Bytes did arrive (so the 5 s idle timeout never fired), and the budget ended the answer.
    expect(Number(/(\d+) body bytes/.exec(String(failure?.received))?.[1])).toBeGreaterThan(0);
    expect(got.others).toEqual(['passed', 'passed']);
    // Far below the 5 s idle timeout the trickle keeps resetting: the budget ended it.
    expect(got.ms).toBeLessThan(10_000);
  });

  it('starts the budget at the head when the server answers and never reads a large upload', async () => {
    // Trickles its answer at once and never reads the request: the upload never finishes.
    const never = nodeHttp.createServer((req, res) => {
      req.pause();
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => never.listen(0, '127.0.0.1', resolve));
    const { port } = never.address() as AddressInfo;
    try {
      const sent = {
        method: 'POST',
        url: `http://127.0.0.1:${port}/x`,
        headers: {},
        body: new Uint8Array(64 * MIB),
      };
      await expect(sendHttp(sent, { timeoutMs: 5000, answerBudgetMs: 1000 })).rejects.toThrow(
        /not complete within answerBudgetMs \(1000 ms\)/,
      );
    } finally {
      never.closeAllConnections();
      await new Promise((resolve) => never.close(resolve));
    }
  });

  it('ends a body that stalls after the head at the idle timeout', async () => {
    server = await hostileServer({ hostility: 'stall', marker: MARKER });
    const got = await run(httpTarget({ baseUrl: server.url, timeoutMs: 1500 }));
    expect(got.missing?.failures[0]?.message).toBe('no answer: TransportError: no answer within 1500 ms');
    expect(got.others).toEqual(['passed', 'passed']);
  });

  it('refuses answer limits out of their range, naming the option', async () => {
    const { Fc3TestkitError } = await import('../../mocks/core/errors.ts');
    for (const maxAnswerBytes of [0, -1, 1.5, Number.NaN]) {
      expect(() => httpTarget({ baseUrl: 'http://127.0.0.1:9', maxAnswerBytes })).toThrow(Fc3TestkitError);
    }
    expect(() => emulatorTarget(createEmulator(), { answerBudgetMs: 0 })).toThrow(
      'emulatorTarget: answerBudgetMs must be an integer from 1 to 2147483647, got 0',
    );
    // A longer timer fires at once (TimeoutOverflowWarning): every case would fail its budget.
    expect(() => emulatorTarget(createEmulator(), { answerBudgetMs: 2 ** 31 })).toThrow(
      'emulatorTarget: answerBudgetMs must be an integer from 1 to 2147483647, got 2147483648',
    );
  });

  it("bounds the control API clock's answer too (readClock asks every HTTP target)", async () => {
    server = await hostileServer({ hostility: 'endless', marker: '/__fc3/clock' });
    await expect(controlApiClock(server.url).now()).rejects.toThrow(
      /\/__fc3\/clock: the answer is larger than maxAnswerBytes \(65536 bytes\)/,
    );
  });
});

/** An emulator whose GetFunction of the missing name answers `hostility`. */
function hostileHandler(hostility: Hostility) {
  const emulator = createEmulator();
  const record = { bytes: 0, cancelled: false };
  const handler = {
    handle: async (request: Request) =>
      request.url.includes(MARKER) ? hostileResponse(hostility, record) : emulator.handle(request),
  };
  return { handler, record };
}

describe('the Fetch path (in process and MSW) against an endless ReadableStream', () => {
  it('in process: cancels an endless body past maxAnswerBytes, the others pass', async () => {
    const { handler, record } = hostileHandler('endless');
    const got = await run(emulatorTarget(handler, { maxAnswerBytes: 4 * MIB }));
    expect(got.missing?.failures[0]?.message).toMatch(
      /^no complete answer: AnswerLimitError: the answer is larger than maxAnswerBytes \(4194304 bytes\)/,
    );
    expect(got.others).toEqual(['passed', 'passed']);
    expect(record.cancelled).toBe(true);
    expect(record.bytes).toBeLessThan(4 * MIB + SLACK);
    expect(got.rssGrowth).toBeLessThan(200 * MIB);
  });

  it('in process: a declared 10 GiB, a trickle and a handler whose body never comes each end', async () => {
    for (const [hostility, pattern] of [
      ['declared-10gib', /its head declares Content-Length 10737418240/],
      ['trickle', /not complete within answerBudgetMs \(1000 ms\)/],
      ['stall', /not complete within answerBudgetMs \(1000 ms\): 0 body bytes read/],
    ] as const) {
      const { handler, record } = hostileHandler(hostility);
      const got = await run(emulatorTarget(handler, { answerBudgetMs: 1000 }));
      expect(got.missing?.failures[0]?.message, hostility).toMatch(pattern);
      expect(got.others, hostility).toEqual(['passed', 'passed']);
      expect(record.cancelled, hostility).toBe(true);
    }
  });

  it('in process: a handler that never answers ends at answerBudgetMs', async () => {
    const emulator = createEmulator();
    const handler = {
      handle: (request: Request) =>
        request.url.includes(MARKER) ? new Promise<Response>(() => {}) : emulator.handle(request),
    };
    const got = await run(emulatorTarget(handler, { answerBudgetMs: 1000 }));
    expect(got.missing?.failures[0]?.message).toContain('not complete within answerBudgetMs (1000 ms)');
    expect(got.others).toEqual(['passed', 'passed']);
  });

  it('through MSW: fetch of an endless mocked stream stops at maxAnswerBytes, and MSW stops pulling', async () => {
    const record = { bytes: 0, cancelled: false };
    const msw = setupServer(
      http.get(
        'http://127.0.0.1:9000/endless',
        () => hostileResponse('endless', record) as HttpResponse<never>,
      ),
    );
    msw.listen({ onUnhandledFrame: 'error' } as Parameters<typeof msw.listen>[0]);
    try {
      const limits = answerLimits({ maxAnswerBytes: 8 * MIB });
      const answer = fetchAnswer((signal) => fetch('http://127.0.0.1:9000/endless', { signal }), limits);
      await expect(answer).rejects.toThrow(/larger than maxAnswerBytes \(8388608 bytes\)/);
      const pulled = record.bytes;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(record.bytes).toBe(pulled);
      expect(pulled).toBeLessThan(8 * MIB + SLACK);
    } finally {
      msw.close();
    }
  });
});
