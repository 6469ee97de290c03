/**
 * GetFunction (`GET /2023-03-30/functions/{functionName}`, lifecycle B): the function as it is
 * now, state fields included; read-after-write is immediate. `?qualifier=` names a published
 * version (its snapshot, B.1; terraform reads versions so, H.5) or an alias (its main version,
 * inferred); an unknown one answers 404 `VersionNotFound` / `AliasNotFound` (`qualifier.ts`).
 */
import {
  findFunction,
  functionAnswer,
  type Operation,
  type OperationRequest,
  type Outcome,
} from './operation.ts';
import { qualifiedRecord } from './qualifier.ts';

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'GetFunction');
  if ('status' in found) return found;
  const qualified = qualifiedRecord(found.record, request.query.get('qualifier'));
  return 'status' in qualified ? qualified : functionAnswer(request, qualified.record);
}

/** The GetFunction row of the operation table. */
export const getFunction: Operation = {
  name: 'GetFunction',
  method: 'GET',
  path: '/2023-03-30/functions/{functionName}',
  body: 'none',
  run,
};
