/**
 * Checks shared by the model-based property tests (test/core/resource-model*.test.ts): that an
 * answer is an FC answer, and a whole listing read page by page.
 */
import { expect } from 'vitest';
import type { Emulator } from '../../mocks/index.ts';
import { type CallResult, call } from './requests.ts';

/**
 * Fails unless the answer is one FC could give: no 5xx, and an error in FC's envelope with the
 * response's request id (CF §E.1).
 *
 * @example
 * expectFcAnswer(await call(emulator, 'GET', '/functions/f'));
 */
export function expectFcAnswer(answer: CallResult): void {
  expect(answer.status).toBeLessThan(500);
  if (answer.status >= 400) {
    expect(Object.keys(answer.json ?? {})).toEqual(['Code', 'Message', 'RequestId']);
    expect(answer.json?.RequestId).toBe(answer.requestId);
  }
}

/** What {@link listAll} lists: the path, the body's array key, the page size and other parameters. */
export interface ListQuery {
  path: string;
  key: string;
  prefix?: string;
  limit: number;
  /** More query parameters, as `name=value&`. */
  extra?: string;
}

/**
 * Every item of a list operation, following `nextToken` page by page (at most 20 pages); the
 * first page's error answer instead, when it refuses.
 *
 * @example
 * await listAll(emulator, { path: '/functions', key: 'functions', prefix: 'a', limit: 2 });
 */
export async function listAll(
  emulator: Emulator,
  query: ListQuery,
): Promise<Array<Record<string, unknown>> | CallResult> {
  const items: Array<Record<string, unknown>> = [];
  let token = '';
  for (let page = 0; page < 20; page++) {
    const { path, key, prefix, limit, extra = '' } = query;
    const filter = prefix === undefined ? '' : `prefix=${prefix}&`;
    const answer = await call(
      emulator,
      'GET',
      `${path}?${extra}${filter}limit=${limit}&nextToken=${encodeURIComponent(token)}`,
    );
    expectFcAnswer(answer);
    if (answer.status !== 200) {
      expect(page).toBe(0);
      return answer;
    }
    items.push(...((answer.json?.[key] ?? []) as Array<Record<string, unknown>>));
    token = (answer.json?.nextToken as string | undefined) ?? '';
    if (token === '') break;
  }
  return items;
}
