/**
 * The shape of one operation of the table, what its handler receives and returns, and the small
 * helpers every handler shares (answers, rule switches, the function name of a path).
 */
import { emulatorDocument } from '../../../generated/spec-document.ts';
import { isNoBody, type ParsedBody } from '../body.ts';
import { clip, type FcError, fcError } from '../errors.ts';
import type { FunctionRecord } from '../function-record.ts';
import type { PredigestedBody } from '../predigested.ts';
import type { Scope } from '../routing.ts';
import { indexedRule, isRuleEnabled } from '../rule-index.ts';
import type { EmulatorState } from '../state.ts';
import type { CallOutcome, OperationName } from '../types.ts';

/** What an operation decided for one request. */
export interface Outcome {
  status: number;
  /** The answer body; undefined for none (204). Errors carry `{Code, Message}`; the request id is added when sent. */
  body?: unknown;
  /** A success body already written as JSON text (a function's body, ADR 031); `body` is then unset. */
  text?: string | undefined;
  outcome: CallOutcome;
  code?: string | undefined;
  ruleId?: string | undefined;
  /** Extra answer headers (the OSS receiver's `ETag`). */
  headers?: Record<string, string> | undefined;
  /** A success body that is not text (a code package, ADR 038); `body` and `text` are then unset. */
  bytes?: Uint8Array | undefined;
}

/** What a handler receives: the decoded request, the emulator's state and the moment. */
export interface OperationRequest {
  state: EmulatorState;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  scope: Scope;
  now: Date;
  /** The parsed JSON body for operations that take one (`body: 'json'`), else an empty object. */
  body: ParsedBody;
  headers: Record<string, string>;
  /** The body bytes as received (the OSS receiver stores what they describe). */
  raw: Uint8Array;
  /** The body's digest when the Node server computed it ahead (ADR 028), trusted like `raw`. */
  predigested?: PredigestedBody;
  /** The request URL's origin (`https://1.cn-hangzhou.fc.aliyuncs.com`): GetFunctionCode's `url` is on it. */
  origin: string;
}

/**
 * Which API a row belongs to, and so its signature scheme and error envelope (ADR 023): FC 3.0
 * (`{Code, Message, RequestId}`), the FC 2.0 code-upload call (`FC` signature, `{ErrorCode,
 * ErrorMessage}`), the OSS receiver (`OSS` signature, XML errors) or the emulator's code download
 * (unsigned, like a presigned URL; FC 3.0 errors, ADR 038).
 */
export type Protocol = 'fc3' | 'fc2' | 'oss' | 'code';

/** One row of the operation table. */
export interface Operation {
  name: OperationName;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The spec's path template. */
  path: string;
  /**
   * `json`: a JSON object body is parsed; `none`: a body is refused (or ignored, by switch);
   * `bytes`: the body is the payload (the OSS receiver), read from `raw`.
   */
  body: 'json' | 'none' | 'bytes';
  /** Default `fc3`. Rows of other protocols are not in the FC 3.0 spec: no `Prefer`, no `x-fc-rules`. */
  protocol?: Protocol;
  /**
   * The function a body names, for rows without one in the path (ChangeResourceGroup's
   * `ResourceId`): faults scoped by function name and the journal see it. It reads the body
   * under the emulator's rule switches, as the handler does.
   */
  functionNameOf?(body: Record<string, unknown>, state: EmulatorState): string | undefined;
  run(request: OperationRequest): Outcome;
}

/**
 * An FC error answer.
 *
 * @example
 * reject(fcError('FunctionNotFound', 'f')); // { status: 404, body: { Code, Message }, outcome: 'rejected', ... }
 */
export function reject(
  error: FcError,
  extra: { ruleId?: string | undefined; outcome?: CallOutcome } = {},
): Outcome {
  return {
    status: error.status,
    body: { Code: error.code, Message: error.message },
    outcome: extra.outcome ?? 'rejected',
    code: error.code,
    ruleId: extra.ruleId,
  };
}

/**
 * A 400 `InvalidArgument` that breaks the rule `ruleId`.
 *
 * @example
 * refuse('invocation-reason-length', 'reason must be at most 256 characters, got 300'); // status 400
 */
export function refuse(ruleId: string, message: string): Outcome {
  return reject(fcError('InvalidArgument', message), { ruleId });
}

/**
 * A value as messages quote it, cut at 100 characters: a string in quotes, anything else as JSON.
 *
 * @example
 * shownValue('a'.repeat(200)).length; // 104
 * shownValue(1); // '1'
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value, 100));
  // JSON writes a number past the double range (`1e400` parses to Infinity) as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return clip(String(JSON.stringify(value)), 100);
}

/**
 * The JSON object body of an operation whose body is optional: no body (`isNoBody`, the same
 * test as for operations that take none) reads as `{}` (the SDK sends none on
 * EnableFunctionInvocation); anything
 * else must be a JSON object, else the parse error answers. A value, not a union with `Outcome`:
 * a body may hold a `status` key.
 *
 * @example
 * const body = optionalBody(request);
 * if (!body.ok) return body.outcome;
 */
export function optionalBody(
  request: OperationRequest,
): { ok: true; value: Record<string, unknown> } | { ok: false; outcome: Outcome } {
  const { body, raw } = request;
  if (body.ok) return { ok: true, value: body.value };
  return isNoBody(raw) ? { ok: true, value: {} } : { ok: false, outcome: reject(body.error) };
}

/**
 * A successful answer.
 *
 * @example
 * succeed({ functions: [] }); // 200
 */
export function succeed(body: unknown, status = 200): Outcome {
  return { status, body, outcome: 'succeeded' };
}

/**
 * A 200 answering a function's `Function` body as it is now, filled into its shape's template
 * where it has one (ADR 031).
 *
 * @example
 * return functionAnswer(request, record);
 */
export function functionAnswer(request: OperationRequest, record: FunctionRecord): Outcome {
  const text = request.state.bodyText(record, request.now.getTime());
  return { status: 200, text, outcome: 'succeeded' };
}

/**
 * Whether an operation's catalogue rule is on for this emulator (documented rules always are).
 *
 * @example
 * if (ruleOn(state, 'UpdateFunction', 'update-not-in-progress')) { … }
 */
export function ruleOn(state: EmulatorState, operation: OperationName, id: string): boolean {
  const rule = indexedRule(id, operation);
  if (!rule) throw new Error(`rule ${id} is not in the spec's x-fc-rules of ${operation}`);
  return isRuleEnabled(rule, state.ruleSwitches);
}

interface NameSchema {
  pattern: string;
  minLength: number;
  maxLength: number;
}

const NAME = (
  emulatorDocument as unknown as {
    components: { schemas: { CreateFunctionInput: { properties: { functionName: NameSchema } } } };
  }
).components.schemas.CreateFunctionInput.properties.functionName;
const NAME_PATTERN = new RegExp(NAME.pattern, 'u');

/**
 * Checks a function name taken from the path with the create rules (`functionName-length`,
 * `functionName-pattern`, inferred for paths), so a name no function can have answers 400 naming
 * the problem; with the rules switched off it is simply not found.
 *
 * @example
 * checkPathName(state, 'GetFunction', '9bad'); // a 400 InvalidArgument outcome
 */
export function checkPathName(
  state: EmulatorState,
  operation: OperationName,
  name: string,
): Outcome | undefined {
  const tooLong = name.length < NAME.minLength || name.length > NAME.maxLength;
  if (tooLong && ruleOn(state, operation, 'functionName-length')) {
    const message = `functionName length must be between ${NAME.minLength} and ${NAME.maxLength} characters, got ${name.length}`;
    return reject(fcError('InvalidArgument', message), { ruleId: 'functionName-length' });
  }
  if (!NAME_PATTERN.test(name) && ruleOn(state, operation, 'functionName-pattern')) {
    const statement =
      indexedRule('functionName-pattern')?.statement?.replace(/`/g, '') ?? `must match ${NAME.pattern}`;
    return reject(fcError('InvalidArgument', `functionName ${shownValue(name)} is invalid: ${statement}`), {
      ruleId: 'functionName-pattern',
    });
  }
  return undefined;
}

/**
 * The function a path names: a 400 for a name no function can have, a 404 `FunctionNotFound`
 * when there is none, else its record.
 *
 * @example
 * const found = findFunction(request, 'GetFunction');
 * if ('status' in found) return found;
 */
export function findFunction(
  request: OperationRequest,
  operation: OperationName,
): Outcome | { name: string; record: FunctionRecord } {
  const name = request.params.functionName as string;
  const invalid = checkPathName(request.state, operation, name);
  if (invalid) return invalid;
  const record = request.state.store.get(request.scope, name);
  return record ? { name, record } : reject(fcError('FunctionNotFound', name));
}
