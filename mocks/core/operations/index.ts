/**
 * The operation table, moto-style: method + path template → one handler per operation. Adding an
 * operation is one handler file, one row here, one path in the spec and one row in the parity
 * table (test/adapters/parity.test.ts).
 */
import { matchSegments, splitPath } from '../routing.ts';
import { absentSettings } from './absent-settings.ts';
import { changeResourceGroup } from './change-resource-group.ts';
import { createAlias } from './create-alias.ts';
import { createFunction } from './create-function.ts';
import { createTrigger } from './create-trigger.ts';
import { deleteAlias } from './delete-alias.ts';
import { deleteFunction } from './delete-function.ts';
import { deleteFunctionVersion } from './delete-function-version.ts';
import { deleteTrigger } from './delete-trigger.ts';
import { disableFunctionInvocation } from './disable-function-invocation.ts';
import { enableFunctionInvocation } from './enable-function-invocation.ts';
import { foreignOperations } from './foreign-routes.ts';
import { getAlias } from './get-alias.ts';
import { getFunction } from './get-function.ts';
import { getFunctionCode } from './get-function-code.ts';
import { getTrigger } from './get-trigger.ts';
import { listAliases } from './list-aliases.ts';
import { listFunctionVersions } from './list-function-versions.ts';
import { listFunctions } from './list-functions.ts';
import { listTriggers } from './list-triggers.ts';
import type { Operation } from './operation.ts';
import { publishFunctionVersion } from './publish-function-version.ts';
import { tagResources } from './tag-resources.ts';
import { untagResources } from './untag-resources.ts';
import { updateAlias } from './update-alias.ts';
import { updateFunction } from './update-function.ts';
import { updateTrigger } from './update-trigger.ts';

export { findForeignRoute, foreignProtocol, foreignTarget } from './foreign-routes.ts';
export type { Operation, OperationRequest, Outcome, Protocol } from './operation.ts';

/**
 * Every operation the emulator serves.
 *
 * @example
 * operations.map((operation) => operation.name); // ['CreateFunction', 'ListFunctions', …]
 */
export const operations: readonly Operation[] = [
  createFunction,
  listFunctions,
  getFunction,
  getFunctionCode,
  updateFunction,
  deleteFunction,
  createTrigger,
  listTriggers,
  getTrigger,
  updateTrigger,
  deleteTrigger,
  tagResources,
  untagResources,
  changeResourceGroup,
  disableFunctionInvocation,
  enableFunctionInvocation,
  publishFunctionVersion,
  listFunctionVersions,
  deleteFunctionVersion,
  createAlias,
  listAliases,
  getAlias,
  updateAlias,
  deleteAlias,
  ...absentSettings,
  ...foreignOperations,
];

/** A routed request: the operation and its raw (still percent-encoded) path parameters. */
export interface Route {
  operation: Operation;
  rawParams: Record<string, string>;
}

/**
 * Finds the operation for a method and path; undefined means `PathNotSupported`.
 *
 * @example
 * findRoute('GET', '/2023-03-30/functions/f')?.operation.name; // 'GetFunction'
 */
// Foreign rows (FC 2.0, OSS) are matched by host and headers in foreign-routes.ts, never here.
const rows = operations
  .filter((operation) => (operation.protocol ?? 'fc3') === 'fc3')
  .map((operation) => ({ operation, segments: operation.path.split('/') }));

export function findRoute(method: string, pathname: string): Route | undefined {
  const segments = splitPath(pathname);
  for (const { operation, segments: template } of rows) {
    if (operation.method !== method) continue;
    const rawParams = matchSegments(template, segments);
    if (rawParams) return { operation, rawParams };
  }
  return undefined;
}

/**
 * Whether some FC 3.0 row serves this path with any method: a `PathNotSupported` for a path no
 * row serves says the emulator has no such operation (it may be one FC has, lifecycle A.1).
 *
 * @example
 * isRoutedPath('/2023-03-30/functions'); // true
 */
export function isRoutedPath(pathname: string): boolean {
  const segments = splitPath(pathname);
  return rows.some(({ segments: template }) => matchSegments(template, segments) !== undefined);
}
