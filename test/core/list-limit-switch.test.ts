/**
 * Rule `list-limit-range` switches where it is inferred (ListTriggers, ListAliases,
 * ListFunctionVersions, the account-wide settings lists) and not on ListFunctions, where it is
 * documented (lifecycle E.1): off, any positive integer is a page size, and `0` or a non-digit is
 * still refused as a type error.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

let emulator: Emulator;

async function setUp(rules: Record<string, boolean>): Promise<void> {
  emulator = createEmulator({ seed: 7, rules });
  expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(200);
  for (let i = 0; i < 3; i++) {
    expect((await call(emulator, 'POST', '/functions/f/versions', { description: '' })).status).toBe(200);
  }
  for (const aliasName of ['a', 'b']) {
    expect((await call(emulator, 'POST', '/functions/f/aliases', { aliasName, versionId: '1' })).status).toBe(
      200,
    );
  }
}

const INFERRED: [string, string, number][] = [
  ['ListFunctionVersions', '/functions/f/versions', 3],
  ['ListAliases', '/functions/f/aliases', 2],
  ['ListTriggers', '/functions/f/triggers', 0],
  ['ListAsyncInvokeConfigs', '/async-invoke-configs', 0],
  ['ListScalingConfigs', '/scaling-configs', 0],
];
const listed = (json: Record<string, unknown> | undefined) =>
  Object.values(json ?? {}).find((value): value is unknown[] => Array.isArray(value));

describe('list-limit-range switched off', () => {
  beforeEach(() => setUp({ 'list-limit-range': false }));

  it.each(INFERRED)(
    '%s accepts limit=101 and 5000 and answers what is stored',
    async (_name, path, count) => {
      for (const limit of ['101', '5000']) {
        const answer = await call(emulator, 'GET', `${path}?limit=${limit}`);
        expect(answer.status).toBe(200);
        expect(listed(answer.json)?.length).toBe(count);
        expect(answer.json?.nextToken).toBeUndefined();
      }
    },
  );

  it.each(INFERRED)('%s still refuses limit=0, -1 and abc with 400 InvalidArgument', async (_name, path) => {
    for (const limit of ['0', '-1', 'abc', '99999999999']) {
      const answer = await call(emulator, 'GET', `${path}?limit=${limit}`);
      expect(answer.status).toBe(400);
      expect(answer.json?.Code).toBe('InvalidArgument');
      expect(String(answer.json?.Message)).toContain('limit must be a positive 32-bit integer');
    }
  });

  it('ListFunctions keeps the documented range: limit=101 answers 400', async () => {
    const answer = await call(emulator, 'GET', '/functions?limit=101');
    expect(answer.status).toBe(400);
    expect(String(answer.json?.Message)).toContain('between 1 and 100');
  });
});

describe('list-limit-range on (the default)', () => {
  beforeEach(() => setUp({}));

  it.each(INFERRED)('%s refuses limit=101 with 400 naming the range', async (_name, path) => {
    const answer = await call(emulator, 'GET', `${path}?limit=101`);
    expect(answer).toMatchObject({ status: 400, json: { Code: 'InvalidArgument' } });
    expect(String(answer.json?.Message)).toContain('between 1 and 100');
  });
});

describe('limit spellings (lifecycle E.1, A.2: the SDK writes an integer in plain digits)', () => {
  beforeEach(() => setUp({}));
  const LISTS: [string, string][] = [
    ['ListFunctions', '/functions'],
    ...INFERRED.map(([n, p]): [string, string] => [n, p]),
  ];

  it.each(LISTS)(
    '%s reads leading zeros as the same integer and refuses a sign, space, exponent, fraction or hex',
    async (_, path) => {
      for (const limit of ['0100', '05', '001']) {
        expect((await call(emulator, 'GET', `${path}?limit=${limit}`)).status).toBe(200);
      }
      for (const limit of ['%2B5', '+5', '%205', '5%20', '1e2', '5.0', '0x10', '-1']) {
        const answer = await call(emulator, 'GET', `${path}?limit=${limit}`);
        expect(answer).toMatchObject({ status: 400, json: { Code: 'InvalidArgument' } });
        expect(String(answer.json?.Message)).toContain('limit must be an integer between 1 and 100');
      }
    },
  );
});
