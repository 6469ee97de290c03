/**
 * Bounds and consistency of the tag and settings-list inputs (review of serve, items 2–4; T.4,
 * T.6): tag key and value lengths on both TagResources and CreateFunction,
 * at most 50 `ResourceId`s with a repeated ARN counted once, repeated `Tag` keys refused like
 * CreateFunction's, a foreign ARN quoted in the 404, and `limit` checked on the settings lists.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const ARN = (fn: string) => `acs:fc:cn-hangzhou:1234567890123456:functions/${fn}`;
let emulator = createEmulator({ seed: 3 });
const tag = (body: Record<string, unknown>) => call(emulator, 'POST', '/tags-v2', body);
const tagBody = (Tag: unknown, ResourceId: unknown = [ARN('f')]) => ({
  ResourceId,
  ResourceType: 'FUNCTION',
  Tag,
});
const tagsOf = async () => (await call(emulator, 'GET', '/functions/f')).json?.tags;

beforeEach(async () => {
  emulator = createEmulator({ seed: 3 });
  expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(200);
});

describe('tag key and value lengths (rule tag-lengths, documented; the Tag schema, as Ajv words it)', () => {
  it('accepts a 64-character key and a 128-character value', async () => {
    const Tag = [{ Key: 'k'.repeat(64), Value: 'v'.repeat(128) }];
    expect((await tag(tagBody(Tag))).status).toBe(204);
    expect(await tagsOf()).toEqual(Tag);
  });

  it.each([
    [{ Key: 'k'.repeat(5000), Value: 'v' }, 'Tag[0].Key must NOT have more than 64 characters'],
    [{ Key: 'k', Value: 'v'.repeat(1_000_000) }, 'Tag[0].Value must NOT have more than 128 characters'],
    [{ Key: 'acs:team', Value: 'v' }, 'Tag[0].Key must match pattern "^(?!aliyun|acs:)"'],
    [{ Key: 'aliyun-team', Value: 'v' }, 'Tag[0].Key must match pattern "^(?!aliyun|acs:)"'],
  ])('TagResources refuses %#: %s', async (pair, message) => {
    const answer = await tag(tagBody([pair]));
    expect(answer.status).toBe(400);
    expect(answer.json?.Message).toBe(message);
    expect(emulator.calls().at(-1)?.ruleId).toBe('tag-lengths');
    expect(await tagsOf()).toEqual([]);
  });

  it('CreateFunction refuses the same keys and values in tags, naming the field', async () => {
    const input = minimalInput({ functionName: 'g', tags: [{ Key: 'k'.repeat(65), Value: 'v' }] });
    const answer = await call(emulator, 'POST', '/functions', input);
    expect(answer.status).toBe(400);
    expect(answer.json?.Message).toBe('tags[0].Key length must be at most 64 characters, got 65');
    expect(emulator.calls().at(-1)?.ruleId).toBe('tag-lengths');
  });

  it('counts Unicode characters, not UTF-16 units', async () => {
    expect((await tag(tagBody([{ Key: 'k', Value: '😀'.repeat(128) }]))).status).toBe(204);
  });
});

describe('ResourceId bounds (rule tag-resource-ids-max, inferred) and repeated ARNs', () => {
  it('refuses 51 ARNs, and 2,000 copies of one, on TagResources and UntagResources', async () => {
    for (const count of [51, 2000]) {
      const ids = Array.from({ length: count }, () => ARN('f'));
      const answer = await tag(tagBody([{ Key: 'k', Value: 'v' }], ids));
      expect(answer.status).toBe(400);
      expect(answer.json?.Message).toBe(`ResourceId must have at most 50 items, got ${count}`);
      expect(emulator.calls().at(-1)?.ruleId).toBe('tag-resource-ids-max');
    }
    const query = new URLSearchParams({
      ResourceId: JSON.stringify(Array.from({ length: 51 }, () => ARN('f'))),
      ResourceType: 'function',
      All: 'true',
    });
    expect((await call(emulator, 'DELETE', `/tags-v2?${query}`)).status).toBe(400);
    expect(emulator.calls().at(-1)?.ruleId).toBe('tag-resource-ids-max');
  });

  it('tags a function named 50 times once, and with the rule off takes 2,000 copies in linear time', async () => {
    const fifty = Array.from({ length: 50 }, () => ARN('f'));
    expect((await tag(tagBody([{ Key: 'k', Value: 'v' }], fifty))).status).toBe(204);
    expect(await tagsOf()).toEqual([{ Key: 'k', Value: 'v' }]);
    emulator = createEmulator({ seed: 3, rules: { 'tag-resource-ids-max': false } });
    const description = 'd'.repeat(1024 * 1024);
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f', description }));
    const copies = Array.from({ length: 2000 }, () => ARN('f'));
    const started = performance.now();
    expect((await tag(tagBody([{ Key: 'k', Value: 'v' }], copies))).status).toBe(204);
    // Before: each copy merged, interned and stringified the 1 MB shape again (~8 s here).
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await tagsOf()).toEqual([{ Key: 'k', Value: 'v' }]);
  });

  it('an ARN of another region or account: 404 quoting the ARN', async () => {
    for (const arn of [
      'acs:fc:cn-beijing:1234567890123456:functions/f',
      'acs:fc:cn-hangzhou:999:functions/f',
    ]) {
      const answer = await tag(tagBody([{ Key: 'k' }], [arn]));
      expect(answer.status).toBe(404);
      expect(answer.json?.Message).toBe(`function '${arn}' does not exist.`);
    }
  });
});

describe('repeated keys in one Tag list (rule tags-unique-keys, as on CreateFunction)', () => {
  it('refuses them with the CreateFunction message, and accepts them with the rule off', async () => {
    const Tag = [
      { Key: 'a', Value: '1' },
      { Key: 'a', Value: '2' },
    ];
    const answer = await tag(tagBody(Tag));
    expect(answer.status).toBe(400);
    expect(answer.json?.Message).toBe('tags must have unique keys, "a" is repeated');
    expect(emulator.calls().at(-1)?.ruleId).toBe('tags-unique-keys');
    emulator = createEmulator({ seed: 3, rules: { 'tags-unique-keys': false } });
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    expect((await tag(tagBody(Tag))).status).toBe(204);
    expect(await tagsOf()).toEqual([{ Key: 'a', Value: '2' }]);
  });
});

describe('limit on the account-wide settings lists (rule list-limit-range, as ListFunctions)', () => {
  it.each([
    ['/async-invoke-configs?limit=abc', 'limit must be an integer between 1 and 100, got "abc"'],
    ['/scaling-configs?limit=0', 'limit must be an integer between 1 and 100, got "0"'],
    ['/scaling-configs?limit=101', 'limit must be an integer between 1 and 100, got "101"'],
  ])('GET %s is 400', async (path, message) => {
    const answer = await call(emulator, 'GET', path);
    expect(answer.status).toBe(400);
    expect(answer.json?.Message).toBe(message);
    expect(emulator.calls().at(-1)?.ruleId).toBe('list-limit-range');
    const functions = await call(emulator, 'GET', path.replace(/^\/[a-z-]+/, '/functions'));
    expect(functions.json?.Message).toBe(message);
  });

  it.each([['/async-invoke-configs?limit=10'], ['/scaling-configs']])('GET %s is 200', async (path) => {
    expect((await call(emulator, 'GET', path)).status).toBe(200);
  });
});
