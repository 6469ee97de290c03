/**
 * What a result keeps of an answer (contracts/run/kept-exchange.ts). A lifecycle wait keeps its
 * answers before the last as soon as they are judged, and the case keeps every exchange again
 * when it ends: keeping must give the same the second time, also for a target that passes on no
 * `bytes`, whose cut text is still longer than the bound in UTF-8.
 */
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../contracts/index.ts';
import { KEPT_ANSWER_BYTES, keptExchange } from '../../contracts/run/kept-exchange.ts';

const answered = (body: string, bytes?: Uint8Array): Exchange => ({
  request: {
    method: 'GET',
    url: 'http://127.0.0.1:9000/2023-03-30/functions/f',
    headers: {},
    body: new Uint8Array(0),
  },
  response: { status: 200, headers: {}, body, ...(bytes ? { bytes } : {}) },
  at: new Date(0),
});

describe('keptExchange', () => {
  const euros = `{"d":"${'€'.repeat(40_000)}"}`;
  const whole = { chars: euros.length, bytes: Buffer.byteLength(euros) };

  it('keeps a kept answer as it is: the whole size stays in cutFrom', () => {
    for (const exchange of [answered(euros), answered(euros, Buffer.from(euros))]) {
      const once = keptExchange(exchange);
      expect(once.response.cutFrom).toEqual(whole);
      expect(once.response.body).toBe(euros.slice(0, KEPT_ANSWER_BYTES));
      const twice = keptExchange(once);
      expect(twice.response.cutFrom).toEqual(whole);
      expect(twice.response.body).toBe(once.response.body);
    }
  });

  it('keeps a short answer itself', () => {
    const exchange = answered('{"state":"Active"}');
    expect(keptExchange(exchange)).toBe(exchange);
  });
});
