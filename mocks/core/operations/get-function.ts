/**
 * GetFunction (`GET /2023-03-30/functions/{functionName}`, lifecycle B): the function as it is
 * now, state fields included; read-after-write is immediate.
 */
import { fcError } from '../errors.ts';
import {
  findFunction,
  functionAnswer,
  type Operation,
  type OperationRequest,
  type Outcome,
  reject,
} from './operation.ts';

/** Qualifiers that mean the editable configuration (B.1: omitted, empty or `LATEST`). */
function isLatest(qualifier: string | null): boolean {
  return qualifier === null || qualifier === '' || qualifier === 'LATEST';
}

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'GetFunction');
  if ('status' in found) return found;
  const { name, record } = found;
  const qualifier = request.query.get('qualifier');
  // Versions and aliases are not emulated: only LATEST exists (B.1).
  if (!isLatest(qualifier)) {
    const shown = (qualifier as string).slice(0, 128);
    return reject(
      /^\d+$/.test(shown) ? fcError('VersionNotFound', shown, name) : fcError('AliasNotFound', shown, name),
    );
  }
  return functionAnswer(request, record);
}
/** The GetFunction row of the operation table. */
export const getFunction: Operation = {
  name: 'GetFunction',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}',
  body: 'none',
  run,
};
