/**
 * ADR 054, addendum "triggers and aliases": what a trigger or an alias reads back (GetTrigger,
 * GetAlias) the emulator accepts back. Mapped to the update body (the `Update…Input` fields of
 * the read-back, lifecycle I.3, I.4) it answers 200 and changes nothing but `lastModifiedTime`;
 * mapped to a create body under a new name it answers 200.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { type CallResult, call, minimalInput } from '../helpers/requests.ts';

type Json = Record<string, unknown>;

/** The fields of a read-back an update body takes (the SDK models `UpdateTriggerInput`, `UpdateAliasInput`). */
const TRIGGER_UPDATE = ['description', 'invocationRole', 'qualifier', 'triggerConfig'];
const ALIAS_UPDATE = ['additionalVersionWeight', 'description', 'versionId'];

const picked = (readBack: Json, keys: readonly string[]): Json =>
  Object.fromEntries(keys.filter((key) => readBack[key] !== undefined).map((key) => [key, readBack[key]]));

const without = (body: Json | undefined, key: string) => {
  const { [key]: _dropped, ...rest } = body ?? {};
  return rest;
};

const ok = (answer: CallResult) => expect(answer.status, JSON.stringify(answer.json)).toBe(200);

const ACCOUNT = '1234567890123456';
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const name = fc.stringMatching(/^[A-Za-z_][\w-]{0,30}$/);

/** A trigger's config, and the ARN of its event source where it has one. */
interface Source {
  config: Json;
  sourceArn?: string;
}

/** A trigger config of each type the emulator accepts (lifecycle I.4), with a sourceArn where the type has a source. */
const CONFIGS: Record<string, fc.Arbitrary<Source>> = {
  http: fc
    .record(
      {
        authType: fc.constantFrom('anonymous', 'function', 'jwt'),
        methods: fc.subarray(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS']),
        disableURLInternet: fc.boolean(),
        authConfig: fc.constant(
          '{"jwks":{"keys":[]},"tokenLookup":[{"type":"header","key":"Authorization"}]}',
        ),
        corsConfig: fc.record({ allowOrigins: fc.constant(['*']), maxAge: fc.nat(86_400) }),
      },
      { requiredKeys: [] },
    )
    .map((config) => ({ config })),
  timer: fc
    .record(
      {
        cronExpression: fc.constantFrom(
          '@every 5m',
          '@every 1h30m',
          '0 0 4 * * *',
          'CRON_TZ=Asia/Shanghai 0 */5 * * * *',
        ),
        enable: optional(fc.boolean()),
        payload: optional(fc.string()),
      },
      { requiredKeys: ['cronExpression'] },
    )
    .map((config) => ({ config })),
  oss: fc
    .record({
      events: fc.subarray(['oss:ObjectCreated:*', 'oss:ObjectRemoved:DeleteObject'], { minLength: 1 }),
      filter: fc.record({ key: fc.record({ prefix: fc.string(), suffix: fc.string() }) }),
    })
    .map((config) => ({ config, sourceArn: `acs:oss:cn-hangzhou:${ACCOUNT}:my-bucket` })),
  log: fc
    .record({
      sourceConfig: fc.record({ logstore: name }),
      jobConfig: fc.record({ maxRetryTime: fc.nat(10), triggerInterval: fc.integer({ min: 3, max: 600 }) }),
      logConfig: fc.record({ project: name, logstore: name }),
      functionParameter: fc.constant({}),
      enable: fc.boolean(),
    })
    .map((config) => ({ config, sourceArn: `acs:log:cn-hangzhou:${ACCOUNT}:project/p` })),
  mns_topic: fc
    .record(
      {
        notifyContentFormat: fc.constantFrom('STREAM', 'JSON'),
        notifyStrategy: fc.constantFrom('BACKOFF_RETRY', 'EXPONENTIAL_DECAY_RETRY'),
        filterTag: fc.string(),
      },
      { requiredKeys: ['notifyContentFormat', 'notifyStrategy'] },
    )
    .map((config) => ({ config, sourceArn: `acs:mns:cn-hangzhou:${ACCOUNT}:/topics/t` })),
  tablestore: fc
    .constant({})
    .map((config) => ({ config, sourceArn: `acs:ots:cn-hangzhou:${ACCOUNT}:instance/i/table/t` })),
  cdn_events: fc
    .record({
      eventName: fc.constantFrom('CachedObjectsRefreshed', 'CdnDomainStarted'),
      eventVersion: fc.constant('1.0.0'),
      notes: fc.string(),
      filter: fc.record({ domain: fc.constant(['example.com']) }),
    })
    .map((config) => ({ config, sourceArn: `acs:cdn:*:${ACCOUNT}` })),
  eventbridge: fc
    .record({
      triggerEnable: fc.boolean(),
      asyncInvocationType: fc.boolean(),
      eventRuleFilterPattern: fc.constant('{"source":["acs.oss"]}'),
      eventSourceConfig: fc.record({ eventSourceType: fc.constantFrom('Default', 'MNS') }),
    })
    .map((config) => ({ config })),
};

/** The config rules switched off: then any JSON object is stored as given, of any type (lifecycle I.4). */
const LENIENT = { 'http-trigger-config': false, 'timer-trigger-config': false };
const anyConfig: fc.Arbitrary<Source> = fc
  .dictionary(fc.string(), fc.jsonValue())
  .map((config) => ({ config: config as Json }));

const trigger = fc
  .tuple(fc.constantFrom(...Object.keys(CONFIGS)), fc.boolean())
  .chain(([triggerType, lenient]) =>
    fc.record({
      lenient: fc.constant(lenient),
      triggerType: fc.constant(triggerType),
      source: lenient ? anyConfig : (CONFIGS[triggerType] as fc.Arbitrary<Source>),
      spaced: fc.boolean(),
      triggerName: name,
      qualifier: optional(fc.constantFrom('LATEST', '1', 'prod')),
      invocationRole: optional(fc.constant(`acs:ram::${ACCOUNT}:role/fc-trigger`)),
      description: optional(fc.string()),
    }),
  )
  .map(({ source, spaced, lenient, ...given }) => {
    const body: Json = { ...given, triggerConfig: JSON.stringify(source.config, null, spaced ? 2 : 0) };
    if (source.sourceArn) body.sourceArn = source.sourceArn;
    const input = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    return { input, rules: lenient ? LENIENT : {} };
  });

/** An emulator holding function `f` with `versions` published versions (and alias `prod` on 1), with `rules` switched. */
async function withFunction(versions: number, rules: Record<string, boolean> = {}): Promise<Emulator> {
  const emulator = createEmulator({ seed: 1, rules });
  ok(await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' })));
  for (let index = 0; index < versions; index += 1)
    ok(await call(emulator, 'POST', '/functions/f/versions', {}));
  ok(await call(emulator, 'POST', '/functions/f/aliases', { aliasName: 'prod', versionId: '1' }));
  return emulator;
}

/** Reads a child back, sends the update body, checks it changed nothing but lastModifiedTime (which moved); returns the read-back. */
async function roundTrip(emulator: Emulator, path: string, fields: readonly string[]): Promise<Json> {
  const readBack = (await call(emulator, 'GET', path)).json as Json;
  emulator.advanceClock(2_000);
  const put = await call(emulator, 'PUT', path, picked(readBack, fields));
  ok(put);
  const again = (await call(emulator, 'GET', path)).json;
  expect(again).toEqual(put.json);
  expect(without(again, 'lastModifiedTime')).toEqual(without(readBack, 'lastModifiedTime'));
  expect(again?.lastModifiedTime).not.toBe(readBack.lastModifiedTime);
  return readBack;
}

describe('property: any trigger reads back a configuration that round-trips', () => {
  it('every type, the config rules on or off: GetTrigger → UpdateTriggerInput fields → PUT 200 → GET equal but lastModifiedTime; a copy created from it → 200', async () => {
    await fc.assert(
      fc.asyncProperty(trigger, async ({ input, rules }) => {
        const emulator = await withFunction(1, rules);
        ok(await call(emulator, 'POST', '/functions/f/triggers', input));
        const path = `/functions/f/triggers/${String(input.triggerName)}`;
        const readBack = await roundTrip(emulator, path, TRIGGER_UPDATE);
        const copy = {
          ...picked(readBack, [...TRIGGER_UPDATE, 'triggerType', 'sourceArn']),
          triggerName: `copy-${String(readBack.triggerName)}`,
        };
        ok(await call(emulator, 'POST', '/functions/f/triggers', copy));
        const copied = (await call(emulator, 'GET', `/functions/f/triggers/${copy.triggerName}`)).json;
        expect(picked(copied ?? {}, TRIGGER_UPDATE)).toEqual(picked(readBack, TRIGGER_UPDATE));
      }),
      { seed: 54, numRuns: 200 },
    );
  });
});

const alias = fc.integer({ min: 1, max: 4 }).chain((versions) => {
  const version = fc.integer({ min: 1, max: versions }).map(String);
  return fc.record({
    versions: fc.constant(versions),
    aliasName: name.filter((aliasName) => aliasName !== 'LATEST' && aliasName !== 'prod'),
    versionId: version,
    weights: fc.dictionary(version, fc.double({ min: 0, max: 1, noNaN: true })),
    description: optional(fc.string()),
    /** Versions deleted once the alias exists (rule `version-in-use` off; lifecycle I.2). */
    gone: fc.subarray(Array.from({ length: versions }, (_, index) => String(index + 1))),
  });
});

describe('property: any alias reads back a configuration that round-trips', () => {
  it('GetAlias → UpdateAliasInput fields → PUT 200 → GET equal but lastModifiedTime; a copy created from it → 200 while its versions exist', async () => {
    await fc.assert(
      fc.asyncProperty(alias, async ({ versions, weights, gone, ...given }) => {
        const emulator = await withFunction(versions, gone.length ? { 'version-in-use': false } : {});
        const { [given.versionId]: _main, ...additionalVersionWeight } = weights;
        const body = { ...given, additionalVersionWeight };
        ok(await call(emulator, 'POST', '/functions/f/aliases', body));
        for (const id of gone)
          expect((await call(emulator, 'DELETE', `/functions/f/versions/${id}`)).status).toBe(204);
        const readBack = await roundTrip(emulator, `/functions/f/aliases/${given.aliasName}`, ALIAS_UPDATE);
        const copy = { ...picked(readBack, ALIAS_UPDATE), aliasName: `copy-${given.aliasName}` };
        const post = await call(emulator, 'POST', '/functions/f/aliases', copy);
        const named = [given.versionId, ...Object.keys(additionalVersionWeight)];
        if (!named.some((id) => gone.includes(id))) ok(post);
        else expect(post).toMatchObject({ status: 404, json: { Code: 'VersionNotFound' } });
      }),
      { seed: 54, numRuns: 200 },
    );
  });
});

describe('an alias whose versions were deleted (rule `version-in-use` off)', () => {
  it('accepts its read-back and what it already routes to; a gone version it does not route to, or in another role, is still not found', async () => {
    const emulator = await withFunction(4, { 'version-in-use': false });
    const path = '/functions/f/aliases/canary';
    ok(
      await call(emulator, 'POST', '/functions/f/aliases', {
        aliasName: 'canary',
        versionId: '1',
        additionalVersionWeight: { '2': 0.5 },
      }),
    );
    for (const id of ['1', '2', '3'])
      expect((await call(emulator, 'DELETE', `/functions/f/versions/${id}`)).status).toBe(204);
    ok(await call(emulator, 'PUT', path, { versionId: '1', additionalVersionWeight: { '2': 0.5 } }));
    const notFound = { status: 404, json: { Code: 'VersionNotFound' } };
    // A new weight for a gone version is a new request about it (review: 0.99 of the traffic to a deleted version).
    expect(await call(emulator, 'PUT', path, { additionalVersionWeight: { '2': 0.1 } })).toMatchObject(
      notFound,
    );
    expect(
      await call(emulator, 'PUT', path, { versionId: '4', additionalVersionWeight: { '2': 0.99 } }),
    ).toMatchObject(notFound);
    ok(await call(emulator, 'PUT', path, { versionId: '4', additionalVersionWeight: { '2': 0.5 } }));
    expect(await call(emulator, 'PUT', path, { additionalVersionWeight: { '3': 0.1 } })).toMatchObject(
      notFound,
    );
    expect(await call(emulator, 'PUT', path, { versionId: '2', additionalVersionWeight: {} })).toMatchObject(
      notFound,
    );
  });
});
