/**
 * One request through the emulator: route (method + path → operation, none → PathNotSupported),
 * then the preflight every operation shares (body size, signature, `Prefer`, injected faults),
 * then the operation's handler, then the answer as sent and its journal snapshot.
 */
import { verifySignature } from './auth/index.ts';
import { verifyFc2 } from './auth/verify-fc2.ts';
import { verifyOss } from './auth/verify-oss.ts';
import { isNoBody, type ParsedBody, parseBody } from './body.ts';
import { writeAnswer } from './envelopes.ts';
import { clip, errorCatalogue, Fc3TestkitError, type FcErrorCode, fcError } from './errors.ts';
import { injectedError, type RequestNames } from './fault-message.ts';
import {
  findForeignRoute,
  findRoute,
  foreignProtocol,
  foreignTarget,
  isRoutedPath,
  nearestRoute,
  type Outcome,
  type Protocol,
  type Route,
} from './operations/index.ts';
import { reject, ruleOn } from './operations/operation.ts';
import { predigestedBody } from './predigested.ts';
import { preferredAnswer } from './prefer.ts';
import { requestId } from './request-id.ts';
import { decodeParam, rawPath, scopeFromHost } from './routing.ts';
import type { EmulatorState } from './state.ts';
import type { OperationName, WireRequest, WireResponse } from './types.ts';

const NO_BODY: ParsedBody = { ok: true, value: {}, text: '' };
/** Refuses a body on an operation that takes none (lifecycle A.2), `{}` aside. */
const NO_BODY_RULE = 'request-body-not-allowed';

/** An outcome with what the journal records about the request. */
interface Answer {
  outcome: Outcome;
  operation: OperationName | undefined;
  functionName: string | undefined;
  body: ParsedBody | undefined;
  protocol: Protocol;
  /** The request URL's `host` (OSS errors name it), read once by the dispatcher. */
  host: string;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined; // not a URL: answered as an unknown path
  }
}

function decodeParams(raw: Record<string, string>): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const decoded = decodeParam(value);
    if (decoded === undefined) return undefined;
    params[name] = decoded;
  }
  return params;
}

function signatureCheck(
  state: EmulatorState,
  wire: WireRequest,
  context: { now: Date; route: Route; params: Record<string, string> },
): Outcome | undefined {
  // The code download is a plain GET of the url GetFunctionCode answered (ADR 038): unsigned.
  if (!state.credentials || context.route.operation.protocol === 'code') return undefined;
  const { credentials, maxClockSkewMs: maxSkewMs, nonces, codecs } = state;
  const { now, route, params } = context;
  if (route.operation.protocol === 'oss') {
    const resource = `/${params.bucket}/${params.key}`;
    const verdict = verifyOss(wire, resource, { credentials, uploads: state.uploads, now, maxSkewMs });
    return verdict.ok
      ? undefined
      : reject({ status: verdict.status, code: verdict.code, message: verdict.message });
  }
  const verify = route.operation.protocol === 'fc2' ? verifyFc2 : verifySignature;
  const verdict = verify(wire, { credentials, now, maxSkewMs, nonces, codecs });
  if (verdict.ok) return undefined;
  const status = errorCatalogue[verdict.code as FcErrorCode]?.status ?? 403;
  return reject({ status, code: verdict.code, message: verdict.message });
}

function preflight(
  state: EmulatorState,
  wire: WireRequest,
  context: { now: Date; route: Route; params: Record<string, string> },
): Outcome | undefined {
  if (wire.truncated || wire.body.byteLength > state.maxBodyBytes) {
    return reject(fcError('EntityTooLarge', String(state.maxBodyBytes)));
  }
  const unsigned = signatureCheck(state, wire, context);
  if (unsigned) return unsigned;
  // `Prefer` picks documented FC 3.0 examples: rows of other protocols have none.
  if (context.route.operation.protocol !== undefined) return undefined;
  const { name } = context.route.operation;
  const header = wire.headers.prefer;
  const preferred = preferredAnswer(name, header);
  if (!preferred) return undefined;
  if (!preferred.ok) {
    const asked = JSON.stringify(clip(header as string, 100));
    const message = `Prefer ${asked} names no answer ${name} documents; it documents ${preferred.documented} (fc3-testkit)`;
    return reject(fcError('InvalidArgument', message));
  }
  const { status, body } = preferred.answer;
  return { status, body, outcome: 'faulted', code: body?.Code as string | undefined };
}

function nameOf(
  state: EmulatorState,
  {
    params,
    body,
    operation,
  }: { params?: Record<string, string>; body?: ParsedBody; operation: Route['operation'] },
): string | undefined {
  if (params?.functionName !== undefined) return params.functionName;
  if (!body?.ok) return undefined;
  const fromBody = operation.functionNameOf
    ? operation.functionNameOf(body.value, state)
    : body.value.functionName;
  return typeof fromBody === 'string' ? fromBody : undefined;
}

/** A parsed request URL and its path as sent (`rawPath`: dot segments are names, not moves). */
interface Target {
  url: URL;
  path: string;
}

/** What an injected fault's message may name of the request, beyond its operation and function. */
function requestNames(
  { method, headers }: WireRequest,
  { url, path }: Target,
  { params, now }: { params: Record<string, string>; now: Date },
): RequestNames {
  return { method, path, params, qualifier: url.searchParams.get('qualifier') ?? undefined, headers, now };
}

function answerRouted(
  state: EmulatorState,
  wire: WireRequest,
  target: Target,
  route: Route,
  now: Date,
): Answer {
  const { url, path } = target;
  const { operation } = route;
  const params = decodeParams(route.rawParams);
  const answer = (
    outcome: Outcome,
    body?: ParsedBody,
    functionName = nameOf(state, { params, body, operation }),
  ): Answer => ({
    outcome,
    operation: operation.name,
    functionName,
    body,
    protocol: operation.protocol ?? 'fc3',
    host: url.host,
  });
  if (!params) {
    return answer(
      reject(fcError('InvalidArgument', `path ${clip(path, 200)} is not valid percent-encoding`)),
    );
  }
  const early = preflight(state, wire, { now, route, params });
  if (early) return answer(early);
  const parse = (): ParsedBody =>
    (wire.predigested && predigestedBody(wire.predigested)) ?? parseBody(wire.body);
  const body = operation.body === 'json' ? parse() : NO_BODY;
  // Read once: faults scoped by name and the journal entry see the same function.
  const functionName = nameOf(state, { params, body, operation });
  const fired = state.faults.take({ operation: operation.name, functionName });
  if (fired) {
    const names = { operation: operation.name, functionName, ...requestNames(wire, target, { params, now }) };
    const fault = injectedError(fired.code, fired.message, names);
    return answer(reject(fault, { outcome: 'faulted' }), body, functionName);
  }
  // The body rule is the spec's, for FC 3.0 rows; the FC 2.0 token row ignores a body, as the
  // FC 2.0 client never sends one and its documentation says nothing of it.
  if (
    operation.body === 'none' &&
    operation.protocol === undefined &&
    !isNoBody(wire.body) &&
    ruleOn(state, operation.name, NO_BODY_RULE)
  ) {
    const message = `${operation.name} takes no request body, got ${wire.body.byteLength} bytes`;
    return answer(
      reject(fcError('InvalidArgument', message), { ruleId: NO_BODY_RULE }),
      undefined,
      functionName,
    );
  }
  const scope = scopeFromHost(url.hostname, state.defaultScope);
  const request = {
    state,
    params,
    query: url.searchParams,
    scope,
    now,
    body,
    headers: wire.headers,
    raw: wire.body,
    predigested: wire.predigested,
    origin: url.origin,
  };
  return answer(operation.run(request), body, functionName);
}

function respond(state: EmulatorState, wire: WireRequest, answer: Answer, now: Date): WireResponse {
  const id = requestId(now, state.prng);
  const { outcome, body } = answer;
  const written = writeAnswer(answer.protocol, outcome, { requestId: id, host: answer.host });
  const text = written.text;
  state.journal.record({
    at: now,
    operation: answer.operation,
    method: wire.method,
    url: wire.url,
    headers: wire.headers,
    body: wire.body,
    input: body?.ok && body.text !== '' ? body.value : undefined,
    bodyText: body?.text,
    status: outcome.status,
    code: outcome.code,
    functionName: answer.functionName,
    outcome: outcome.outcome,
    ruleId: outcome.ruleId,
    requestId: id,
    responseText: text,
  });
  state.decided = { operation: answer.operation, code: outcome.code, ruleId: outcome.ruleId };
  const ids: Record<string, string> =
    answer.protocol === 'oss'
      ? { 'x-oss-request-id': id }
      : { 'x-acs-request-id': id, 'x-fc-request-id': id };
  const response: WireResponse = {
    status: outcome.status,
    headers: { ...written.headers, ...ids },
    body: text,
  };
  if (outcome.bytes) response.bytes = outcome.bytes;
  return answer.protocol === 'code' ? framed(response, wire.method === 'HEAD') : response;
}

/**
 * A download's answer with its length in the headers (MSW and nock add none), which a HEAD,
 * answered as the GET without its body, exists to tell (ADR 038 addendum); `head` drops the body.
 * Sets the header on `response` itself.
 *
 * @example
 * framed({ status: 200, headers: {}, body: 'zip' }, true); // { status: 200, headers: { 'content-length': '3' }, body: '' }
 */
export function framed(response: WireResponse, head: boolean): WireResponse {
  const { status, headers, body, bytes } = response;
  headers['content-length'] = String(bytes?.byteLength ?? new TextEncoder().encode(body).byteLength);
  return head ? { status, headers, body: '' } : response;
}

function hasStringHeaders(headers: unknown): boolean {
  if (typeof headers !== 'object' || headers === null) return false;
  for (const name in headers)
    if (typeof (headers as Record<string, unknown>)[name] !== 'string') return false;
  return true;
}

/**
 * Throws {@link Fc3TestkitError} unless `wire` is a {@link WireRequest}: adapters and direct
 * callers of `dispatch` get a clear message instead of an FC answer to a malformed call.
 *
 * @example
 * checkWireRequest({ method: 'GET', url: 'http://127.0.0.1/', headers: {}, body: new Uint8Array() });
 */
export function checkWireRequest(wire: WireRequest): void {
  const fault =
    typeof wire !== 'object' || wire === null
      ? 'a WireRequest object'
      : typeof wire.method !== 'string'
        ? 'method as a string'
        : typeof wire.url !== 'string'
          ? 'url as a string'
          : !hasStringHeaders(wire.headers)
            ? 'headers as an object of strings'
            : !(wire.body instanceof Uint8Array)
              ? 'body as a Uint8Array'
              : wire.predigested !== undefined && typeof wire.predigested?.sha256Hex !== 'string'
                ? 'predigested unset, or from predigest(body)'
                : undefined;
  if (fault) throw new Fc3TestkitError(`dispatch needs ${fault} (see WireRequest)`);
}

/**
 * Answers one request (already checked with {@link checkWireRequest}) synchronously and records
 * it in the journal.
 *
 * @example
 * const response = dispatchRequest(state, wire);
 */
export function dispatchRequest(state: EmulatorState, wire: WireRequest): WireResponse {
  const now = state.now();
  const url = parseUrl(wire.url);
  const target = url && foreignTarget(wire, url.hostname);
  const path = target?.path ?? rawPath(wire.url);
  const route = target && (findForeignRoute(target) ?? findRoute(wire.method, path));
  if (url && route) return respond(state, wire, answerRouted(state, wire, { url, path }, route, now), now);
  const protocol = (target && foreignProtocol(target)) ?? 'fc3';
  const outcome = unrouted(protocol, wire.method, path);
  return respond(
    state,
    wire,
    {
      outcome,
      operation: undefined,
      functionName: undefined,
      body: undefined,
      protocol,
      host: url?.host ?? '',
    },
    now,
  );
}

// OSS answers a method it does not serve on an object with 405 `MethodNotAllowed` and this
// wording (OSS error documentation); FC 2.0 and FC 3.0 say `PathNotSupported`, each in its form.
function unrouted(protocol: Protocol, method: string, path: string): Outcome {
  if (protocol === 'oss') {
    const body = {
      Code: 'MethodNotAllowed',
      Message: 'The specified method is not allowed against this resource.',
    };
    return { status: 405, body, outcome: 'unrouted', code: body.Code };
  }
  const error = fcError('PathNotSupported', clip(method, 20), clip(path, 200));
  // FC's wording, then why: a real operation the emulator lacks reads like a client bug otherwise;
  // and, when the path is a slip away from a served one, which one (a typo reads like a gap too).
  if (!isRoutedPath(path)) {
    const nearest = nearestRoute(method, path);
    const hint = nearest === undefined ? '' : `; did you mean ${nearest}?`;
    error.message += ` (fc3-testkit emulates no operation on this path${hint})`;
  }
  return reject(error, { outcome: 'unrouted' });
}
