/**
 * Dumps are written in pieces, so that a slow reader's progress can be seen (ADR 045): the pieces
 * must add up to the very text, whatever characters fall on their boundaries.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { endInPieces } from '../../mocks/server/unsent-dumps.ts';

let close = (): void => {};
afterEach(() => close());

/** Serves `text` through endInPieces on loopback; gives the bytes read back and the pieces flushed. */
async function served(text: string): Promise<{ body: string; pieces: number }> {
  let pieces = 0;
  let finished = (): void => {};
  const done = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const server = createServer((_req, res) => {
    res.once('finish', finished);
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    endInPieces(res, text, () => {
      pieces += 1;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  const { port } = server.address() as AddressInfo;
  const answer = await fetch(`http://127.0.0.1:${port}/`);
  const body = await answer.text();
  // Each piece's callback runs before the answer's 'finish'.
  await done;
  return { body, pieces };
}

describe('endInPieces', () => {
  it.each([
    ['ASCII', 'x'.repeat(200_000)],
    // 'a' then pairs: every odd index holds a high surrogate, 65,535 among them (a piece's end).
    ['surrogate pairs across a piece boundary', `a${'😀'.repeat(70_000)}`],
    ['three-byte characters', 'é€'.repeat(70_000)],
    ['empty', ''],
  ])('%s: the whole text arrives, as it was', async (_what, text) => {
    const { body, pieces } = await served(text);
    expect(body === text).toBe(true);
    expect(pieces).toBe(Math.ceil(text.length / (64 * 1024)));
  });
});
