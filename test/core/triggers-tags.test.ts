/**
 * Triggers, tags and the absent settings in the core, table-driven (given/want): what each
 * answer carries beyond what the SDK cases check, the rule switches, and that triggers and tags
 * live and die with their function.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const NOW = new Date('2024-05-01T08:00:00Z');
let emulator = createEmulator({ seed: 9, clock: () => NOW });
const ARN = (fn: string) => `acs:fc:cn-hangzhou:1234567890123456:functions/${fn}`;
const httpTrigger = (name: string, config: unknown = { methods: ['GET'] }) => ({
  triggerName: name,
  triggerType: 'http',
  triggerConfig: JSON.stringify(config),
});

beforeEach(async () => {
  emulator = createEmulator({ seed: 9, clock: () => NOW });
  expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(200);
});

describe('CreateTrigger and GetTrigger', () => {
  it('answers the documented Trigger fields, defaults filled, and GetTrigger the same body', async () => {
    const created = await call(emulator, 'POST', '/functions/f/triggers', httpTrigger('t'));
    expect(created.status).toBe(200);
    expect(Object.keys(created.json ?? {})).toEqual([
      'createdTime',
      'description',
      'httpTrigger',
      'lastModifiedTime',
      'qualifier',
      'status',
      'targetArn',
      'triggerConfig',
      'triggerId',
      'triggerName',
      'triggerType',
    ]);
    expect(created.json).toMatchObject({
      createdTime: '2024-05-01T08:00:00Z',
      description: '',
      qualifier: 'LATEST',
    });
    expect((await call(emulator, 'GET', '/functions/f/triggers/t')).json).toEqual(created.json);
    expect(emulator.calls().map((c) => c.operation)).toEqual([
      'CreateFunction',
      'CreateTrigger',
      'GetTrigger',
    ]);
    expect(emulator.calls().at(-1)?.functionName).toBe('f');
  });

  it('stores other trigger types as given, with sourceArn and invocationRole, and no httpTrigger', async () => {
    const oss = {
      triggerName: 'on-upload',
      triggerType: 'oss',
      triggerConfig: '{"events":["oss:ObjectCreated:*"],"anything":1}',
      sourceArn: 'acs:oss:cn-hangzhou:1234567890123456:my-bucket',
      invocationRole: 'acs:ram::1234567890123456:role/fc-test',
    };
    const created = await call(emulator, 'POST', '/functions/f/triggers', oss);
    expect(created.json).toMatchObject(oss);
    expect(created.json).not.toHaveProperty('httpTrigger');
  });

  it.each([
    [{ triggerName: 't' }, 'trigger-input-types', 'triggerType is required'],
    [{ ...httpTrigger('t'), description: 5 }, 'trigger-input-types', 'description must be a string'],
    [
      { ...httpTrigger('t'), triggerConfig: '[1]' },
      'triggerConfig-json',
      'triggerConfig must be the JSON text of an object',
    ],
    [httpTrigger('t', { authType: 'oauth' }), 'http-trigger-config', 'triggerConfig.authType "oauth"'],
    [
      httpTrigger('t', { disableURLInternet: 'yes' }),
      'http-trigger-config',
      'disableURLInternet must be a boolean',
    ],
    [
      { triggerName: 't', triggerType: 'timer', triggerConfig: '{}' },
      'timer-trigger-config',
      'triggerConfig.cronExpression is required',
    ],
    [
      { triggerName: 't', triggerType: 'timer', triggerConfig: '{"cronExpression":5}' },
      'timer-trigger-config',
      'cronExpression must be a string, got 5',
    ],
    [{ ...httpTrigger('t'), triggerName: 1 }, 'trigger-input-types', 'triggerName must be a string, got 1'],
    // 1e400 parses to Infinity, which JSON would show as null.
    [
      { triggerName: 't', triggerType: 'timer', triggerConfig: '{"cronExpression":1e400}' },
      'timer-trigger-config',
      'cronExpression must be a string, got Infinity',
    ],
  ])('refuses %j with rule %s', async (body, ruleId, message) => {
    const answer = await call(emulator, 'POST', '/functions/f/triggers', body);
    expect(answer.status).toBe(400);
    expect(answer.json?.Message).toContain(message);
    expect(emulator.calls().at(-1)?.ruleId).toBe(ruleId);
  });

  it.each([['@every 4m'], ['@every 1h30m'], ['0 0 4 * * *'], ['CRON_TZ=Asia/Shanghai 0 0/5 * * * ?']])(
    'accepts the timer expression %s',
    async (cronExpression) => {
      const body = {
        triggerName: 't',
        triggerType: 'timer',
        triggerConfig: JSON.stringify({ cronExpression }),
      };
      expect((await call(emulator, 'POST', '/functions/f/triggers', body)).status).toBe(200);
    },
  );

  it('with an inferred rule switched off, the shape is not checked; documented ones stay', async () => {
    const lenient = createEmulator({
      rules: { 'http-trigger-config': false, 'triggers-per-function-max': false },
    });
    await call(lenient, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    expect(
      (await call(lenient, 'POST', '/functions/f/triggers', httpTrigger('t', { methods: 'GET' }))).status,
    ).toBe(200);
    expect(
      (await call(lenient, 'POST', '/functions/f/triggers', { ...httpTrigger('u'), triggerConfig: 'x' }))
        .status,
    ).toBe(400);
  });
});

describe('triggers live with their function', () => {
  it('UpdateFunction keeps them; UpdateTrigger keeps name, type, id and createdTime', async () => {
    const created = (await call(emulator, 'POST', '/functions/f/triggers', httpTrigger('t'))).json;
    await call(emulator, 'PUT', '/functions/f', { description: 'changed' });
    emulator.advanceClock(61_000);
    const updated = await call(emulator, 'PUT', '/functions/f/triggers/t', {
      triggerType: 'timer',
      triggerName: 'other',
      triggerConfig: '{"methods":["POST"]}',
    });
    expect(updated.json).toMatchObject({
      triggerName: 't',
      triggerType: 'http',
      triggerId: created?.triggerId,
      createdTime: created?.createdTime,
      lastModifiedTime: '2024-05-01T08:01:01Z',
      httpTrigger: created?.httpTrigger,
    });
    expect(emulator.triggers('f').map((t) => t.triggerConfig)).toEqual(['{"methods":["POST"]}']);
  });

  it('a bad path trigger name is 400 (rule triggerName-format), or simply not found with the rule off', async () => {
    expect((await call(emulator, 'GET', '/functions/f/triggers/9x')).json?.Code).toBe('InvalidArgument');
    const lenient = createEmulator({ rules: { 'triggerName-format': false } });
    await call(lenient, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    expect((await call(lenient, 'GET', '/functions/f/triggers/9x')).json?.Code).toBe('TriggerNotFound');
  });

  it('a function may be created again after its triggers and itself are deleted, without the old triggers', async () => {
    await call(emulator, 'POST', '/functions/f/triggers', httpTrigger('t'));
    expect((await call(emulator, 'DELETE', '/functions/f')).json?.Code).toBe('FunctionNotEmpty');
    await call(emulator, 'DELETE', '/functions/f/triggers/t');
    expect((await call(emulator, 'DELETE', '/functions/f')).status).toBe(204);
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    expect((await call(emulator, 'GET', '/functions/f/triggers')).json).toEqual({ triggers: [] });
  });

  it('ListTriggers refuses a foreign token and a bad limit, like ListFunctions', async () => {
    expect((await call(emulator, 'GET', '/functions/f/triggers?limit=0')).status).toBe(400);
    expect((await call(emulator, 'GET', '/functions/f/triggers?nextToken=made-up')).json?.Message).toContain(
      'is not a token this server issued',
    );
    expect((await call(emulator, 'GET', '/functions/none/triggers')).json?.Code).toBe('FunctionNotFound');
  });
});

describe('TagResources and UntagResources', () => {
  const tag = (body: Record<string, unknown>) => call(emulator, 'POST', '/tags-v2', body);
  const untag = (query: Record<string, string>) =>
    call(emulator, 'DELETE', `/tags-v2?${new URLSearchParams(query).toString()}`);
  const tagsOf = async () => (await call(emulator, 'GET', '/functions/f')).json?.tags;

  it('accepts ResourceType in any case and is idempotent', async () => {
    for (const ResourceType of ['FUNCTION', 'function', 'Function']) {
      expect(
        (await tag({ ResourceId: [ARN('f')], ResourceType, Tag: [{ Key: 'k', Value: 'v' }] })).status,
      ).toBe(204);
    }
    expect(await tagsOf()).toEqual([{ Key: 'k', Value: 'v' }]);
  });

  it.each([
    [{ ResourceId: [], ResourceType: 'function', Tag: [{ Key: 'k' }] }, 'tag-resource-ids'],
    [{ ResourceId: [ARN('f')], ResourceType: 'function', Tag: [] }, 'tag-pairs'],
    [{ ResourceId: [ARN('f')], ResourceType: 'function', Tag: [{ Key: '' }] }, 'tag-pairs'],
    [{ ResourceId: [ARN('f')], ResourceType: 'function', Tag: [{ Key: 'k', Value: 1 }] }, 'tag-pairs'],
    [
      {
        ResourceId: [ARN('f')],
        ResourceType: 'function',
        Tag: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}`, Value: '' })),
      },
      'tags-max',
    ],
  ])('refuses %j (%s) and changes nothing', async (body, ruleId) => {
    expect((await tag(body)).status).toBe(400);
    expect(emulator.calls().at(-1)?.ruleId).toBe(ruleId);
    expect(await tagsOf()).toEqual([]);
  });

  it('changes no function when one named function is missing; an ARN of another region names none', async () => {
    const answer = await tag({
      ResourceId: [ARN('f'), ARN('gone')],
      ResourceType: 'function',
      Tag: [{ Key: 'k' }],
    });
    expect(answer.json?.Code).toBe('FunctionNotFound');
    expect(await tagsOf()).toEqual([]);
    const elsewhere = 'acs:fc:cn-beijing:1234567890123456:functions/f';
    expect(
      (await tag({ ResourceId: [elsewhere], ResourceType: 'function', Tag: [{ Key: 'k' }] })).status,
    ).toBe(404);
  });

  it('UntagResources ignores keys a function does not carry and checks its query', async () => {
    await tag({
      ResourceId: [ARN('f')],
      ResourceType: 'function',
      Tag: [
        { Key: 'a', Value: '1' },
        { Key: 'b', Value: '2' },
      ],
    });
    const resource = { ResourceId: JSON.stringify([ARN('f')]), ResourceType: 'function' };
    expect((await untag({ ...resource, TagKey: '["b","zz"]' })).status).toBe(204);
    expect(await tagsOf()).toEqual([{ Key: 'a', Value: '1' }]);
    expect((await untag({ ...resource, TagKey: 'a' })).json?.Code).toBe('InvalidArgument');
    expect((await untag({ ResourceId: ARN('f'), ResourceType: 'function', All: 'true' })).status).toBe(400);
    expect((await untag({ ...resource, All: 'true' })).status).toBe(204);
    expect(await tagsOf()).toEqual([]);
  });

  it('UntagResources takes the body `{}` terraform sends with a JSON content-type, and no other', async () => {
    await tag({ ResourceId: [ARN('f')], ResourceType: 'function', Tag: [{ Key: 'a', Value: '1' }] });
    const query = new URLSearchParams({
      ResourceId: JSON.stringify([ARN('f')]),
      ResourceType: 'function',
      TagKey: '["a"]',
    });
    const untag = (body: string) =>
      emulator.dispatch({
        method: 'DELETE',
        url: `http://127.0.0.1/2023-03-30/tags-v2?${query}`,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: new TextEncoder().encode(body),
      });
    for (const body of ['{"TagKey":["b"]}', 'not json']) {
      const refused = await untag(body);
      expect(refused.status, body).toBe(400);
      expect(JSON.parse(refused.body).Message).toMatch(
        /^UntagResources takes no request body, got \d+ bytes$/,
      );
    }
    expect(await tagsOf()).toEqual([{ Key: 'a', Value: '1' }]);
    expect((await untag(' { } ')).status).toBe(204);
    expect(await tagsOf()).toEqual([]);
  });

  it('the listFunctions tags filter sees TagResources', async () => {
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'g' }));
    await tag({ ResourceId: [ARN('g')], ResourceType: 'function', Tag: [{ Key: 'env', Value: 'prod' }] });
    const filter = encodeURIComponent(JSON.stringify([{ Key: 'env', Value: 'prod' }]));
    const listed = await call(emulator, 'GET', `/functions?tags=${filter}`);
    expect(
      ((listed.json?.functions ?? []) as Array<{ functionName: string }>).map((f) => f.functionName),
    ).toEqual(['g']);
  });
});

describe('the absent settings', () => {
  it.each([
    [
      '/functions/f/async-invoke-config?qualifier=prod',
      404,
      { Code: 'AsyncConfigNotExists', Message: 'AsyncConfig for f:prod does not exist.' },
    ],
    ['/functions/f/concurrency', 404, { Code: 'OnDemandConfigNotFound' }],
    ['/functions/f/scaling-config', 200, { currentInstances: 0, minInstances: 0, targetInstances: 0 }],
    ['/functions/f/provision-config', 200, { current: 0, target: 0 }],
    ['/functions/f/vpc-bindings', 200, { vpcIds: [] }],
    ['/functions/f/aliases', 200, { aliases: [] }],
    ['/functions/f/versions', 200, { direction: 'BACKWARD', versions: [] }],
    ['/async-invoke-configs?functionName=f', 200, { configs: [] }],
    ['/scaling-configs', 200, { scalingConfigs: [] }],
    ['/functions/9x/concurrency', 404, { Code: 'FunctionNotFound' }],
  ])('GET %s answers %d', async (path, status, body) => {
    const answer = await call(emulator, 'GET', path);
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject(body);
  });

  it('a body on one of these GETs is refused like on GetFunction', async () => {
    const answer = await emulator.handle(
      new Request('http://127.0.0.1/2023-03-30/scaling-configs', { method: 'GET', headers: {} }),
    );
    expect(answer.status).toBe(200);
    const wire = {
      method: 'GET',
      url: 'http://127.0.0.1/2023-03-30/scaling-configs',
      headers: {},
      body: new TextEncoder().encode('{"limit":1}'),
    };
    expect((await emulator.dispatch(wire)).status).toBe(400);
  });
});
