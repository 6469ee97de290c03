/**
 * The shape of a rule's boundary table: values just inside (accepted) and just outside (rejected).
 */
import type { Naming } from './context.ts';

/** A shallow patch over a base input; `undefined` removes a key. */
export type Patch = Record<string, unknown>;

/** The kinds of function a rule can be probed on (CF C: code package, custom runtime, image). */
export type BaseKind = 'builtin' | 'custom' | 'container';

/** One value of a boundary table; a function when it needs a fresh name. */
export interface BoundaryValue {
  label: string;
  patch: Patch | ((naming: Naming) => Patch);
  /** Probe on this kind of function instead of the table's (a rule probed under every base it covers). */
  base?: BaseKind;
}

/** Boundary values of one rule of docs/rules.md. */
export interface RuleBoundaries {
  ruleId: string;
  base: BaseKind;
  /** Applied before every value (keeps the other rules satisfied). */
  common?: Patch;
  /**
   * What the function an update probe starts from has on top of `common`, when `common` alone
   * is not a valid function (update-rule-cases.ts).
   */
  updateStart?: Patch;
  accept: BoundaryValue[];
  reject: BoundaryValue[];
}

/**
 * Shorthand for a boundary value.
 *
 * @example
 * at('max', { timeout: 86400 });
 * at('custom-absent', { handler: undefined }, 'custom');
 */
export function at(label: string, patch: BoundaryValue['patch'], base?: BaseKind): BoundaryValue {
  return base ? { label, patch, base } : { label, patch };
}
