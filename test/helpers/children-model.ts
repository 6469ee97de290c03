/**
 * The plain model of a function's children for test/core/resource-model-children.test.ts:
 * versions (lifecycle I.2), aliases (I.3) and triggers (I.4) as maps, the commands that act on
 * them, and what the model reads back from an answer.
 */
import fc from 'fast-check';
import { STATE_FIELDS } from '../../mocks/core/lifecycle.ts';

/** Version id → share of the traffic. */
export type Weights = Record<string, number>;

/** What the model tracks of an alias. */
export interface ModelAlias {
  versionId: string;
  additionalVersionWeight: Weights;
  description: string;
}

/** What the model tracks of a trigger. */
export interface ModelTrigger {
  triggerType: string;
  qualifier: string;
  description: string;
  triggerConfig: string;
}

/** A preparation (lifecycle F): what started it and when it is over (0: at once, code packages). */
export interface ModelPreparation {
  kind: 'create' | 'update';
  readyAt: number;
  /** It ends `Failed` (`failPreparation`). */
  failed: boolean;
}

/**
 * The state fields a preparation shows at a time (lifecycle F.6; fidelity "Failed preparation"):
 * `Pending` while a create is prepared, `InProgress` while either is, then `Active` /
 * `Successful`, or a failed create `Failed` / `Failed` and a failed update `Active` / `Failed`.
 *
 * @example
 * phaseAt({ kind: 'create', readyAt: 1000, failed: false }, 0); // { state: 'Pending', lastUpdateStatus: 'InProgress' }
 */
export function phaseAt(prep: ModelPreparation, nowMs: number): Record<string, string> {
  const busy = nowMs < prep.readyAt;
  const failedCreate = !busy && prep.failed && prep.kind === 'create';
  return {
    state: busy && prep.kind === 'create' ? 'Pending' : failedCreate ? 'Failed' : 'Active',
    lastUpdateStatus: busy ? 'InProgress' : prep.failed ? 'Failed' : 'Successful',
  };
}

/** A published version: the function's timeout then, its description, and GetFunction's body then. */
export interface ModelVersion {
  timeout: number;
  description: string;
  /** The preparation it froze: its state fields move on as the function's would have. */
  prep: ModelPreparation;
  /** The function's body at publishing, without `description`, `createdTime`, `lastModifiedTime`. */
  frozen: Record<string, unknown>;
}

/** One function: its timeout and preparation now, and its children. */
export interface ModelFunction {
  timeout: number;
  prep: ModelPreparation;
  lastId: number;
  versions: Map<string, ModelVersion>;
  aliases: Map<string, ModelAlias>;
  triggers: Map<string, ModelTrigger>;
}

/** `LATEST` and `9x` break the alias name rule (`aliasName-format`). */
export const ALIAS_NAMES = ['prod', 'pre', 'p2', 'LATEST', '9x'];
/** `9t` breaks the trigger name rule (`triggerName-format`). */
export const TRIGGER_NAMES = ['t1', 't2', 'u', '9t'];
/** Weight maps for aliases; the last has a weight past 1 (rule `alias-weights`). */
export const WEIGHTS: Weights[] = [{}, {}, { '1': 0.5 }, { '2': 0.2 }, { '1': 0.1, '3': 0.3 }, { '2': 1.5 }];
/** Per trigger type: a config its rule accepts, then one it refuses. */
export const CONFIGS: Record<string, string[]> = {
  http: ['{"authType":"anonymous","methods":["GET"]}', '{"methods":["FETCH"]}'],
  timer: ['{"cronExpression":"@every 5m","enable":true}', '{"enable":true}'],
};

const often = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
/** Mostly names that obey the rule, sometimes one that breaks it. */
const someName = (names: string[], bad: number) =>
  fc.oneof(
    often(5, fc.constantFrom(...names.slice(0, -bad))),
    often(1, fc.constantFrom(...names.slice(-bad))),
  );
// `c` runs a container image, prepared for a while after each create and update (lifecycle F).
const fn = fc.oneof(often(4, fc.constant('a')), often(1, fc.constant('b')), often(2, fc.constant('c')));
const alias = someName(ALIAS_NAMES, 2);
const trigger = someName(TRIGGER_NAMES, 1);
// Version 1 most often, so aliases find their versions; `01` is no version's id.
const versionId = fc.oneof(
  often(3, fc.constant('1')),
  often(2, fc.constant('2')),
  often(1, fc.constantFrom('3', '01')),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/**
 * One command. Function `a`, creates and publishes weigh more, so most commands meet a function
 * that has versions.
 *
 * @example
 * fc.sample(childCommand, 1)[0].op; // 'createAlias', …
 */
export const childCommand = fc.oneof(
  often(3, fc.record({ op: fc.constant('create' as const), fn })),
  fc.record({ op: fc.constant('update' as const), fn, timeout: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ op: fc.constant('delete' as const), fn }),
  often(3, fc.record({ op: fc.constant('publish' as const), fn, description: fc.constantFrom('', 'v') })),
  fc.record({
    op: fc.constant('deleteVersion' as const),
    fn,
    id: fc.constantFrom('1', '2', '3', 'LATEST', '01'),
  }),
  often(
    3,
    fc.record({
      op: fc.constant('createAlias' as const),
      fn,
      alias,
      versionId,
      weights: fc.nat(WEIGHTS.length - 1),
    }),
  ),
  often(
    2,
    fc.record({
      op: fc.constant('updateAlias' as const),
      fn,
      alias,
      versionId: optional(versionId),
      weights: optional(fc.nat(WEIGHTS.length - 1)),
      description: optional(fc.constantFrom('x', '')),
    }),
  ),
  fc.record({
    op: fc.constantFrom('getChild' as const, 'deleteChild' as const),
    fn,
    kind: fc.constant('aliases' as const),
    name: alias,
  }),
  often(
    2,
    fc.record({
      op: fc.constant('getQualified' as const),
      fn,
      qualifier: fc.constantFrom(...ALIAS_NAMES, '1', '2', '01'),
    }),
  ),
  often(
    2,
    fc.record({
      op: fc.constant('createTrigger' as const),
      fn,
      trigger,
      type: fc.constantFrom('http', 'timer'),
      valid: fc.oneof(often(4, fc.constant(true)), often(1, fc.constant(false))),
      qualifier: fc.constantFrom('LATEST', 'prod', '1'),
    }),
  ),
  fc.record({
    op: fc.constantFrom('getChild' as const, 'deleteChild' as const),
    fn,
    kind: fc.constant('triggers' as const),
    name: trigger,
  }),
  fc.record({
    op: fc.constant('updateTrigger' as const),
    fn,
    trigger,
    qualifier: optional(fc.constantFrom('LATEST', 'prod', '2')),
    description: optional(fc.constantFrom('x', '')),
    valid: optional(fc.oneof(often(3, fc.constant(true)), often(1, fc.constant(false)))),
  }),
  often(2, fc.record({ op: fc.constant('advance' as const), ms: fc.constantFrom(400, 1200) })),
  // Settings a version keeps as published (tags) or does not keep (the invocation switch).
  fc.record({ op: fc.constant('tag' as const), fn, value: fc.constantFrom('1', '2') }),
  fc.record({ op: fc.constantFrom('disable' as const, 'enable' as const), fn }),
  often(2, fc.record({ op: fc.constant('failPreparation' as const), fn })),
  fc.record({
    op: fc.constant('listVersions' as const),
    fn,
    direction: fc.constantFrom('BACKWARD', 'FORWARD', ''),
    limit: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    op: fc.constantFrom('listAliases' as const, 'listTriggers' as const),
    fn,
    prefix: fc.constantFrom('', 'p', 't'),
    limit: fc.integer({ min: 1, max: 3 }),
  }),
);

/** A command of {@link childCommand}. */
export type ChildCommand = typeof childCommand extends fc.Arbitrary<infer T> ? T : never;

/**
 * What every run starts with: a function with two versions and an alias, so most commands meet
 * them, and an image function with a version published while it was being created.
 *
 * @example
 * const sequence = [...PRELUDE, ...commands];
 */
export const PRELUDE: ChildCommand[] = [
  { op: 'create', fn: 'a' },
  { op: 'publish', fn: 'a', description: '' },
  { op: 'publish', fn: 'a', description: 'v' },
  { op: 'createAlias', fn: 'a', alias: 'prod', versionId: '1', weights: 3 },
  // An image, published while it is being created (lifecycle F.6).
  { op: 'create', fn: 'c' },
  { op: 'publish', fn: 'c', description: '' },
];

/**
 * What half the runs do next: the image ready, updated and published again while it is
 * prepared anew (`InProgress`).
 *
 * @example
 * const sequence = [...PRELUDE, ...IMAGE_UPDATE, ...commands];
 */
export const IMAGE_UPDATE: ChildCommand[] = [
  { op: 'advance', ms: 1200 },
  { op: 'update', fn: 'c', timeout: 5 },
  { op: 'publish', fn: 'c', description: '' },
];
/**
 * The inferred rules the model knows, switched off for the lenient run (docs/rules.md).
 *
 * @example
 * createEmulator({ rules: RULES_OFF });
 */
export const RULES_OFF = {
  'version-in-use': false,
  'aliasName-format': false,
  'alias-weights': false,
  'triggerName-format': false,
  'versionId-format': false,
};

/** What a version shows of its own, does not keep, or moves on the clock (checked apart). */
const NOT_FROZEN: readonly string[] = [
  'description',
  'createdTime',
  'lastModifiedTime',
  'invocationRestriction',
  ...STATE_FIELDS,
];

/**
 * A GetFunction body without the fields a version has of its own (fidelity "GetFunction of a
 * version": its `description`, `createdTime`, `lastModifiedTime`), does not keep ("What a version
 * keeps": not the invocation switch) or shows as of now ("State fields of a version", with the
 * image's `accelerationInfo`).
 *
 * @example
 * frozenFields(answer.json).timeout; // 3
 */
export function frozenFields(body: Record<string, unknown> | undefined): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(body ?? {}).filter(([key]) => !NOT_FROZEN.includes(key)));
  const image = rest.customContainerConfig as Record<string, unknown> | undefined;
  if (image) {
    const { accelerationInfo: _a, ...kept } = image;
    rest.customContainerConfig = kept;
  }
  return rest;
}

/**
 * The alias fields of an `Alias` body.
 *
 * @example
 * aliasFields(answer.json); // { versionId: '1', additionalVersionWeight: {}, description: '' }
 */
export const aliasFields = (body: Record<string, unknown> | undefined): ModelAlias => ({
  versionId: body?.versionId as string,
  additionalVersionWeight: body?.additionalVersionWeight as Weights,
  description: body?.description as string,
});

/**
 * The trigger fields of a `Trigger` body.
 *
 * @example
 * triggerFields(answer.json).qualifier; // 'LATEST'
 */
export const triggerFields = (body: Record<string, unknown> | undefined): ModelTrigger => ({
  triggerType: body?.triggerType as string,
  qualifier: body?.qualifier as string,
  description: body?.description as string,
  triggerConfig: body?.triggerConfig as string,
});
