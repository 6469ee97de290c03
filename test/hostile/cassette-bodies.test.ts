/**
 * Repros from the s11 hostile review of cassettes (ADR 024):
 * - a replayable line whose request body is missing or not one of the three recorded shapes
 *   (text, Base64, size + SHA-256) loaded, and every request on its route then answered 500
 *   (`TypeError: Cannot read properties of undefined (reading 'encoding')`, through `replay`,
 *   MSW and nock alike); a response `text` that is no string answered 500 through `replay` and
 *   `"5"` or `"[object Object]"` through MSW. They are now refused when parsed, naming the line;
 * - a cassette of many exchanges on one route (a long poll of GetFunction) took quadratic time
 *   to index before it answered anything: 40,000 lines 10 s, 150,000 lines minutes.
 */
import { describe, expect, it } from 'vitest';
import { replayOf } from '../../mocks/cassette/brand.ts';
import { createEmulator, Fc3TestkitError, parseCassette } from '../../mocks/index.ts';
import { EMPTY_BODY, type LineParts, replayableLine } from '../helpers/cassette-lines.ts';

const EMPTY = EMPTY_BODY;
const EMPTY_SHA = EMPTY_BODY.sha256;
const OK = { size: 2, sha256: 'x', encoding: 'utf8', text: '{}' };

const line = ({ request, response }: LineParts) =>
  replayableLine({
    request: { method: 'GET', ...request },
    response: { status: 200, reason: 'OK', body: OK, ...response },
  });

const replay = (text: string) => replayOf(parseCassette(text)) ?? createEmulator();
const get = (emulator: ReturnType<typeof replay>) =>
  emulator.handle(new Request('http://127.0.0.1:9000/2023-03-30/functions/f'));

describe('hostile: a replayable cassette line with a body of no recorded shape', () => {
  it.each([
    ['no request body', { request: { body: undefined } }, 'request'],
    ['a null request body', { request: { body: null } }, 'request'],
    ['a request text that is a number', { request: { body: { ...EMPTY, text: 5 } } }, 'request'],
    [
      'a request text left out',
      { request: { body: { size: 0, sha256: EMPTY_SHA, encoding: 'utf8' } } },
      'request',
    ],
    [
      'request Base64 data that is a number',
      { request: { body: { size: 1, sha256: 'x', encoding: 'base64', data: 7 } } },
      'request',
    ],
    [
      'an omitted request body without its hash',
      { request: { body: { size: 1, encoding: 'omitted' } } },
      'request',
    ],
    ['an unknown request encoding', { request: { body: { ...EMPTY, encoding: 'zip' } } }, 'request'],
    ['a response text that is a number', { response: { body: { ...OK, text: 5 } } }, 'response'],
    ['a response text that is an object', { response: { body: { ...OK, text: { a: 1 } } } }, 'response'],
    ['an unknown response encoding', { response: { body: { ...OK, encoding: 'zip' } } }, 'response'],
  ])('%s is refused by parseCassette, naming the line and the side', (_what, parts, side) => {
    const parse = () => parseCassette(`\n${line(parts)}\n`);
    expect(parse).toThrow(Fc3TestkitError);
    expect(parse).toThrow(new RegExp(`^cassette line 2 has a ${side} body that is none of `));
  });

  it('each recorded shape still replays, and so does an answer without a body', async () => {
    const bodies = [
      EMPTY,
      { size: 0, sha256: EMPTY_SHA, encoding: 'omitted' },
      { size: 0, sha256: EMPTY_SHA, encoding: 'base64', data: '' },
    ];
    for (const body of bodies) {
      const answer = await get(replay(line({ request: { body } })));
      expect(answer.status).toBe(200);
      expect(await answer.text()).toBe('{}');
    }
    for (const body of [undefined, null]) {
      const answer = await get(replay(line({ response: { body } })));
      expect(answer.status).toBe(200);
      expect(await answer.text()).toBe('');
    }
    // Lines that are not replayed are not matched, so their bodies are not read.
    const none = JSON.parse(line({ request: { body: undefined } }));
    expect(parseCassette(JSON.stringify({ ...none, replay: 'none' })).entries).toHaveLength(1);
  });
});

describe('hostile: a cassette of many exchanges on one route', () => {
  it('150,000 polls of one function are indexed in linear time and replay in order', async () => {
    const polls = Array.from({ length: 150_000 }, (_, i) =>
      line({ response: { body: { size: 1, sha256: 'x', encoding: 'utf8', text: String(i % 10) } } }),
    );
    const emulator = replay(polls.join('\n'));
    // Quadratic indexing took about 2.5 minutes here; linear, about a second.
    for (const want of ['0', '1', '2']) expect(await (await get(emulator)).text()).toBe(want);
  }, 40_000);
});
