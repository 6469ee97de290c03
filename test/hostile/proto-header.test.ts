/**
 * Repro from the s9 hostile review: a request header named `__proto__` (a valid HTTP token) was
 * kept by `serve`, whose header record has no prototype, but vanished in `emulator.handle`:
 * its header record was a plain object, where assigning `__proto__` sets the
 * prototype instead. The journal then differed between entry points, and a signature that signs
 * the header could not verify. (Through MSW and nock 15 the header is already gone from the
 * `Request` they hand over, before the toolkit sees it.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { BASE_URL } from '../adapters/support.ts';
import { type CliProcess, send, serve } from './support.ts';

// An array, not an object literal: `{ __proto__: … }` would set the literal's prototype.
const HEADERS: [string, string][] = [
  ['__proto__', 'kept'],
  ['constructor', 'kept too'],
];

/** An own entry only: a plain object's inherited `constructor` would answer too. */
const own = (headers: Record<string, string> | undefined, name: string): unknown =>
  Object.getOwnPropertyDescriptor(headers ?? {}, name)?.value;

const journalled = (headers: Record<string, string> | undefined) => ({
  proto: own(headers, '__proto__'),
  constructor: own(headers, 'constructor'),
});

describe('hostile: a header named __proto__ through emulator.handle', () => {
  it('is journalled like any other header', async () => {
    const emulator = createEmulator();
    const request = new Request(`${BASE_URL}/2023-03-30/functions`, { headers: HEADERS });
    expect((await emulator.handle(request)).status).toBe(200);
    expect(journalled(emulator.calls().at(-1)?.headers)).toEqual({ proto: 'kept', constructor: 'kept too' });
  });
});

describe('hostile: a header named __proto__ through serve', () => {
  let server: CliProcess;
  beforeAll(async () => {
    server = await serve();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is journalled like any other header', async () => {
    // JSON.parse makes `__proto__` an own key, which node:http then sends.
    const headers = JSON.parse('{"__proto__":"kept","constructor":"kept too"}') as Record<string, string>;
    const answer = await send(server.url, { method: 'GET', path: '/2023-03-30/functions', headers });
    expect(answer.status).toBe(200);
    const calls = await send(server.url, { method: 'GET', path: '/__fc3/calls' });
    const entries = calls.json.calls as { headers: Record<string, string> }[];
    expect(journalled(entries.at(-1)?.headers)).toEqual({ proto: 'kept', constructor: 'kept too' });
  });
});
