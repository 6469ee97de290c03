/**
 * The named child of a function a path names (a trigger, lifecycle I.4; an alias, I.3): the
 * function found first, the name checked with the create rule (400 `InvalidArgument`, inferred
 * for paths and switchable), then a binary search of the function's sorted list (`named-list.ts`)
 * or the 404 of its kind.
 */
import type { FcError } from '../errors.ts';
import { clip, fcError } from '../errors.ts';
import type { FunctionRecord } from '../function-record.ts';
import { type NameOf, nameIndex } from '../named-list.ts';
import type { OperationName } from '../types.ts';
import { findFunction, type OperationRequest, type Outcome, refuse, reject, ruleOn } from './operation.ts';

/** Where a kind of child lives and how a path's name for it is checked. */
export interface ChildKind<T> {
  /** The path parameter holding the name (`triggerName`, `aliasName`). */
  param: string;
  of(fn: FunctionRecord): readonly T[] | undefined;
  nameOf: NameOf<T>;
  /** The create rule's verdict on a name, undefined when it obeys. */
  check(name: string): { ruleId: string; message: string } | undefined;
  notFound: 'TriggerNotFound' | 'AliasNotFound';
}

/** A found child: its function, itself and the function's list of its kind. */
export interface FoundChild<T> {
  fn: FunctionRecord;
  item: T;
  items: readonly T[];
}

/**
 * The child a path names, or the answer that refuses the request.
 *
 * @example
 * const found = findChild(request, 'GetAlias', ALIASES);
 * if ('status' in found) return found;
 */
export function findChild<T>(
  request: OperationRequest,
  operation: OperationName,
  kind: ChildKind<T>,
): Outcome | FoundChild<T> {
  const found = findFunction(request, operation);
  if ('status' in found) return found;
  const name = request.params[kind.param] as string;
  const invalid = kind.check(name);
  if (invalid && ruleOn(request.state, operation, invalid.ruleId))
    return refuse(invalid.ruleId, invalid.message);
  const items = kind.of(found.record) ?? [];
  const index = nameIndex(items, name, kind.nameOf);
  if (index < 0) return reject(notFound(kind.notFound, name, found.name));
  return { fn: found.record, item: items[index] as T, items };
}

const notFound = (code: ChildKind<unknown>['notFound'], name: string, fn: string): FcError =>
  fcError(code, clip(name, 128), fn);
