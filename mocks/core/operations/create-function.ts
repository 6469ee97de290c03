/**
 * CreateFunction (`POST /2023-03-30/functions`, CF reference): schema, the cross-field rules,
 * the duplicate-name conflict, then a new record and its `Function` body.
 */
import { fcError } from '../errors.ts';
import {
  codeLocationOf,
  configOf,
  type FunctionRecord,
  type FunctionShape,
  imageDigestFor,
  isoSeconds,
} from '../function-record.ts';
import { CREATE_FUNCTION_PATH } from '../routing.ts';
import { runRules } from '../rules/index.ts';
import type { RuleContext } from '../rules/types.ts';
import { resourceGroupFor } from '../state.ts';
import type { CreateFunctionInput } from '../types.ts';
import { validateInput } from '../validation.ts';
import { codeContext, codeFields, layersOf, preparationOf } from './function-values.ts';
import { functionAnswer, type Operation, type OperationRequest, type Outcome, reject } from './operation.ts';

/** Shared by every function created without tags (records are replaced, never mutated). */
const NO_TAGS: FunctionShape['tags'] = Object.freeze([]) as unknown as FunctionShape['tags'];

function newRecord(
  request: OperationRequest,
  input: CreateFunctionInput,
  context: RuleContext,
): FunctionRecord {
  const { state, scope, now } = request;
  const name = input.functionName;
  const time = isoSeconds(now);
  const shape = state.shapes.intern({
    config: configOf(input),
    code: codeLocationOf(input.code),
    ...codeFields(input.code, context, state.uploads),
    layers: layersOf(input.layers),
    tags: input.tags ?? NO_TAGS,
    resourceGroupId: input.resourceGroupId ?? scope.resourceGroupId ?? resourceGroupFor(scope.accountId),
  });
  return {
    functionName: name,
    functionId: state.prng.uuid(),
    scope,
    shape,
    createdTime: time,
    lastModifiedTime: time,
    imageDigest:
      input.runtime === 'custom-container'
        ? imageDigestFor(input.customContainerConfig?.image, () => state.prng.hex(64))
        : '',
    preparation: preparationOf({
      state,
      functionName: name,
      runtime: input.runtime,
      previous: undefined,
      now,
    }),
  };
}

function run(request: OperationRequest): Outcome {
  const { body, state, scope } = request;
  if (!body.ok) return reject(body.error);
  const schema = validateInput(body.value);
  if (schema) return reject(fcError('InvalidArgument', schema.message), { ruleId: schema.ruleId });
  const input = body.value as unknown as CreateFunctionInput;
  const context = codeContext(input.code, state.codecs);
  const violation = runRules(input, context, state.ruleSwitches);
  if (violation)
    return reject(fcError(violation.rule.code, violation.message), { ruleId: violation.rule.id });
  if (state.store.get(scope, input.functionName))
    return reject(fcError('FunctionAlreadyExists', input.functionName));
  const record = newRecord(request, input, context);
  state.store.put(scope, record);
  return functionAnswer(request, record);
}

/** The CreateFunction row of the operation table. */
export const createFunction: Operation = {
  name: 'CreateFunction',
  method: 'POST',
  path: CREATE_FUNCTION_PATH,
  body: 'json',
  run,
};
