/**
 * UpdateFunction (`PUT /2023-03-30/functions/{functionName}`, lifecycle C): a top-level merge
 * (C.2: keys in the body replace, absent keys stay), every CreateFunction schema and cross-field
 * rule re-checked on the merged configuration, `lastModifiedTime` moved, code checksum and size
 * recomputed for new code; `functionId`, `functionArn` and `createdTime` stay (F.7).
 */

import type { Codecs } from '../codecs.ts';
import { fcError } from '../errors.ts';
import {
  CONFIG_KEYS,
  type CodeLocation,
  codeLocationOf,
  configOf,
  type FunctionConfig,
  type FunctionRecord,
  type FunctionShape,
  imageDigestFor,
  isoSeconds,
} from '../function-record.ts';
import { lifecycleAt } from '../lifecycle.ts';
import { runRules } from '../rules/index.ts';
import type { RuleContext } from '../rules/types.ts';
import type { CreateFunctionInput, UpdateFunctionInput } from '../types.ts';
import type { Uploads } from '../uploads.ts';
import { validateInput } from '../validation.ts';
import { codeContext, codeFields, layersOf, preparationOf } from './function-values.ts';
import {
  findFunction,
  functionAnswer,
  type Operation,
  type OperationRequest,
  type Outcome,
  reject,
  ruleOn,
  shownValue,
} from './operation.ts';

/** A stand-in for the stored code when the body brings none: only its kind matters to the rules. */
function storedCode(location: CodeLocation): CreateFunctionInput['code'] {
  return location.kind === 'zip'
    ? { zipFile: '' }
    : { ossBucketName: location.ossBucketName, ossObjectName: location.ossObjectName };
}

interface Merge {
  config: FunctionConfig;
  /** The code the function keeps: the body's, the stored one, or none (image instead). */
  code: CreateFunctionInput['code'] | 'stored' | undefined;
  given: UpdateFunctionInput;
  /** The rule context over the body's code package (decoded once). */
  context: RuleContext;
}

function merge(record: FunctionRecord, body: Record<string, unknown>, codecs: Codecs): Merge {
  const given = configOf(body) as UpdateFunctionInput;
  if (body.code !== undefined) given.code = body.code as UpdateFunctionInput['code'];
  const config: FunctionConfig = { ...record.shape.config, ...configOf(body) };
  // A body that brings one code source replaces the other (C.1 switch between code and image, inferred).
  if (given.code !== undefined && given.customContainerConfig === undefined)
    delete config.customContainerConfig;
  const keepsStored = given.customContainerConfig === undefined && record.shape.code !== undefined;
  // A `code: null` goes on to the schema, which refuses it as on create (C.1); it never means "keep".
  const code = given.code !== undefined ? given.code : keepsStored ? 'stored' : undefined;
  return { config, code, given, context: codeContext(given.code, codecs) };
}

function check(request: OperationRequest, record: FunctionRecord): Outcome | Merge {
  const { state, body, params, now } = request;
  const name = params.functionName as string;
  if (!body.ok) return reject(body.error);
  const sentName = body.value.functionName;
  if (
    sentName !== undefined &&
    sentName !== name &&
    ruleOn(state, 'UpdateFunction', 'update-name-matches-path')
  ) {
    const message = `functionName ${shownValue(sentName)} in the body does not match the function '${name}' of the path`;
    return reject(fcError('InvalidArgument', message), { ruleId: 'update-name-matches-path' });
  }
  if (
    lifecycleAt(record, now.getTime()).lastUpdateStatus === 'InProgress' &&
    ruleOn(state, 'UpdateFunction', 'update-not-in-progress')
  ) {
    const reason = `function '${name}' is still being updated; wait until its lastUpdateStatus is no longer InProgress`;
    return reject(fcError('ConcurrentUpdateError', reason), { ruleId: 'update-not-in-progress' });
  }
  const merged = merge(record, body.value, state.codecs);
  const code = merged.code === 'stored' ? storedCode(record.shape.code as CodeLocation) : merged.code;
  const input = { functionName: name, ...merged.config, ...(code === undefined ? {} : { code }) };
  const schema = validateInput(input);
  if (schema) return reject(fcError('InvalidArgument', schema.message), { ruleId: schema.ruleId });
  // Code rules look at the new package only; the stored one was checked when it was sent.
  const violation = runRules(input as CreateFunctionInput, merged.context, state.ruleSwitches);
  if (violation)
    return reject(fcError(violation.rule.code, violation.message), { ruleId: violation.rule.id });
  return merged;
}

function codeOf(
  record: FunctionRecord,
  merged: Merge,
  uploads: Uploads,
): Pick<FunctionShape, 'code' | 'codeChecksum' | 'codeSize'> {
  const { code, codeChecksum, codeSize } = record.shape;
  if (merged.code === 'stored') return { code, codeChecksum, codeSize };
  if (merged.code === undefined) return { code: undefined, codeChecksum: '0', codeSize: 0 };
  return { code: codeLocationOf(merged.code), ...codeFields(merged.code, merged.context, uploads) };
}

function updated(request: OperationRequest, record: FunctionRecord, merged: Merge): FunctionRecord {
  const { state, now } = request;
  const isImage = merged.config.runtime === 'custom-container';
  const newImage = merged.given.customContainerConfig !== undefined || record.imageDigest === '';
  const shape = state.shapes.intern({
    ...record.shape,
    config: merged.config,
    ...codeOf(record, merged, state.uploads),
    layers: merged.given.layers === undefined ? record.shape.layers : layersOf(merged.given.layers),
  });
  return {
    ...record,
    shape,
    lastModifiedTime: isoSeconds(now),
    // The image it has, sent back or not, keeps its digest: no registry moves a tag here (ADR 054).
    imageDigest: isImage
      ? merged.config.customContainerConfig?.image === record.shape.config.customContainerConfig?.image
        ? record.imageDigest
        : imageDigestFor(merged.config.customContainerConfig?.image, () => state.prng.hex(64))
      : '',
    preparation: preparationOf({
      state,
      functionName: record.functionName,
      runtime: merged.config.runtime,
      previous: record,
      now,
      // F.7: the accelerated copy is made again only for an image the body brings.
      imageReady: isImage && !newImage && lifecycleAt(record, now.getTime()).accelerationStatus === 'Ready',
    }),
  };
}

function run(request: OperationRequest): Outcome {
  const found = findFunction(request, 'UpdateFunction');
  if ('status' in found) return found;
  const merged = check(request, found.record);
  if ('status' in merged) return merged;
  const next = updated(request, found.record, merged);
  request.state.store.put(request.scope, next);
  return functionAnswer(request, next);
}

/** The UpdateFunction row of the operation table. The body keys it reads: {@link CONFIG_KEYS} and `code`. */
export const updateFunction: Operation = {
  name: 'UpdateFunction',
  method: 'PUT',
  path: '/2023-03-30/functions/{functionName}',
  body: 'json',
  run,
};
