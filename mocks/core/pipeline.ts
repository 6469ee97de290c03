/**
 * The request pipeline: route → size → signature → injected answers → parse → schema → rules →
 * state → Function body. Each step returns an outcome value; the first rejection wins.
 */
import { verifySignature } from './auth/index.ts';
import { parseBody } from './body.ts';
import type { Codecs } from './codecs.ts';
import { crc64XzDecimal } from './crc64.ts';
import { errorCatalogue, type FcError, type FcErrorCode, fcError } from './errors.ts';
import { preferredAnswer } from './prefer.ts';
import { isCreateFunction, type Scope, scopeFromHost } from './routing.ts';
import { runRules } from './rules/index.ts';
import type { RuleContext } from './rules/types.ts';
import type { EmulatorState } from './state.ts';
import type { CallOutcome, CreateFunctionInput, WireRequest } from './types.ts';
import { validateInput } from './validation.ts';

/** What the pipeline decided for one request. */
export interface Outcome {
  status: number;
  /** The answer as an object (errors, documented examples), or already as text (a created Function). */
  body: Record<string, unknown> | string;
  outcome: CallOutcome;
  code?: string;
  ruleId?: string;
  input?: Record<string, unknown>;
  /** For a created function: the scope it was stored in (the journal rebuilds the body from it). */
  stored?: { scope: Scope };
  /** The request body as text, once the pipeline has decoded it (the journal reuses it). */
  bodyText?: string;
}

/** The parts of the request URL the pipeline reads (a `URL` has them). */
export type RequestTarget = Pick<URL, 'pathname' | 'hostname'>;

function reject(error: FcError, outcome: CallOutcome, extra: Partial<Outcome> = {}): Outcome {
  return {
    status: error.status,
    body: { Code: error.code, Message: error.message },
    outcome,
    code: error.code,
    ...extra,
  };
}

function zipContext(input: CreateFunctionInput, codecs: Codecs): RuleContext {
  let decoded: Uint8Array | undefined | false | null = null;
  return {
    zipBytes() {
      if (decoded === null) {
        const zip = input.code?.zipFile;
        decoded = zip === undefined ? undefined : (codecs.decodeBase64(zip) ?? false);
      }
      return decoded;
    },
  };
}

function preflight(
  state: EmulatorState,
  wire: WireRequest,
  url: RequestTarget,
  now: Date,
): Outcome | undefined {
  if (!isCreateFunction(wire.method, url.pathname)) {
    return reject(fcError('PathNotSupported', wire.method, url.pathname), 'unrouted');
  }
  if (wire.truncated || wire.body.byteLength > state.maxBodyBytes) {
    return reject(fcError('EntityTooLarge', String(state.maxBodyBytes)), 'rejected');
  }
  if (state.credentials) {
    const context = {
      credentials: state.credentials,
      now,
      maxSkewMs: state.maxClockSkewMs,
      nonces: state.nonces,
      codecs: state.codecs,
    };
    const verdict = verifySignature(wire, context);
    if (!verdict.ok) {
      const status = errorCatalogue[verdict.code as FcErrorCode]?.status ?? 403;
      return reject({ status, code: verdict.code, message: verdict.message }, 'rejected');
    }
  }
  const preferred = preferredAnswer(wire.headers.prefer);
  if (preferred)
    return {
      status: preferred.status,
      body: preferred.body,
      outcome: 'faulted',
      code: preferred.body.Code as string,
    };
  const fault = state.faults.take();
  return fault ? reject(fault, 'faulted') : undefined;
}

// Creates arrive many per second: the last second's text is remembered (module-wide; pure).
let lastSecond = Number.NaN;
let lastSecondText = '';

function isoSecond(now: Date): string {
  const second = Math.floor(now.getTime() / 1000);
  if (second !== lastSecond) {
    lastSecondText = `${now.toISOString().slice(0, 19)}Z`;
    lastSecond = second;
  }
  return lastSecondText;
}

function create(state: EmulatorState, input: CreateFunctionInput, scope: Scope, now: Date): Outcome {
  const context = zipContext(input, state.codecs);
  const violation = runRules(input, context, state.ruleSwitches);
  if (violation) {
    const error = fcError(violation.rule.code, violation.message);
    return reject(error, 'rejected', { ruleId: violation.rule.id, input });
  }
  const bytes = context.zipBytes() || undefined;
  const seq = state.created;
  const record = {
    name: input.functionName,
    seq,
    functionId: state.ids.functionId(seq),
    codeChecksum: bytes ? crc64XzDecimal(bytes) : (input.code?.checksum ?? '0'),
    codeSize: bytes?.byteLength ?? 0,
    createdTime: isoSecond(now),
    imageDigest: input.runtime === 'custom-container' ? state.ids.imageDigest(seq) : '',
  };
  const shape = state.store.tryAdd(scope, record, input);
  if (shape < 0) {
    return reject(fcError('FunctionAlreadyExists', input.functionName), 'rejected', { input });
  }
  state.created = seq + 1;
  return {
    status: 200,
    body: state.functionJson(scope, record, input, shape),
    outcome: 'created',
    input,
    stored: { scope },
  };
}

/**
 * Runs one request through the pipeline.
 *
 * @example
 * const outcome = runPipeline(state, wire, new URL(wire.url), state.clock());
 */
export function runPipeline(state: EmulatorState, wire: WireRequest, url: RequestTarget, now: Date): Outcome {
  const early = preflight(state, wire, url, now);
  if (early) return early;
  const parsed = parseBody(wire.body, state.maxBodyBytes);
  if (!parsed.ok) return reject(parsed.error, 'rejected');
  const schema = validateInput(parsed.value);
  const outcome = schema
    ? reject(fcError('InvalidArgument', schema.message), 'rejected', {
        ruleId: schema.ruleId,
        input: parsed.value,
      })
    : create(
        state,
        parsed.value as unknown as CreateFunctionInput,
        scopeFromHost(url.hostname, state.defaultScope),
        now,
      );
  outcome.bodyText = parsed.text;
  return outcome;
}
