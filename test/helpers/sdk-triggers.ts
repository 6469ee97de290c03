/**
 * The official SDK 4.x, unmodified: every trigger call (create, get, update, delete, list paged
 * to the end), the tag calls (tagResources, untagResources, their effect on getFunction and the
 * listFunctions `tags` filter), the absent-setting reads `s deploy` makes, and each documented
 * error with its code, status and message. Shared by the MSW, nock and `serve` tests.
 */
import * as fc from '@alicloud/fc20230330';
import { expect, it } from 'vitest';
import type { Emulator } from '../../mocks/index.ts';
import { failure } from './sdk-resource.ts';

type Client = InstanceType<(typeof fc.default)['default']>;

/** What {@link sdkTriggerCases} needs. */
export interface TriggerSetup {
  client: () => Client;
  emulator: () => Emulator;
}

const ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';
const HTTP_CONFIG = JSON.stringify({ authType: 'anonymous', methods: ['GET', 'POST'] });

/**
 * Creates a python3.10 code-package function through the SDK, with tags when given.
 *
 * @example
 * await createCodeFunction(client, { functionName: 'f' });
 */
export function createCodeFunction(
  client: Client,
  options: { functionName: string; tags?: Array<{ key: string; value: string }> },
) {
  const { functionName, tags } = options;
  return client.createFunction(
    new fc.CreateFunctionRequest({
      body: new fc.CreateFunctionInput({
        functionName,
        runtime: 'python3.10',
        handler: 'index.handler',
        code: new fc.InputCodeLocation({ zipFile: ZIP }),
        ...(tags ? { tags: tags.map((tag) => new fc.Tag(tag)) } : {}),
      }),
    }),
  );
}

/**
 * Registers the trigger and tag cases in the current `describe` (each starts from a reset emulator).
 *
 * @example
 * describe('through msw', () => sdkTriggerCases({ client: () => sdkClient(), emulator: () => emulator }));
 */
export function sdkTriggerCases({ client, emulator }: TriggerSetup): void {
  const createFn = (functionName: string, tags?: Array<{ key: string; value: string }>) =>
    createCodeFunction(client(), { functionName, tags });
  const createTrigger = (fn: string, fields: Record<string, unknown>) =>
    client().createTrigger(fn, new fc.CreateTriggerRequest({ body: new fc.CreateTriggerInput(fields) }));
  const http = (name: string) => ({ triggerName: name, triggerType: 'http', triggerConfig: HTTP_CONFIG });
  const arn = (fn: string) => `acs:fc:${emulator().regionId}:${emulator().accountId}:functions/${fn}`;

  it('createTrigger answers the Trigger with its id and the http addresses; getTrigger reads it back', async () => {
    await createFn('tr-web');
    const created = await createTrigger('tr-web', { ...http('web'), qualifier: 'LATEST', description: '' });
    expect(created.statusCode).toBe(200);
    expect(created.body).toMatchObject({
      triggerName: 'web',
      triggerType: 'http',
      triggerConfig: HTTP_CONFIG,
      qualifier: 'LATEST',
      status: 'OK',
      targetArn: arn('tr-web'),
    });
    expect(created.body?.triggerId).toMatch(/^[0-9a-f-]{36}$/);
    const region = emulator().regionId;
    expect(created.body?.httpTrigger?.urlInternet).toMatch(
      new RegExp(`^https://tr-web-[a-z]{10}\\.${region}\\.fcapp\\.run$`),
    );
    expect(created.body?.httpTrigger?.urlIntranet).toBe(
      created.body?.httpTrigger?.urlInternet?.replace(`.${region}.`, `.${region}-vpc.`),
    );
    const got = await client().getTrigger('tr-web', 'web');
    expect(got.body?.toMap()).toEqual(created.body?.toMap());
    expect(JSON.parse(got.body?.triggerConfig ?? '')).toEqual({
      authType: 'anonymous',
      methods: ['GET', 'POST'],
    });
  });

  it('a timer trigger has no httpTrigger; updateTrigger replaces the given fields only', async () => {
    await createFn('tr-timer');
    const config = JSON.stringify({ cronExpression: '@every 5m', enable: true, payload: 'x' });
    await createTrigger('tr-timer', { triggerName: 'tick', triggerType: 'timer', triggerConfig: config });
    const next = JSON.stringify({ cronExpression: '0 0 4 * * *', enable: false });
    const updated = await client().updateTrigger(
      'tr-timer',
      'tick',
      new fc.UpdateTriggerRequest({
        body: new fc.UpdateTriggerInput({ triggerConfig: next, description: 'nightly' }),
      }),
    );
    expect(updated.body).toMatchObject({ triggerConfig: next, description: 'nightly', qualifier: 'LATEST' });
    expect(updated.body?.httpTrigger).toBeUndefined();
  });

  it('listTriggers pages with prefix, limit and nextToken to the end, every trigger once', async () => {
    await createFn('tr-list');
    for (const name of ['c', 'a', 'b2', 'b1', 'd']) await createTrigger('tr-list', http(name));
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await client().listTriggers(
        'tr-list',
        new fc.ListTriggersRequest({ limit: 2, nextToken }),
      );
      seen.push(...(page.body?.triggers ?? []).map((t) => t.triggerName ?? ''));
      nextToken = page.body?.nextToken;
    } while (nextToken);
    expect(seen).toEqual(['a', 'b1', 'b2', 'c', 'd']);
    const prefixed = await client().listTriggers('tr-list', new fc.ListTriggersRequest({ prefix: 'b' }));
    expect(prefixed.body?.triggers?.map((t) => t.triggerName)).toEqual(['b1', 'b2']);
  });

  it('deleteTrigger answers 204; deleteFunction is FunctionNotEmpty (409) until the last trigger is gone', async () => {
    await createFn('tr-del');
    await createTrigger('tr-del', http('t'));
    const refused = await failure(client().deleteFunction('tr-del'));
    expect(refused).toMatchObject({ code: 'FunctionNotEmpty', statusCode: 409 });
    expect(refused.message).toMatch(
      /^FunctionNotEmpty: code: 409, function 'tr-del' has active triggers request id: 1-/,
    );
    expect((await client().deleteTrigger('tr-del', 't')).statusCode).toBe(204);
    expect((await client().deleteFunction('tr-del')).statusCode).toBe(204);
  });

  it.each([
    ['a duplicate name', 'TriggerAlreadyExists', 409, "trigger 'dup' of function 'tr-err' already exists"],
    ['a missing function', 'FunctionNotFound', 404, "function 'tr-none' does not exist."],
    ['a bad name', 'InvalidArgument', 400, 'triggerName "9bad" is invalid'],
    ['a bad type', 'InvalidArgument', 400, 'triggerType "webhook" is not one of'],
    ['config that is not JSON', 'InvalidArgument', 400, 'triggerConfig must be the JSON text of an object'],
    ['an unknown HTTP method', 'InvalidArgument', 400, 'triggerConfig.methods[0] "FETCH"'],
    ['a bad cron expression', 'InvalidArgument', 400, 'triggerConfig.cronExpression "every day"'],
  ])('createTrigger with %s answers %s', async (label, code, status, message) => {
    await createFn('tr-err');
    await createTrigger('tr-err', http('dup'));
    const fields: Record<string, Record<string, unknown>> = {
      'a duplicate name': http('dup'),
      'a missing function': http('t'),
      'a bad name': http('9bad'),
      'a bad type': { ...http('t'), triggerType: 'webhook' },
      'config that is not JSON': { ...http('t'), triggerConfig: '{authType' },
      'an unknown HTTP method': { ...http('t'), triggerConfig: '{"methods":["FETCH"]}' },
      'a bad cron expression': {
        triggerName: 't',
        triggerType: 'timer',
        triggerConfig: '{"cronExpression":"every day"}',
      },
    };
    const fn = label === 'a missing function' ? 'tr-none' : 'tr-err';
    const error = await failure(createTrigger(fn, fields[label] as Record<string, unknown>));
    expect(error).toMatchObject({ name: 'ClientError', code, statusCode: status });
    expect(error.message).toContain(message);
  });

  it('the 51st trigger of a function is LimitExceeded', async () => {
    await createFn('tr-max');
    for (let i = 0; i < 50; i++) await createTrigger('tr-max', http(`t${String(i).padStart(2, '0')}`));
    const error = await failure(createTrigger('tr-max', http('t50')));
    expect(error).toMatchObject({ code: 'LimitExceeded', statusCode: 400 });
  });

  it('get, update and delete of a missing trigger answer TriggerNotFound (404)', async () => {
    await createFn('tr-miss');
    const update = new fc.UpdateTriggerRequest({ body: new fc.UpdateTriggerInput({ description: 'x' }) });
    for (const call of [
      () => client().getTrigger('tr-miss', 'nope'),
      () => client().updateTrigger('tr-miss', 'nope', update),
      () => client().deleteTrigger('tr-miss', 'nope'),
    ]) {
      const error = await failure(call());
      expect(error).toMatchObject({ code: 'TriggerNotFound', statusCode: 404 });
      expect(error.message).toContain("trigger 'nope' of function 'tr-miss' does not exist");
    }
  });

  it('tagResources adds tags that getFunction and the listFunctions tags filter see; untagResources removes them', async () => {
    await createFn('tg-a', [{ key: 'team', value: 'web' }]);
    await createFn('tg-b');
    const tagged = await client().tagResources(
      new fc.TagResourcesRequest({
        body: new fc.TagResourcesInput({
          resourceId: [arn('tg-a'), arn('tg-b')],
          resourceType: 'FUNCTION',
          tag: [new fc.Tag({ key: 'env', value: 'prod' }), new fc.Tag({ key: 'team', value: 'api' })],
        }),
      }),
    );
    expect(tagged.statusCode).toBe(204);
    const a = await client().getFunction('tg-a', new fc.GetFunctionRequest({}));
    expect(a.body?.tags?.map((t) => [t.key, t.value])).toEqual([
      ['team', 'api'],
      ['env', 'prod'],
    ]);
    const listed = await client().listFunctions(
      new fc.ListFunctionsRequest({ tags: [new fc.Tag({ key: 'env', value: 'prod' })] }),
    );
    expect(listed.body?.functions?.map((f) => f.functionName)).toEqual(['tg-a', 'tg-b']);
    const untagged = await client().untagResources(
      new fc.UntagResourcesRequest({ resourceId: [arn('tg-a')], resourceType: 'function', tagKey: ['env'] }),
    );
    expect(untagged.statusCode).toBe(204);
    const after = await client().listFunctions(
      new fc.ListFunctionsRequest({ tags: [new fc.Tag({ key: 'env', value: 'prod' })] }),
    );
    expect(after.body?.functions?.map((f) => f.functionName)).toEqual(['tg-b']);
    await client().untagResources(
      new fc.UntagResourcesRequest({ resourceId: [arn('tg-b')], resourceType: 'function', all: true }),
    );
    expect((await client().getFunction('tg-b', new fc.GetFunctionRequest({}))).body?.tags).toEqual([]);
    expect(
      emulator()
        .calls({ operation: 'UntagResources' })
        .map((c) => c.status),
    ).toEqual([204, 204]);
  });

  it.each([
    ['an unknown function', 'FunctionNotFound', 404],
    ['a resource type other than function', 'InvalidArgument', 400],
    ['a name instead of an ARN', 'InvalidArgument', 400],
  ])('tagResources with %s answers %s', async (label, code, status) => {
    const resourceId = label === 'a name instead of an ARN' ? ['tg-x'] : [arn('tg-none')];
    const resourceType = label === 'a resource type other than function' ? 'alias' : 'function';
    const request = new fc.TagResourcesRequest({
      body: new fc.TagResourcesInput({
        resourceId,
        resourceType,
        tag: [new fc.Tag({ key: 'k', value: 'v' })],
      }),
    });
    expect(await failure(client().tagResources(request))).toMatchObject({ code, statusCode: status });
  });

  it('untagResources without keys and without All is InvalidArgument', async () => {
    await createFn('tg-c');
    const request = new fc.UntagResourcesRequest({ resourceId: [arn('tg-c')], resourceType: 'function' });
    expect(await failure(client().untagResources(request))).toMatchObject({
      code: 'InvalidArgument',
      statusCode: 400,
    });
  });

  it('the settings s deploy reads answer FC’s not-found or an empty list, not PathNotSupported', async () => {
    await createFn('set-a');
    const notFound = await failure(
      client().getAsyncInvokeConfig('set-a', new fc.GetAsyncInvokeConfigRequest({ qualifier: 'LATEST' })),
    );
    expect(notFound).toMatchObject({ code: 'AsyncConfigNotExists', statusCode: 404 });
    expect(notFound.message).toContain('AsyncConfig for set-a:LATEST does not exist.');
    expect(await failure(client().getConcurrencyConfig('set-a'))).toMatchObject({
      code: 'OnDemandConfigNotFound',
      statusCode: 404,
    });
    const scaling = await client().getScalingConfig(
      'set-a',
      new fc.GetScalingConfigRequest({ qualifier: 'LATEST' }),
    );
    expect(scaling.body?.functionArn).toBeUndefined();
    const provision = await client().getProvisionConfig('set-a', new fc.GetProvisionConfigRequest({}));
    expect(provision.body).toMatchObject({ target: 0 });
    expect((await client().listVpcBindings('set-a')).body?.vpcIds).toEqual([]);
    expect(
      (await client().listAliases('set-a', new fc.ListAliasesRequest({ limit: 100 }))).body?.aliases,
    ).toEqual([]);
    const versions = await client().listFunctionVersions(
      'set-a',
      new fc.ListFunctionVersionsRequest({ limit: 100 }),
    );
    expect(versions.body?.versions).toEqual([]);
    const configs = await client().listAsyncInvokeConfigs(
      new fc.ListAsyncInvokeConfigsRequest({ functionName: 'set-a' }),
    );
    expect(configs.body?.configs).toEqual([]);
    const scalings = await client().listScalingConfigs(
      new fc.ListScalingConfigsRequest({ functionName: 'set-a' }),
    );
    expect(scalings.body?.scalingConfigs).toEqual([]);
    expect(await failure(client().listVpcBindings('set-none'))).toMatchObject({
      code: 'FunctionNotFound',
      statusCode: 404,
    });
    expect(
      emulator()
        .calls()
        .filter((c) => c.code === 'PathNotSupported'),
    ).toEqual([]);
  });
}
