/**
 * The operation table, moto-style: method + path template → one handler per operation. Adding an
 * operation is one handler file, one row here, one path in the spec and one row in the parity
 * table (test/adapters/parity.test.ts).
 */
import { editDistance } from '../edit-distance.ts';
import { CREATE_FUNCTION_PATH, matchSegments, splitPath } from '../routing.ts';
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

const API_VERSION = /^\d{4}-\d{2}-\d{2}$/;
const SERVED_VERSION = splitPath(CREATE_FUNCTION_PATH)[1] as string;

// Whether a literal segment of a template is a likely slip for what was sent: another API
// version, a different case, or one typed character off (`function`, `trigers`). Two would
// take FC's own paths the emulator lacks for slips (`sessions` is two from `versions`).
function nearSegment(pattern: string, segment: string, index: number): boolean {
  if (index === 1 && API_VERSION.test(segment)) return true;
  if (Math.abs(pattern.length - segment.length) > 1) return false;
  return editDistance(pattern, segment.toLowerCase()) <= 1;
}

// Whether a path's segments miss a template's in one literal segment only, by a slip.
function nearTemplate(template: readonly string[], segments: readonly string[]): boolean {
  if (template.length !== segments.length) return false;
  let slips = 0;
  for (let i = 0; i < template.length; i++) {
    const pattern = template[i] as string;
    const segment = segments[i] as string;
    if (pattern.startsWith('{') ? segment !== '' : pattern === segment) continue;
    if (pattern.startsWith('{') || !nearSegment(pattern, segment, i) || ++slips > 1) return false;
  }
  return slips === 1;
}

/**
 * The served FC 3.0 operation a path no row serves most likely meant, as `METHOD template`: one
 * with the request's method and one literal segment off by a slip (a typo, another case, another
 * API version), or the API version left out. Undefined when nothing is that close.
 *
 * @example
 * nearestRoute('GET', '/2023-03-30/functions/f/trigers'); // 'GET /2023-03-30/functions/{functionName}/triggers'
 */
export function nearestRoute(method: string, pathname: string): string | undefined {
  const segments = splitPath(pathname);
  const unversioned = API_VERSION.test(segments[1] ?? '')
    ? undefined
    : ['', SERVED_VERSION, ...segments.slice(1)];
  const best = rows.find(
    ({ operation, segments: template }) =>
      operation.method === method &&
      (nearTemplate(template, segments) ||
        (unversioned !== undefined && matchSegments(template, unversioned) !== undefined)),
  );
  return best && `${best.operation.method} ${best.operation.path}`;
}
