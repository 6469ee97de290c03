/**
 * terraform end to end, part three: `alicloud_fcv3_function_version` and `alicloud_fcv3_alias`
 * (lifecycle reference H.5) over the ROA v1 transport, every signature verified; each test
 * creates the function it changes. Same server setup as terraform.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createFunction, deleteFunction, minimalFunction, updateFunction } from './terraform.ts';
import { terraformServer } from './terraform-server.ts';
import {
  createAlias,
  createVersion,
  deleteAlias,
  deleteVersion,
  readAlias,
  readVersion,
  updateAlias,
} from './terraform-version.ts';

const tf = terraformServer();

describe('alicloud_fcv3_function_version (lifecycle H.5)', () => {
  it('create → read (GetFunction ?qualifier) → destroy, the id <fn>:<versionId> from the answer', async () => {
    const fn = await createFunction(tf.io, minimalFunction('tf-ver'));
    await tf.skip();
    const held = await createVersion(tf.io, { functionName: 'tf-ver', description: 'release 1' });
    expect(held).toMatchObject({
      id: 'tf-ver:1',
      remote: { description: 'release 1', functionName: 'tf-ver', createdTime: expect.any(String) },
    });
    // A plan after apply: the version's description reads back unchanged, LATEST moves on.
    await updateFunction(tf.io, { id: fn.id, prior: fn.args, next: { ...fn.args, memorySize: 1024 } });
    expect(await readVersion(tf.io, { id: held.id, isNew: false })).toEqual(held.remote);
    expect((await createVersion(tf.io, { functionName: 'tf-ver' })).id).toBe('tf-ver:2');
    expect(await deleteVersion(tf.io, held.id)).toBe(204);
    expect(await readVersion(tf.io, { id: held.id, isNew: false })).toBeUndefined();
    expect(await deleteFunction(tf.io, 'tf-ver')).toBe(204);
    const { lines, all } = await tf.journal();
    expect(lines).toEqual([
      'PublishFunctionVersion 200',
      'GetFunction 200',
      'UpdateFunction 200',
      'GetFunction 200',
      'GetFunction 200',
      'PublishFunctionVersion 200',
      'GetFunction 200',
      'DeleteFunctionVersion 204',
      'GetFunction 404 VersionNotFound',
      'DeleteFunction 204',
    ]);
    expect(all.filter((c) => c.operation === 'PublishFunctionVersion').map((c) => c.input)).toEqual([
      { description: 'release 1' },
      {},
    ]);
  });
});

describe('alicloud_fcv3_alias (lifecycle H.5)', () => {
  it('create → read → update → destroy, the id <fn>:<aliasName> from the answer; the version goes after', async () => {
    await createFunction(tf.io, minimalFunction('tf-al'));
    const [v1, v2] = [
      await createVersion(tf.io, { functionName: 'tf-al' }),
      await createVersion(tf.io, { functionName: 'tf-al' }),
    ];
    await tf.skip();
    const args = {
      functionName: 'tf-al',
      aliasName: 'prod',
      versionId: '1',
      additionalVersionWeight: { '2': 0.2 },
    };
    const held = await createAlias(tf.io, args);
    expect(held).toMatchObject({
      id: 'tf-al:prod',
      remote: { versionId: '1', additionalVersionWeight: { '2': 0.2 } },
    });
    const next = { ...args, versionId: '2', additionalVersionWeight: {}, description: 'promoted' };
    const updated = await updateAlias(tf.io, { id: held.id, before: args, next });
    expect(updated.remote).toMatchObject({
      versionId: '2',
      description: 'promoted',
      additionalVersionWeight: {},
    });
    // terraform destroys the alias before the version it depends on.
    await expect(deleteVersion(tf.io, v2.id)).rejects.toThrow(/InvalidArgument: code: 400, version '2'/);
    expect(await deleteAlias(tf.io, held.id)).toBe(204);
    expect(await deleteAlias(tf.io, held.id)).toBe(404);
    expect(await readAlias(tf.io, held.id)).toBeUndefined();
    for (const version of [v2, v1]) expect(await deleteVersion(tf.io, version.id)).toBe(204);
    expect(await deleteFunction(tf.io, 'tf-al')).toBe(204);
    const { lines } = await tf.journal();
    expect(lines).toEqual([
      'CreateAlias 200',
      'GetAlias 200',
      'UpdateAlias 200',
      'GetAlias 200',
      'DeleteFunctionVersion 400 InvalidArgument',
      'DeleteAlias 204',
      'DeleteAlias 404 AliasNotFound',
      'GetAlias 404 AliasNotFound',
      'DeleteFunctionVersion 204',
      'DeleteFunctionVersion 204',
      'DeleteFunction 204',
    ]);
  });
});
