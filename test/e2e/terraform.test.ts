/**
 * terraform end to end: what `alicloud_fcv3_function` sends (lifecycle reference H.4), over real
 * HTTP on loopback, ROA v1 signed by the SDK stack's own signer (H.6), against `startServer`
 * with credentials, so every signature is verified. Each test asserts the emulator's journal —
 * every (operation, status) in order, read through the control API — and the facts terraform
 * relies on: `functionName` in the create answer, read-after-create, tags after `tags-v2`, a
 * 404 on delete as success. The trigger resource, errors, `invocation_restriction` and
 * `resource_group_id`: terraform-trigger.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Call } from './journal.ts';
import {
  createFunction,
  deleteFunction,
  minimalFunction,
  readFunction,
  updateFunction,
} from './terraform.ts';
import { roa } from './terraform-roa.ts';
import { terraformServer } from './terraform-server.ts';

const tf = terraformServer();
const journal = () => tf.journal();

const fn = minimalFunction;
/** terraform's `tags` map from a Function body (wire `Key`/`Value` pairs). */
const tagMap = (remote: Record<string, unknown> | undefined) =>
  Object.fromEntries(
    ((remote?.tags ?? []) as Array<{ Key: string; Value: string }>).map((t) => [t.Key, t.Value]),
  );

describe('alicloud_fcv3_function (lifecycle H.4)', () => {
  it('basic create: POST functions → GET fn, ROA v1 headers exactly as tea-roa sends them', async () => {
    const state = await createFunction(tf.io, { ...fn('tf-basic'), memorySize: 512 });
    expect(state).toMatchObject({ id: 'tf-basic', remote: { functionName: 'tf-basic', memorySize: 512 } });
    const { lines, all } = await journal();
    expect(lines).toEqual(['CreateFunction 200', 'GetFunction 200']);
    for (const call of all) {
      expect(call.headers.authorization).toMatch(/^acs tfAK:[A-Za-z0-9+/]{27}=$/);
      expect(call.headers).toMatchObject({
        accept: 'application/json',
        'x-acs-signature-method': 'HMAC-SHA1',
        'x-acs-signature-version': '1.0',
        'x-acs-version': '2023-03-30',
      });
      expect(call.headers.date).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
      const unsent = Object.keys(call.headers).filter((name) =>
        /^x-acs-(action|date|content-sha256)$/.test(name),
      );
      expect(unsent).toEqual([]);
    }
    expect(all.map((c) => c.headers['content-type'])).toEqual(['application/json; charset=utf-8', undefined]);
    expect(all[0]?.input).toEqual({ ...fn('tf-basic'), memorySize: 512 });
  });

  it('create with tags: POST (capital-T Tags) → GET → POST tags-v2 → GET; the tags are on GetFunction', async () => {
    const tags = { env: 'prod', team: 'web' };
    const state = await createFunction(tf.io, { ...fn('tf-tags'), tags });
    const { lines, all } = await journal();
    expect(lines).toEqual(['CreateFunction 200', 'GetFunction 200', 'TagResources 204', 'GetFunction 200']);
    expect(all[0]?.input?.Tags).toEqual([
      { Key: 'env', Value: 'prod' },
      { Key: 'team', Value: 'web' },
    ]);
    expect(all[2]?.input).toEqual({
      ResourceId: [state.remote.functionArn],
      ResourceType: 'function',
      Tag: [
        { Key: 'env', Value: 'prod' },
        { Key: 'team', Value: 'web' },
      ],
    });
    expect(tagMap(state.remote)).toEqual(tags);
  });

  it('capital-T Tags in the create body are ignored (ADR 003: no case-insensitive keys); tags-v2 twice is idempotent', async () => {
    const body = { ...fn('tf-caps'), Tags: [{ Key: 'env', Value: 'prod' }] };
    expect(await roa(tf.io, { method: 'POST', path: '/2023-03-30/functions', body })).toMatchObject({
      status: 200,
    });
    const read = async () =>
      (await readFunction(tf.io, { id: 'tf-caps', isNew: false })) as Record<string, unknown>;
    const created = await read();
    expect(tagMap(created)).toEqual({});
    const tag = {
      method: 'POST' as const,
      path: '/2023-03-30/tags-v2',
      body: { ResourceId: [created.functionArn], ResourceType: 'function', Tag: body.Tags },
    };
    for (let i = 0; i < 2; i++)
      expect(await roa(tf.io, tag)).toEqual({ ok: true, status: 204, body: undefined });
    expect((await read()).tags).toEqual([{ Key: 'env', Value: 'prod' }]);
    const listed = await roa(tf.io, {
      method: 'GET',
      path: '/2023-03-30/functions',
      query: { prefix: 'tf-caps', tags: JSON.stringify(body.Tags) },
    });
    const functions = (listed.ok ? listed.body?.functions : undefined) as Array<{ functionName: string }>;
    expect(functions.map((f) => f.functionName)).toEqual(['tf-caps']);
    expect((await journal()).lines).toEqual([
      'CreateFunction 200',
      'GetFunction 200',
      'TagResources 204',
      'TagResources 204',
      'GetFunction 200',
      'ListFunctions 200',
    ]);
  });

  it('a tag removed and one changed: GET → DELETE tags-v2 (TagKey JSON, body {}) → POST tags-v2 → GET', async () => {
    const prior = { ...fn('tf-untag'), tags: { env: 'prod', team: 'web' } };
    await createFunction(tf.io, prior);
    await tf.skip();
    const state = await updateFunction(tf.io, {
      id: 'tf-untag',
      prior,
      next: { ...prior, tags: { env: 'staging' } },
    });
    const { lines, all } = await journal();
    expect(lines).toEqual(['GetFunction 200', 'UntagResources 204', 'TagResources 204', 'GetFunction 200']);
    const untag = new URL((all[1] as Call).url).searchParams;
    expect(Object.fromEntries(untag)).toEqual({
      ResourceId: JSON.stringify([state.remote.functionArn]),
      ResourceType: 'function',
      TagKey: '["team"]',
    });
    expect(tagMap(state.remote)).toEqual({ env: 'staging' });
  });

  it('create with custom_dns and instance_lifecycle_config: POST → PUT re-sending both blocks → GET', async () => {
    const customDNS = {
      nameServers: ['8.8.8.8'],
      searches: ['svc.local'],
      dnsOptions: [{ name: 'ndots', value: '2' }],
    };
    const instanceLifecycleConfig = { initializer: { handler: 'index.init', timeout: 3 } };
    const args = { ...fn('tf-dns'), customDNS, instanceLifecycleConfig };
    const state = await createFunction(tf.io, args);
    const { lines, all } = await journal();
    expect(lines).toEqual(['CreateFunction 200', 'UpdateFunction 200', 'GetFunction 200']);
    expect(all[1]?.input).toEqual({
      customDNS,
      functionName: 'tf-dns',
      handler: 'index.handler',
      instanceLifecycleConfig,
      runtime: 'python3.10',
    });
    expect(state.remote).toMatchObject({ customDNS, instanceLifecycleConfig });
  });

  it('update of memory only: PUT {functionName, runtime, handler, memorySize} → GET; lastModifiedTime moves', async () => {
    const prior = { ...fn('tf-memory'), memorySize: 512 };
    const before = (await createFunction(tf.io, prior)).remote;
    await tf.skip();
    tf.server.emulator.advanceClock(2000);
    const state = await updateFunction(tf.io, {
      id: 'tf-memory',
      prior,
      next: { ...prior, memorySize: 1024 },
    });
    const { lines, all } = await journal();
    expect(lines).toEqual(['UpdateFunction 200', 'GetFunction 200']);
    expect(all[0]?.input).toEqual({
      functionName: 'tf-memory',
      runtime: 'python3.10',
      handler: 'index.handler',
      memorySize: 1024,
    });
    expect(state.remote.memorySize).toBe(1024);
    expect(Date.parse(state.remote.lastModifiedTime as string)).toBeGreaterThan(
      Date.parse(before.lastModifiedTime as string),
    );
  });

  it('destroy: DELETE → 204; DELETE again → 404 FunctionNotFound, success; Read → gone from state', async () => {
    await createFunction(tf.io, fn('tf-destroy'));
    await tf.skip();
    expect(await deleteFunction(tf.io, 'tf-destroy')).toBe(204);
    expect(await deleteFunction(tf.io, 'tf-destroy')).toBe(404);
    expect(await readFunction(tf.io, { id: 'tf-destroy', isNew: false })).toBeUndefined();
    await expect(readFunction(tf.io, { id: 'tf-destroy', isNew: true })).rejects.toThrow(/FunctionNotFound/);
    expect((await journal()).lines).toEqual([
      'DeleteFunction 204',
      'DeleteFunction 404 FunctionNotFound',
      'GetFunction 404 FunctionNotFound',
      'GetFunction 404 FunctionNotFound',
    ]);
  });
});
