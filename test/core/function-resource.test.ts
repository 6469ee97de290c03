/**
 * GetFunction, UpdateFunction, DeleteFunction and ListFunctions on the core (lifecycle reference
 * B–E); the state lifecycle has its own file.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { call, EMPTY_ZIP, EMPTY_ZIP_CRC64, minimalInput } from '../helpers/requests.ts';

let now = new Date('2024-05-06T07:08:09Z');
const clock = () => now;

async function withFunction(overrides: Record<string, unknown> = {}) {
  now = new Date('2024-05-06T07:08:09Z');
  const emulator = createEmulator({ clock, seed: 5 });
  const created = await call(
    emulator,
    'POST',
    '/functions',
    minimalInput({ functionName: 'f', ...overrides }),
  );
  expect(created.status).toBe(200);
  return { emulator, created: created.json as Record<string, unknown> };
}

describe('GetFunction (B)', () => {
  it('answers the created function at once, field for field', async () => {
    const { emulator, created } = await withFunction({ description: 'x' });
    const got = await call(emulator, 'GET', '/functions/f');
    expect(got.status).toBe(200);
    expect(got.json).toEqual(created);
  });

  it('404 FunctionNotFound for a missing name, with the documented message', async () => {
    const { emulator } = await withFunction();
    const missing = await call(emulator, 'GET', '/functions/nope');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      Code: 'FunctionNotFound',
      Message: "function 'nope' does not exist.",
      RequestId: missing.requestId,
    });
  });

  it.each([
    ['', 200],
    ['?qualifier=', 200],
    ['?qualifier=LATEST', 200],
    ['?qualifier=1', 404, 'VersionNotFound', "version '1' of function 'f' does not exist"],
    ['?qualifier=prod', 404, 'AliasNotFound', "alias 'prod' of function 'f' does not exist"],
  ])('qualifier %s → %s %s', async (query, status, code?: string, message?: string) => {
    const { emulator } = await withFunction();
    const got = await call(emulator, 'GET', `/functions/f${query}`);
    expect(got.status).toBe(status);
    if (code) expect(got.json).toMatchObject({ Code: code, Message: message });
  });

  it.each([
    ['an encoded slash', '/functions/a%2Fb', 'functionName-pattern'],
    ['unicode', '/functions/%E2%82%AC', 'functionName-pattern'],
    ['a leading digit', '/functions/9lives', 'functionName-pattern'],
    ['65 characters', `/functions/${'a'.repeat(65)}`, 'functionName-length'],
  ])('400 InvalidArgument naming the rule for a path name with %s', async (_what, path, ruleId) => {
    const { emulator } = await withFunction();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await call(emulator, method, path, method === 'PUT' ? {} : undefined);
      expect(answer.status).toBe(400);
      expect(answer.json?.Code).toBe('InvalidArgument');
      expect(String(answer.json?.Message)).toContain('functionName');
    }
    expect(emulator.calls({ outcome: 'rejected' }).map((c) => c.ruleId)).toEqual([ruleId, ruleId, ruleId]);
  });

  it('quotes a long invalid path name cut at 100 characters, the ellipsis inside the quotes', async () => {
    const emulator = createEmulator({ rules: { 'functionName-length': false } });
    const name = `9${'a'.repeat(149)}`;
    const message = String((await call(emulator, 'GET', `/functions/${name}`)).json?.Message);
    expect(message).toContain(`functionName "${name.slice(0, 100)}…" is invalid`);
  });

  it('with the inferred path rules switched off, a bad path name is simply not found', async () => {
    const emulator = createEmulator({
      rules: { 'functionName-pattern': false, 'functionName-length': false },
    });
    expect((await call(emulator, 'GET', '/functions/9lives')).json?.Code).toBe('FunctionNotFound');
    expect((await call(emulator, 'GET', `/functions/${'a'.repeat(65)}`)).json?.Code).toBe('FunctionNotFound');
    // the documented create rule stays on
    expect(
      (await call(emulator, 'POST', '/functions', minimalInput({ functionName: '9lives' }))).status,
    ).toBe(400);
  });

  it('400 for broken percent-encoding and for a body on GET or DELETE, `{}` aside', async () => {
    const { emulator } = await withFunction();
    expect((await call(emulator, 'GET', '/functions/%E2%82')).json?.Code).toBe('InvalidArgument');
    // fetch cannot send a GET body; the wire level can (and raw HTTP clients do).
    const url = 'http://127.0.0.1:9000/2023-03-30/functions/f';
    const get = (body: string) =>
      emulator.dispatch({ method: 'GET', url, headers: {}, body: new TextEncoder().encode(body) });
    const withBody = await get('{"qualifier":"LATEST"}');
    expect(withBody.status).toBe(400);
    expect(JSON.parse(withBody.body)).toMatchObject({
      Code: 'InvalidArgument',
      Message: 'GetFunction takes no request body, got 22 bytes',
    });
    // An empty object is no body: terraform sends one on UntagResources.
    expect((await get('{}')).status).toBe(200);
    expect((await call(emulator, 'DELETE', '/functions/f', 'x')).status).toBe(400);
    expect((await call(emulator, 'GET', '/functions/f')).status).toBe(200);
  });

  // No body is what body.ts `isNoBody` says, for this operation and for the optional-body ones
  // alike: nothing but JSON white space, or `{}` as JSON.parse reads it; JSON white space is
  // space, tab, LF and CR only (RFC 8259 §2), and a leading BOM is dropped as parseBody drops it.
  it.each(
    [
      { given: '\ufeff', want: 200 },
      { given: ' \r\n\t', want: 200 },
      { given: '\ufeff \n', want: 200 },
      { given: '\ufeff\ufeff', want: 400 },
      { given: '\u00a0', want: 400 },
      { given: '{}', want: 200 },
      { given: ' \t{\r\n}\n ', want: 200 },
      { given: '\ufeff{}', want: 200 },
      { given: '{\u00a0}', want: 400 },
      { given: '\u00a0{}', want: 400 },
      { given: '{}\u2028', want: 400 },
      { given: '{\ufeff}', want: 400 },
      { given: '\ufeff\ufeff{}', want: 400 },
      { given: '{\v}', want: 400 },
    ].map((row) => ({ ...row, shown: JSON.stringify(row.given) })),
  )(
    'a GET body $shown is no body only if it is JSON white space or JSON’s empty object: $want',
    async ({ given, want }) => {
      const { emulator } = await withFunction();
      const url = 'http://127.0.0.1:9000/2023-03-30/functions/f';
      const got = await emulator.dispatch({
        method: 'GET',
        url,
        headers: {},
        body: new TextEncoder().encode(given),
      });
      expect(got.status).toBe(want);
      if (want === 400)
        expect(JSON.parse(got.body).Message).toMatch(/^GetFunction takes no request body, got \d+ bytes$/);
    },
  );
});

describe('UpdateFunction (C)', () => {
  it('merges top-level keys: present ones replace, absent ones stay (C.2)', async () => {
    const { emulator, created } = await withFunction({
      description: 'old',
      environmentVariables: { A: '1', B: '2' },
      memorySize: 1024,
      cpu: 0.5,
    });
    now = new Date('2024-05-06T08:00:00Z');
    const updated = await call(emulator, 'PUT', '/functions/f', {
      environmentVariables: { C: '3' },
      timeout: 60,
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      description: 'old',
      environmentVariables: { C: '3' },
      timeout: 60,
      memorySize: 1024,
      cpu: 0.5,
      functionId: created.functionId,
      functionArn: created.functionArn,
      createdTime: '2024-05-06T07:08:09Z',
      lastModifiedTime: '2024-05-06T08:00:00Z',
      codeChecksum: EMPTY_ZIP_CRC64,
    });
    expect(await call(emulator, 'GET', '/functions/f')).toMatchObject({ json: updated.json });
  });

  it('re-checks every rule on the merged configuration (cpu:memory ratio, C.5)', async () => {
    const { emulator } = await withFunction({ memorySize: 512, cpu: 0.35 });
    const tooMuch = await call(emulator, 'PUT', '/functions/f', { memorySize: 4096 });
    expect(tooMuch.status).toBe(400);
    expect(emulator.calls().at(-1)?.ruleId).toBe('cpu-memory-ratio');
    const both = await call(emulator, 'PUT', '/functions/f', { memorySize: 1024, cpu: 1 });
    expect(both.json).toMatchObject({ memorySize: 1024, cpu: 1 });
    const badType = await call(emulator, 'PUT', '/functions/f', { timeout: 'long' });
    expect(badType.json).toMatchObject({
      Code: 'InvalidArgument',
      Message: 'timeout must be of type integer, got "long"',
    });
  });

  it('recomputes code checksum and size for new code, keeps them otherwise', async () => {
    const { emulator } = await withFunction();
    const oss = await call(emulator, 'PUT', '/functions/f', {
      code: { ossBucketName: 'b', ossObjectName: 'o.zip', checksum: '42' },
    });
    expect(oss.json).toMatchObject({ codeChecksum: '42', codeSize: 0 });
    const zip = await call(emulator, 'PUT', '/functions/f', { code: { zipFile: EMPTY_ZIP } });
    expect(zip.json).toMatchObject({ codeChecksum: EMPTY_ZIP_CRC64, codeSize: 22 });
    const noCode = await call(emulator, 'PUT', '/functions/f', { description: 'd' });
    expect(noCode.json).toMatchObject({ codeChecksum: EMPTY_ZIP_CRC64, codeSize: 22 });
    const bad = await call(emulator, 'PUT', '/functions/f', { code: { zipFile: 'not base64!' } });
    expect(bad.status).toBe(400);
    expect(emulator.calls().at(-1)?.ruleId).toBe('zipFile-base64');
  });

  it('ignores tags, resourceGroupId and a matching functionName; refuses a different name (C.1)', async () => {
    const { emulator, created } = await withFunction({ tags: [{ Key: 'k', Value: 'v' }] });
    const ok = await call(emulator, 'PUT', '/functions/f', {
      functionName: 'f',
      tags: [],
      resourceGroupId: 'rg-x',
      handler: 'main.h',
    });
    expect(ok.json).toMatchObject({
      tags: [{ Key: 'k', Value: 'v' }],
      resourceGroupId: created.resourceGroupId,
      handler: 'main.h',
    });
    const other = await call(emulator, 'PUT', '/functions/f', { functionName: 'g' });
    expect(other.status).toBe(400);
    expect(emulator.calls().at(-1)?.ruleId).toBe('update-name-matches-path');
    const off = createEmulator({ rules: { 'update-name-matches-path': false } });
    await call(off, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    expect((await call(off, 'PUT', '/functions/f', { functionName: 'g' })).status).toBe(200);
  });

  it('switches between code and image only when the body brings the other source (C.1, inferred)', async () => {
    const { emulator } = await withFunction();
    const toImage = await call(emulator, 'PUT', '/functions/f', {
      runtime: 'custom-container',
      customContainerConfig: { image: 'registry.cn-hangzhou.aliyuncs.com/a/b:1' },
    });
    expect(toImage.status).toBe(200);
    expect(toImage.json).toMatchObject({ runtime: 'custom-container', codeSize: 0, codeChecksum: '0' });
    now = new Date(now.getTime() + 10_000);
    const noSource = await call(emulator, 'PUT', '/functions/f', { runtime: 'python3.10' });
    expect(noSource.status).toBe(400);
    expect(emulator.calls().at(-1)?.ruleId).toBe('code-required-for-code-runtimes');
    const back = await call(emulator, 'PUT', '/functions/f', {
      runtime: 'python3.10',
      code: { zipFile: EMPTY_ZIP },
    });
    expect(back.json).toMatchObject({ runtime: 'python3.10', codeSize: 22 });
    expect(back.json).not.toHaveProperty('customContainerConfig');
  });

  it('404 for a missing function; 400 for a body that is not a JSON object, or none (as on create)', async () => {
    const { emulator } = await withFunction();
    expect((await call(emulator, 'PUT', '/functions/nope', {})).json?.Code).toBe('FunctionNotFound');
    for (const body of ['[]', '"x"', '{', 'null']) {
      const answer = await call(emulator, 'PUT', '/functions/f', body);
      expect(answer.status).toBe(400);
      expect(answer.json?.Code).toBe('InvalidArgument');
    }
    expect((await call(emulator, 'PUT', '/functions/f', '')).json).toMatchObject({
      Code: 'InvalidArgument',
      Message: 'request body is empty; a JSON object is required',
    });
    // Blank is JSON white space only: U+00A0 is text JSON refuses, not an empty body.
    expect((await call(emulator, 'PUT', '/functions/f', '\u00a0')).json?.Message).toContain('not valid JSON');
  });

  it('a null field is refused as on create, `code` included: null never means "keep" (C.1)', async () => {
    const { emulator } = await withFunction();
    for (const field of ['description', 'code']) {
      const created = await call(emulator, 'POST', '/functions', minimalInput({ [field]: null }));
      const updated = await call(emulator, 'PUT', '/functions/f', { [field]: null });
      expect(created.status, field).toBe(400);
      expect({ ...updated.json, RequestId: '' }, field).toEqual({ ...created.json, RequestId: '' });
    }
  });
});

describe('DeleteFunction (D)', () => {
  it('204 without a body; then Get is 404 and the name can be created again with a new id', async () => {
    const { emulator, created } = await withFunction();
    const deleted = await call(emulator, 'DELETE', '/functions/f');
    expect(deleted).toMatchObject({ status: 204, json: undefined });
    expect((await call(emulator, 'GET', '/functions/f')).status).toBe(404);
    expect((await call(emulator, 'DELETE', '/functions/f')).json?.Code).toBe('FunctionNotFound');
    const again = await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    expect(again.status).toBe(200);
    expect(again.json?.functionId).not.toBe(created.functionId);
  });
});

describe('ListFunctions (E)', () => {
  async function many(names: string[]) {
    const emulator = createEmulator();
    for (const name of names)
      await call(emulator, 'POST', '/functions', minimalInput({ functionName: name }));
    return emulator;
  }

  it('lists in name order, 20 by default, without the state fields (E.2)', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `fn-${String(24 - i).padStart(2, '0')}`);
    const emulator = await many(names);
    const first = await call(emulator, 'GET', '/functions');
    const listed = first.json?.functions as Array<Record<string, unknown>>;
    expect(listed.map((f) => f.functionName)).toEqual([...names].sort().slice(0, 20));
    expect(typeof first.json?.nextToken).toBe('string');
    for (const field of [
      'state',
      'stateReason',
      'stateReasonCode',
      'lastUpdateStatus',
      'lastUpdateStatusReason',
      'lastUpdateStatusReasonCode',
    ]) {
      expect(listed[0]).not.toHaveProperty(field);
    }
    const got = (await call(emulator, 'GET', '/functions/fn-00')).json as Record<string, unknown>;
    const {
      state,
      stateReason,
      stateReasonCode,
      lastUpdateStatus,
      lastUpdateStatusReason,
      lastUpdateStatusReasonCode,
      ...rest
    } = got;
    expect(listed[0]).toEqual(rest);
  });

  it.each([1, 2, 3, 7, 50, 100])('pages with limit %i visit every function once, in order', async (limit) => {
    const names = Array.from({ length: 23 }, (_, i) => `p-${(i * 7919) % 101}`);
    const emulator = await many(names);
    const seen: string[] = [];
    let token = '';
    for (let page = 0; page < 30; page++) {
      const answer = await call(
        emulator,
        'GET',
        `/functions?limit=${limit}&nextToken=${encodeURIComponent(token)}`,
      );
      seen.push(
        ...((answer.json?.functions ?? []) as Array<{ functionName: string }>).map((f) => f.functionName),
      );
      if (!answer.json?.nextToken) break;
      token = answer.json.nextToken as string;
    }
    expect(seen).toEqual([...new Set(names)].sort());
  });

  it('filters by prefix, runtime and tags', async () => {
    const emulator = createEmulator();
    await call(
      emulator,
      'POST',
      '/functions',
      minimalInput({ functionName: 'app-a', tags: [{ Key: 'team', Value: 'x' }] }),
    );
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'app-b', runtime: 'nodejs20' }));
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'other' }));
    const names = async (query: string) =>
      (
        ((await call(emulator, 'GET', `/functions?${query}`)).json?.functions ?? []) as Array<{
          functionName: string;
        }>
      ).map((f) => f.functionName);
    expect(await names('prefix=app-')).toEqual(['app-a', 'app-b']);
    expect(await names('prefix=&nextToken=')).toEqual(['app-a', 'app-b', 'other']);
    expect(await names('runtime=nodejs20')).toEqual(['app-b']);
    expect(await names(`tags=${encodeURIComponent('[{"Key":"team","Value":"x"}]')}`)).toEqual(['app-a']);
    expect(await names('tags=%5B%5D')).toEqual(['app-a', 'app-b', 'other']);
    expect(await names('fcVersion=v2')).toEqual([]);
  });

  it.each([
    ['limit=0', 'list-limit-range'],
    ['limit=101', 'list-limit-range'],
    ['limit=abc', 'list-limit-range'],
    ['limit=1.5', 'list-limit-range'],
    ['nextToken=forged', 'list-next-token'],
    [`nextToken=${btoa('7#f')}`, 'list-next-token'],
    ['tags=nope', 'list-tags-json'],
    ['tags=%5B1%5D', 'list-tags-json'],
    ['fcVersion=v9', 'list-fc-version-enum'],
  ])('400 InvalidArgument for %s (%s)', async (query, ruleId) => {
    const emulator = await many(['f']);
    const answer = await call(emulator, 'GET', `/functions?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.json?.Code).toBe('InvalidArgument');
    expect(emulator.calls().at(-1)?.ruleId).toBe(ruleId);
  });

  it('refuses a token from before reset()', async () => {
    const emulator = await many(['a', 'b']);
    const token = (await call(emulator, 'GET', '/functions?limit=1')).json?.nextToken as string;
    expect((await call(emulator, 'GET', `/functions?nextToken=${encodeURIComponent(token)}`)).status).toBe(
      200,
    );
    emulator.reset();
    expect((await call(emulator, 'GET', `/functions?nextToken=${encodeURIComponent(token)}`)).status).toBe(
      400,
    );
  });
});
