/**
 * The operation table, moto-style: method + path template → one handler per operation. Adding an
 * operation is one handler file, one row here, one path in the spec and one row in the parity
 * table (test/adapters/parity.test.ts).
 */
import { matchSegments, splitPath } from '../routing.ts';
import { createFunction } from './create-function.ts';
import { deleteFunction } from './delete-function.ts';
import { getFunction } from './get-function.ts';
import { listFunctions } from './list-functions.ts';
import type { Operation } from './operation.ts';
import { updateFunction } from './update-function.ts';

export type { Operation, OperationRequest, Outcome } from './operation.ts';

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
  updateFunction,
  deleteFunction,
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
const rows = operations.map((operation) => ({ operation, segments: operation.path.split('/') }));

export function findRoute(method: string, pathname: string): Route | undefined {
  const segments = splitPath(pathname);
  for (const { operation, segments: template } of rows) {
    if (operation.method !== method) continue;
    const rawParams = matchSegments(template, segments);
    if (rawParams) return { operation, rawParams };
  }
  return undefined;
}
