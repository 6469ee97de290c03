/**
 * Repro from the s9 hostile review: a replayable cassette line whose answer no Fetch `Response`
 * can carry (a status outside 200–599, a body on a 204, a header name with a space, a header
 * value with a line break) was accepted by `parseCassette` and broke only when replayed: a
 * RangeError or TypeError out of `handle()` (under MSW, MSW's own 500). It is now refused when
 * parsed, naming the line, like the other faults of a cassette.
 */
import { describe, expect, it } from 'vitest';
import { replayOf } from '../../mocks/cassette/brand.ts';
import { createEmulator, Fc3TestkitError, parseCassette } from '../../mocks/index.ts';
import { replayableLine } from '../helpers/cassette-lines.ts';

const line = (response: Record<string, unknown>) => replayableLine({ response });

describe('hostile: a cassette answer that cannot be replayed', () => {
  it.each([
    ['status 999', { status: 999 }, /has response status 999; a replayed answer needs 200 to 599/],
    ['status 0', { status: 0 }, /has response status 0/],
    ['status 101', { status: 101 }, /has response status 101/],
    ['a fractional status', { status: 200.5 }, /has response status 200.5/],
    [
      'a body on a 204',
      { body: { size: 2, sha256: '', encoding: 'utf8', text: '{}' } },
      /has a response body on status 204, which has none/,
    ],
    ['a header name with a space', { headers: [['bad name', 'x']] }, /has a response header name "bad name"/],
    [
      'a header value with CR LF',
      { headers: [['x-a', 'a\r\nb']] },
      /response header x-a whose value is no single-line text/,
    ],
    ['a header that is no pair', { headers: [['x-a']] }, /a response header that is not \[name, value\]/],
    ['headers that are no list', { headers: { 'x-a': '1' } }, /response headers that are not a list/],
  ])('%s is refused by parseCassette, naming the line', (_what, response, message) => {
    const text = `\n${line(response)}\n`;
    expect(() => parseCassette(text)).toThrow(Fc3TestkitError);
    expect(() => parseCassette(text)).toThrow(/cassette line 2 /);
    expect(() => parseCassette(text)).toThrow(message);
  });

  it('a recorded 204 without a body, and one without headers, still replay', async () => {
    for (const response of [{}, { headers: undefined }]) {
      const replay = replayOf(parseCassette(line(response))) ?? createEmulator();
      const answer = await replay.handle(
        new Request('http://127.0.0.1:9000/2023-03-30/functions/f', { method: 'DELETE' }),
      );
      expect(answer.status).toBe(204);
    }
  });
});
