/**
 * The shape of a rule's boundary table: values just inside (accepted) and just outside (rejected).
 */
import type { Naming } from './context.ts';

/** A shallow patch over a base input; `undefined` removes a key. */
export type Patch = Record<string, unknown>;

/** One value of a boundary table; a function when it needs a fresh name. */
export interface BoundaryValue {
  label: string;
  patch: Patch | ((naming: Naming) => Patch);
}

/** Boundary values of one rule of docs/rules.md. */
export interface RuleBoundaries {
  ruleId: string;
  base: 'builtin' | 'custom' | 'container';
  /** Applied before every value (keeps the other rules satisfied). */
  common?: Patch;
  accept: BoundaryValue[];
  reject: BoundaryValue[];
}

/**
 * Shorthand for a boundary value.
 *
 * @example
 * at('max', { timeout: 86400 });
 */
export function at(label: string, patch: BoundaryValue['patch']): BoundaryValue {
  return { label, patch };
}
