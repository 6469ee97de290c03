/**
 * Repro (issue 13, item 2): one control request ended the process. `failNext` with
 * `times: 1000000` threw a RangeError inside the core and the control handler let it escape.
 * Every control input is now bounded and checked before anything is applied; a value out of
 * bounds gets 400 with toolkit JSON naming the field and the bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validInput } from '../server/cli-process.ts';
import { type CliProcess, expectAlive, send, serve } from './support.ts';

const JSON_HEADERS = { 'content-type': 'application/json' };

const TIMES = /failNext\.times must be an integer from 1 to 10000/;
const MESSAGE = /failNext\.message must be a string of at most 1024 characters/;
const RATE = /faults\.rate must be a number from 0 to 1/;
const CODES = /faults\.codes must be 1 to 64 FC error codes/;
const LATENCY = /latency must be null, a number of ms from 0 to 60000 or \{ "min": ms, "max": ms \}/;
const failNext = (extra: Record<string, unknown>) => ({
  failNext: { code: 'InternalServerError', ...extra },
});
const faultPolicy = (rate: unknown, codes: unknown) => ({ faults: { rate, codes } });

const BAD_FAULTS: { label: string; body: unknown; error: RegExp }[] = [
  { label: 'times 0', body: failNext({ times: 0 }), error: TIMES },
  { label: 'times 2.5', body: failNext({ times: 2.5 }), error: TIMES },
  { label: 'times "3"', body: failNext({ times: '3' }), error: TIMES },
  { label: 'message 7', body: failNext({ message: 7 }), error: MESSAGE },
  { label: 'a 1025-character message', body: failNext({ message: 'x'.repeat(1025) }), error: MESSAGE },
  {
    label: 'the typo "time"',
    body: failNext({ time: 3 }),
    error: /failNext has unknown field "time"; expected code, times, message/,
  },
  {
    label: 'failNext a string',
    body: { failNext: 'InternalServerError' },
    error: /failNext must be an object/,
  },
  { label: 'rate 1.5', body: faultPolicy(1.5, ['ServiceUnavailable']), error: RATE },
  { label: 'rate -0.1', body: faultPolicy(-0.1, ['ServiceUnavailable']), error: RATE },
  { label: 'rate "0.5"', body: faultPolicy('0.5', ['ServiceUnavailable']), error: RATE },
  { label: 'no codes', body: faultPolicy(0.5, []), error: CODES },
  { label: '65 codes', body: faultPolicy(0.5, Array(65).fill('ServiceUnavailable')), error: CODES },
  { label: 'code 42', body: faultPolicy(0.5, [42]), error: CODES },
  { label: 'an unknown code', body: faultPolicy(0.5, ['Nope']), error: /unknown FC error code "Nope"/ },
  { label: 'latency -1', body: { latency: -1 }, error: LATENCY },
  { label: 'latency 1e12', body: { latency: 1e12 }, error: LATENCY },
  { label: 'latency min > max', body: { latency: { min: 5, max: 1 } }, error: LATENCY },
  { label: 'latency min -1', body: { latency: { min: -1, max: 2 } }, error: LATENCY },
  { label: 'latency max 60001', body: { latency: { min: 0, max: 60001 } }, error: LATENCY },
  { label: 'latency "200"', body: { latency: '200' }, error: LATENCY },
  {
    label: 'the typo "failnext"',
    body: { failnext: {} },
    error: /unknown field "failnext"; expected failNext, faults, latency/,
  },
  {
    label: 'an array',
    body: [1, 2],
    error: /expected a JSON object with failNext, faults, latency and\/or failPreparation/,
  },
  {
    label: 'an empty object (it would change nothing)',
    body: {},
    error: /expected a JSON object with failNext, faults, latency and\/or failPreparation/,
  },
];

describe('hostile: control API inputs out of bounds', () => {
  let server: CliProcess;
  let created = 0;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => {
    await server?.stop();
  });
  const faults = (body: unknown) =>
    send(server.url, { path: '/__fc3/faults', headers: JSON_HEADERS, body: JSON.stringify(body) });

  it('rejects failNext.times of a million with 400 naming the bound, and stays up', async () => {
    const answer = await faults({ failNext: { code: 'InternalServerError', times: 1_000_000 } });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('failNext.times must be an integer from 1 to 10000, got 1000000');
    await expectAlive(server);
  });

  it.each(BAD_FAULTS)('POST /__fc3/faults with $label → 400', async ({ body, error }) => {
    const answer = await faults(body);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(error);
  });

  it('applies nothing when one part of a faults request is invalid', async () => {
    const answer = await faults({ failNext: { code: 'ServiceUnavailable' }, latency: -1 });
    expect(answer.status).toBe(400);
    const create = await send(server.url, {
      headers: JSON_HEADERS,
      body: JSON.stringify({
        functionName: 'after-bad-faults',
        runtime: 'python3.10',
        handler: 'i.h',
        code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' },
      }),
    });
    expect(create.status).toBe(200);
  });

  it.each([
    ['since=-1', /since must be an integer from 0 to/],
    ['since=abc', /since must be an integer from 0 to/],
    ['since=1.5', /since must be an integer from 0 to/],
    ['limit=-3', /limit must be an integer from 1 to 1000, got "-3"/],
    ['limit=1e99', /limit must be an integer from 1 to 1000, got "1e99"/],
    ['limit=abc', /limit must be an integer from 1 to 1000, got "abc"/],
    ['outcome=nope', /outcome must be one of succeeded, rejected, faulted, unrouted, created/],
    ['operation=Nope', /operation must be one of CreateFunction/],
    ['limit=0', /limit must be an integer from 1 to 1000/],
    ['limit=1001', /limit must be an integer from 1 to 1000/],
    // s11: answered with the creates, as if the operation were not given.
    ['outcome=created&operation=GetFunction', /outcome created means a succeeded CreateFunction/],
    [
      'operaton=CreateFunction',
      /unknown query parameter "operaton" of \/__fc3\/calls; expected operation, outcome/,
    ],
  ])('GET /__fc3/calls?%s → 400', async (query, message) => {
    const answer = await send(server.url, { method: 'GET', path: `/__fc3/calls?${query}` });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(message);
  });

  it.each([
    [
      '/__fc3/functions?acountId=1',
      /unknown query parameter "acountId" of \/__fc3\/functions; expected accountId, regionId/,
    ],
    ['/__fc3/health?verbose=1', /unknown query parameter "verbose" of \/__fc3\/health: it takes none/],
    [
      '/__fc3/calls?operation=CreateFunction&operation=GetFunction',
      /query parameter "operation" of \/__fc3\/calls is given more than once; it takes one value/,
    ],
    [`/__fc3/calls?${'k'.repeat(5000)}=1`, new RegExp(`unknown query parameter "${'k'.repeat(100)}…" of `)],
  ])('GET %s → 400 naming the parameter (a typo never reads as a filter)', async (path, message) => {
    const answer = await send(server.url, { method: 'GET', path });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(message);
  });

  it.each([
    [
      'POST',
      '/__fc3/reset',
      '{"keepFunctions":true}',
      /unknown field "keepFunctions" of POST \/__fc3\/reset: it takes none/,
    ],
    ['POST', '/__fc3/reset', '[]', /POST \/__fc3\/reset takes no body, got \[\]/],
    [
      'GET',
      '/__fc3/clock',
      '{"advanceMs":5000}',
      /unknown field "advanceMs" of GET \/__fc3\/clock: it takes none/,
    ],
    ['GET', '/__fc3/calls', '{"limit":5}', /unknown field "limit" of GET \/__fc3\/calls: it takes none/],
  ])(
    '%s %s with body %s → 400 naming it (an option it does not take is not ignored)',
    async (method, path, body, message) => {
      const kept = `kept-${++created}`;
      expect(
        (await send(server.url, { body: JSON.stringify(validInput(kept)), headers: JSON_HEADERS })).status,
      ).toBe(200);
      const before = await send(server.url, { method: 'GET', path: '/__fc3/clock' });
      const answer = await send(server.url, { method, path, body, headers: JSON_HEADERS });
      expect(answer.status).toBe(400);
      expect(answer.json.error).toMatch(message);
      // Nothing applied: no reset (the function is still there), no clock jump of 5 s.
      const functions = await send(server.url, { method: 'GET', path: '/__fc3/functions' });
      const names = (functions.json.functions as Array<{ functionName: string }>).map((f) => f.functionName);
      expect(names).toContain(kept);
      const after = await send(server.url, { method: 'GET', path: '/__fc3/clock' });
      expect(Date.parse(String(after.json.now)) - Date.parse(String(before.json.now))).toBeLessThan(5000);
    },
  );

  // As POST /__fc3/faults {}: it answered 200 with the time, moving nothing, so a step built
  // wrong (`{"advance":3000}` is refused; `{}` was not) looked taken.
  it.each([
    ['{}', /expected a JSON object \{ "advanceMs": N \}; GET \/__fc3\/clock reads the clock/],
    ['', /expected a JSON object \{ "advanceMs": N \}; GET \/__fc3\/clock reads the clock/],
    ['{"advanceMs":86400001}', /^advanceMs must be a number of ms from 0 to 86400000, got 86400001$/],
    ['{"advanceMs":-1}', /^advanceMs must be a number of ms from 0 to 86400000, got -1$/],
  ])('POST /__fc3/clock %j → 400 naming why', async (body, message) => {
    const answer = await send(server.url, { path: '/__fc3/clock', body, headers: JSON_HEADERS });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(message);
  });

  it('takes an empty object or no body where none is read', async () => {
    for (const body of ['{}', '', undefined]) {
      const answer = await send(server.url, { path: '/__fc3/reset', body, headers: JSON_HEADERS });
      expect(answer.status).toBe(200);
    }
  });

  it('still accepts the largest values in bounds', async () => {
    expect((await faults({ failNext: { code: 'InternalServerError', times: 10_000 } })).status).toBe(200);
    expect(
      (await faults({ latency: { min: 0, max: 60_000 }, faults: { rate: 1, codes: ['ServiceUnavailable'] } }))
        .status,
    ).toBe(200);
    expect((await send(server.url, { path: '/__fc3/reset' })).status).toBe(200);
    const calls = await send(server.url, {
      method: 'GET',
      path: '/__fc3/calls?since=0&limit=1000',
    });
    expect(calls.status).toBe(200);
    await expectAlive(server);
  });
});
