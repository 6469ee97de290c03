/**
 * What a client sent wrong, judged by the spec and by the emulator's own rules (the one brain):
 * header values against the spec's header parameters, `x-acs-content-sha256` against the body
 * bytes (CF A.4), and the request run through a private, unsigned emulator whose 400 answers name
 * the broken rule. Answers that depend on state (not found, already exists) are not the client's
 * fault and are ignored. UpdateFunction rules on the merged configuration need the stored
 * function, which the proxy does not know: its body is checked on its own (ADR 020).
 */
import { repeatedHostProblem } from '../../mocks/core/auth/wire-headers.ts';
import { parseBody } from '../../mocks/core/body.ts';
import { createEmulator, dispatchNow } from '../../mocks/core/emulator.ts';
import { decodeParam } from '../../mocks/core/routing.ts';
import { ruleById } from '../../mocks/core/rule-catalogue.ts';
import type {
  Emulator,
  JournalEntry,
  OperationName,
  WireRequest,
  WireResponse,
} from '../../mocks/core/types.ts';
import { type Finding, finding } from './finding.ts';
import type { Observed } from './observed.ts';
import { operationFacts, schemaValidator } from './spec-facts.ts';

/** The client-side verdict on one exchange. */
export interface ClientVerdict {
  findings: Finding[];
  /** Why some of the request could not be checked, if so. */
  unchecked: string | undefined;
}

/** Headers the private emulator must not act on: it judges the request, not a scenario. */
const IGNORED_HEADERS = new Set(['prefer', 'authorization']);

function headerFindings(observed: Observed, operation: OperationName): Finding[] {
  const out: Finding[] = [];
  for (const parameter of operationFacts(operation).headers) {
    const value = observed.requestHeaders[parameter.name];
    if (value === undefined) continue;
    const wrongEnum = parameter.enum && !parameter.enum.includes(value);
    const wrongPattern = parameter.pattern && !parameter.pattern.test(value);
    if (!wrongEnum && !wrongPattern) continue;
    const documented = parameter.enum ?? parameter.pattern?.source;
    out.push(
      finding('client', 'header', {
        message: `${parameter.name} ${JSON.stringify(value.slice(0, 100))} is not ${JSON.stringify(documented)}`,
        received: value,
        documented,
        reference: 'A.3',
      }),
    );
  }
  return out;
}

/** More than one Host line: serve answers 400 before routing (its URL would be no URL either). */
function hostFindings(observed: Observed): Finding[] {
  const problem = repeatedHostProblem(observed.tapped.request.head.headers.flat());
  if (problem === undefined) return [];
  return [
    finding('client', 'host', {
      message: problem,
      received: observed.requestHeaders.host,
      documented: 'one Host header',
      reference: 'RFC 9112 section 3.2',
      grade: 'inferred',
    }),
  ];
}

function contentHashFindings(observed: Observed): Finding[] {
  const declared = observed.requestHeaders['x-acs-content-sha256'];
  const { body, complete } = observed.tapped.request;
  if (declared === undefined || !complete || declared === body.sha256) return [];
  return [
    finding('client', 'contentSha256', {
      message: `x-acs-content-sha256 is not the SHA-256 of the ${body.size} body bytes sent (the signature covers another body)`,
      received: declared,
      documented: body.sha256,
      reference: 'A.3, A.4',
      basis: 'exchange',
    }),
  ];
}

function messageOf(response: WireResponse): string {
  try {
    return String((JSON.parse(response.body) as { Message?: unknown }).Message ?? '');
  } catch {
    return response.body.slice(0, 200);
  }
}

function ruleFinding(operation: OperationName, entry: JournalEntry, message: string): Finding {
  const rule = entry.ruleId ? ruleById(entry.ruleId, operation) : undefined;
  return finding('client', 'rule', {
    message: `${rule ? `[${rule.id}] ` : ''}${operation}: ${message}`,
    received: entry.code,
    documented: rule?.statement ?? 'a JSON object body (UTF-8)',
    reference: rule?.reference ?? 'A.1',
    grade: rule === undefined || rule.status === 'documented' ? 'documented' : 'inferred',
  });
}

interface Judge {
  checker: Emulator;
  operation: OperationName;
  /** Functions the private emulator holds (from accepted creates). */
  stored: { count: number };
}

/**
 * Creates check every rule before the duplicate-name conflict, so functions the private emulator
 * keeps change no verdict; it is only emptied now and then to bound its memory.
 */
const MAX_STORED = 1000;

/** Runs one request through the private emulator; a 400 it answers is the client's fault. */
function judge({ checker, operation, stored }: Judge, wire: WireRequest): Finding[] {
  const response = dispatchNow(checker, wire) as WireResponse;
  if (operation === 'CreateFunction' && response.status === 200 && ++stored.count >= MAX_STORED) {
    checker.reset();
    stored.count = 0;
  }
  if (response.status !== 400) return [];
  // Only a refusal needs the journal (for its rule id): reading it copies the entry.
  const entry = checker.calls().at(-1);
  if (entry?.outcome !== 'rejected') return [];
  return [ruleFinding(operation, entry, messageOf(response))];
}

function wireOf(observed: Observed, url: URL, body: Uint8Array): WireRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(observed.requestHeaders)) {
    if (!IGNORED_HEADERS.has(name)) headers[name] = value;
  }
  return { method: observed.tapped.request.head.method, url: url.href, headers, body };
}

/** UpdateFunction: the path name as GetFunction judges it, then the body on its own. */
function updateFindings(observed: Observed, judged: Judge, url: URL): Finding[] {
  const pathName = judge(judged, { ...wireOf(observed, url, new Uint8Array(0)), method: 'GET' });
  const bytes = observed.tapped.request.body.bytes ?? new Uint8Array(0);
  const parsed = parseBody(bytes);
  if (!parsed.ok) {
    const error = parsed.error;
    return [
      ...pathName,
      finding('client', 'body', {
        message: `UpdateFunction: ${error.message}`,
        received: error.code,
        documented: 'a JSON object of UpdateFunctionInput fields',
        reference: 'lifecycle C.1',
      }),
    ];
  }
  const out = [...pathName];
  const name = decodeParam(observed.route?.rawParams.functionName ?? '');
  const sent = parsed.value.functionName;
  const rule = ruleById('update-name-matches-path', 'UpdateFunction');
  if (rule && name !== undefined && sent !== undefined && sent !== name) {
    out.push(
      finding('client', 'rule', {
        message: `[${rule.id}] UpdateFunction: functionName ${JSON.stringify(sent)} in the body does not match the path's ${JSON.stringify(name)}`,
        received: sent,
        documented: rule.statement,
        reference: rule.reference,
        grade: rule.status === 'documented' ? 'documented' : 'inferred',
      }),
    );
  }
  const validate = schemaValidator('UpdateFunctionInput');
  if (validate(parsed.value)) return out;
  for (const error of (validate.errors ?? []).slice(0, 10)) {
    out.push(
      finding('client', 'schema', {
        message: `UpdateFunction: body${error.instancePath} ${error.message ?? 'is invalid'}`,
        received: error.data ?? error.params,
        documented: `UpdateFunctionInput ${error.schemaPath}`,
        reference: 'lifecycle C.1',
      }),
    );
  }
  return out;
}

/**
 * Creates the client-side checks (each owns its private emulator; state is never shared).
 *
 * @example
 * const checkClient = createClientChecks();
 * const { findings } = checkClient(observed);
 */
export function createClientChecks(): (observed: Observed) => ClientVerdict {
  // `list-next-token` means "a token this server issued": another server's tokens are not errors.
  const checker = createEmulator({ rules: { 'list-next-token': false }, journalLimit: 1 });
  const stored = { count: 0 };
  return (observed) => {
    const { route, url } = observed;
    const hosts = hostFindings(observed);
    if (!route || !url) return { findings: hosts, unchecked: 'not an operation of the spec' };
    const operation = route.operation.name;
    const findings = [...hosts, ...headerFindings(observed, operation), ...contentHashFindings(observed)];
    const { body, complete } = observed.tapped.request;
    if (!complete || (body.bytes === undefined && body.size > 0)) {
      const why = complete ? `body of ${body.size} bytes over the capture bound` : 'request incomplete';
      return { findings, unchecked: `${why}: rules not checked` };
    }
    const judged = { checker, operation, stored };
    const bytes = body.bytes ?? new Uint8Array(0);
    if (operation === 'UpdateFunction') findings.push(...updateFindings(observed, judged, url));
    else findings.push(...judge(judged, wireOf(observed, url, bytes)));
    return { findings, unchecked: undefined };
  };
}
