// The body templates (ADR 031) must write exactly what `JSON.stringify(functionBody(…))` writes,
// for every kind of function, on every use of a shape (first, second: template made, later: filled).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyTemplates } from '../../mocks/core/body-templates.ts';
import { functionBody } from '../../mocks/core/function-body.ts';
import {
  codeLocationOf,
  configOf,
  type FunctionRecord,
  type FunctionShape,
} from '../../mocks/core/function-record.ts';
import { codeContext, codeFields } from '../../mocks/core/operations/function-values.ts';
import { createShapes } from '../../mocks/core/shapes.ts';
import type { CreateFunctionInput } from '../../mocks/core/types.ts';
import { buildCreateFunctionInput, fixtureTraits } from '../../mocks/fixtures/index.ts';

/** A table that keeps every shape: the tests below are about the templates, not the table. */
const ALL_KEPT = { isKept: () => true };

const plain = (record: FunctionRecord, nowMs: number): string => JSON.stringify(functionBody(record, nowMs));

function shapeOf(input: CreateFunctionInput): FunctionShape {
  return Object.freeze({
    config: configOf(input as unknown as Record<string, unknown>),
    code: codeLocationOf(input.code),
    ...codeFields(input.code, codeContext(input.code)),
    layers: (input.layers ?? []).map((arn) => ({ arn, size: 1234 })),
    tags: input.tags ?? [],
    resourceGroupId: input.resourceGroupId ?? 'rg-acfm1c7k24l3456',
  });
}

function recordOf(shape: FunctionShape, n: number, overrides: Partial<FunctionRecord> = {}): FunctionRecord {
  return {
    functionName: `fn-${n}`,
    functionId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    scope: { accountId: String(1_000_000 + n), regionId: n % 2 ? 'cn-hangzhou' : 'ap-southeast-1' },
    shape,
    createdTime: `2026-01-0${(n % 9) + 1}T00:00:00Z`,
    lastModifiedTime: `2026-02-0${(n % 9) + 1}T00:00:00Z`,
    imageDigest: shape.config.customContainerConfig ? String(n % 10).repeat(64) : '',
    preparation: { kind: 'create', readyAt: 0, failure: undefined },
    ...overrides,
  };
}

/** A shape whose configuration counts its reads: the plain writer reads it, a filled template does not. */
function countedShape(input: CreateFunctionInput): { shape: FunctionShape; reads: { count: number } } {
  const reads = { count: 0 };
  const config = new Proxy(configOf(input as unknown as Record<string, unknown>), {
    get: (target, key) => {
      reads.count += 1;
      return Reflect.get(target, key);
    },
  });
  return { shape: { ...shapeOf(input), config } as FunctionShape, reads };
}

describe('body templates', () => {
  it.each(fixtureTraits)('write exactly the serialised body of a %s function, on every use', (trait) => {
    for (const seed of [1, 2, 3]) {
      const shape = shapeOf(buildCreateFunctionInput({ seed, traits: [trait] }));
      const bodyText = bodyTemplates(ALL_KEPT);
      for (let n = 0; n < 5; n++) {
        const record = recordOf(shape, n);
        expect(bodyText(record, 1_000)).toBe(plain(record, 1_000));
      }
    }
  });

  it('fill a shape’s later bodies without reading its configuration again (the template is used)', () => {
    const { shape, reads } = countedShape(buildCreateFunctionInput({ seed: 7, traits: ['vpc'] }));
    const records = [0, 1, 2, 3, 4].map((n) => recordOf(shape, n));
    const expected = records.map((record) => plain(record, 1));
    const bodyText = bodyTemplates(ALL_KEPT);
    reads.count = 0;
    expect(bodyText(records[0] as FunctionRecord, 1)).toBe(expected[0]);
    expect(bodyText(records[1] as FunctionRecord, 1)).toBe(expected[1]);
    expect(reads.count).toBeGreaterThan(0); // first use: serialised; second: the template is made
    reads.count = 0;
    for (const n of [2, 3, 4]) expect(bodyText(records[n] as FunctionRecord, 1)).toBe(expected[n]);
    expect(reads.count).toBe(0);
  });

  it('leave a shape the intern table does not keep to the plain writer (nothing holds it then)', () => {
    const input = buildCreateFunctionInput({ seed: 8 });
    const big = { ...input, code: { ossBucketName: 'b', ossObjectName: 'o'.repeat(5000) } };
    const table = createShapes();
    for (const [given, kept] of [
      [input, true],
      [big, false],
    ] as const) {
      const { shape, reads } = countedShape(given);
      const interned = table.intern(shape);
      expect(table.isKept(interned)).toBe(kept); // a key over 4,096 characters is never kept
      const records = [0, 1, 2].map((n) => recordOf(interned, n));
      const expected = plain(records[2] as FunctionRecord, 1);
      const bodyText = bodyTemplates(table);
      for (const record of records.slice(0, 2)) bodyText(record, 1);
      reads.count = 0;
      expect(bodyText(records[2] as FunctionRecord, 1)).toBe(expected);
      expect(reads.count > 0).toBe(!kept);
    }
  });

  it('follow the lifecycle: preparing, ready, failed, and a clock set back', () => {
    const shape = shapeOf(buildCreateFunctionInput({ seed: 4, traits: ['custom-container'] }));
    const bodyText = bodyTemplates(ALL_KEPT);
    const preparing = recordOf(shape, 1, {
      preparation: { kind: 'create', readyAt: 5_000, failure: undefined },
    });
    const failed = recordOf(shape, 2, {
      preparation: { kind: 'update', readyAt: 0, failure: { reasonCode: 'X', reason: 'why' } },
    });
    for (const nowMs of [0, 5_000, 6_000, 7_000, 1_000, 9_000]) {
      for (const record of [preparing, failed, recordOf(shape, 3)]) {
        expect(bodyText(record, nowMs)).toBe(plain(record, nowMs));
      }
    }
    expect(JSON.parse(bodyText(preparing, 1_000)).state).toBe('Pending');
    expect(JSON.parse(bodyText(preparing, 5_000)).state).toBe('Active');
  });

  it('are refused for a configuration holding a stand-in’s text, and stay exact', () => {
    for (const text of ['\u0001fc3-0\u0001', '\\u0001fc3-0\\u0001', 'fc3-1', '\u0001fc3-9\u0001']) {
      const input = { ...buildCreateFunctionInput({ seed: 5 }), description: `a ${text} b` };
      const bodyText = bodyTemplates(ALL_KEPT);
      const shape = shapeOf(input);
      for (let n = 0; n < 4; n++) expect(bodyText(recordOf(shape, n), 1)).toBe(plain(recordOf(shape, n), 1));
    }
  });

  it('stay exact for random names, ids, times, scopes and configurations', () => {
    const shapes = fixtureTraits.map((trait, i) =>
      shapeOf(buildCreateFunctionInput({ seed: i, traits: [trait] })),
    );
    const bodyText = bodyTemplates(ALL_KEPT);
    fc.assert(
      fc.property(
        fc.nat(shapes.length - 1),
        fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_-]{0,20}$/),
        fc.uuid(),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.stringMatching(/^[0-9]{1,16}$/),
        fc.constantFrom('cn-hangzhou', 'us-west-1', 'cn-shanghai-finance-1'),
        (i, functionName, functionId, time, accountId, regionId) => {
          const iso = `${time.toISOString().slice(0, 19)}Z`;
          const record = recordOf(shapes[i] as FunctionShape, i, {
            functionName,
            functionId,
            createdTime: iso,
            lastModifiedTime: iso,
            scope: { accountId, regionId },
          });
          expect(bodyText(record, 0)).toBe(plain(record, 0));
        },
      ),
      { numRuns: 500, seed: 31 },
    );
  });

  it('stay exact when records of one templated shape carry invocation restrictions (lifecycle I.5)', () => {
    const shape = shapeOf(buildCreateFunctionInput({ seed: 9, traits: ['vpc'] }));
    const bodyText = bodyTemplates(ALL_KEPT);
    const restrictions = [
      undefined,
      { disable: true, lastModifiedTime: '2026-03-01T00:00:00Z', reason: 'functionai-delete' },
      undefined,
      { disable: false, lastModifiedTime: '2026-03-02T00:00:00Z' },
      undefined,
      { disable: true, lastModifiedTime: '2026-03-03T00:00:00Z' },
    ];
    // Unrestricted records make and use the shape's template; restricted ones in between must not.
    for (const [n, invocationRestriction] of restrictions.entries()) {
      const record = recordOf(shape, n, invocationRestriction ? { invocationRestriction } : {});
      expect(bodyText(record, 1)).toBe(plain(record, 1));
      expect(JSON.parse(bodyText(record, 1)).invocationRestriction).toEqual(invocationRestriction);
    }
  });

  it('stay exact for random restrictions and resource groups (ChangeResourceGroup interns a new shape)', () => {
    const table = createShapes();
    const base = table.intern(shapeOf(buildCreateFunctionInput({ seed: 10 })));
    const bodyText = bodyTemplates(table);
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.option(fc.stringMatching(/^rg-[a-z0-9]{1,20}$/), { nil: undefined }),
        fc.option(
          fc.record(
            {
              disable: fc.boolean(),
              lastModifiedTime: fc.constant('2026-04-01T00:00:00Z'),
              reason: fc.string(),
            },
            { requiredKeys: ['disable', 'lastModifiedTime'] },
          ),
          { nil: undefined },
        ),
        (n, group, invocationRestriction) => {
          const shape = group === undefined ? base : table.intern({ ...base, resourceGroupId: group });
          const record = recordOf(shape, n, invocationRestriction ? { invocationRestriction } : {});
          expect(bodyText(record, 0)).toBe(plain(record, 0));
          expect(JSON.parse(bodyText(record, 0)).resourceGroupId).toBe(shape.resourceGroupId);
        },
      ),
      { numRuns: 400, seed: 37 },
    );
  });

  it('place every field of a record: the slots are the fields whose value reaches the body', () => {
    // A new FunctionRecord field fails the typecheck here until it is placed (and, if it reaches
    // the body, given a slot in body-templates.ts).
    const places: Record<
      keyof FunctionRecord,
      'slot' | 'template key' | 'not in the body' | 'never templated'
    > = {
      functionName: 'slot',
      functionId: 'slot',
      createdTime: 'slot',
      lastModifiedTime: 'slot',
      imageDigest: 'slot',
      scope: 'slot',
      shape: 'template key',
      preparation: 'template key',
      triggers: 'not in the body',
      invocationRestriction: 'never templated',
      versions: 'not in the body',
      aliases: 'not in the body',
    };
    const shape = shapeOf(buildCreateFunctionInput({ seed: 6, traits: ['custom-container'] }));
    const record = recordOf(shape, 1);
    const changed: Record<string, unknown> = {
      functionName: 'other',
      functionId: '11111111-1111-4111-8111-111111111111',
      createdTime: '2027-01-01T00:00:00Z',
      lastModifiedTime: '2027-01-01T00:00:00Z',
      imageDigest: 'f'.repeat(64),
      scope: { accountId: '42', regionId: 'us-west-1' },
      triggers: [],
      invocationRestriction: { disable: true, lastModifiedTime: '2027-01-01T00:00:00Z', reason: 'r' },
    };
    for (const [field, place] of Object.entries(places)) {
      if (place === 'template key') continue;
      const other = { ...record, [field]: changed[field] } as FunctionRecord;
      const reaches = place === 'slot' || place === 'never templated';
      expect([field, plain(other, 9) !== plain(record, 9)]).toEqual([field, reaches]);
      expect(bodyTemplates(ALL_KEPT)(other, 9)).toBe(plain(other, 9));
    }
  });
});
