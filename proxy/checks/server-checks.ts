/**
 * What the upstream answered differently from the documentation: the status and error code the
 * spec documents for the operation, the body against the response schema, and the contract
 * suite's own checks, run on a case built from the exchange (the request's input is what the
 * answer must echo). Paths outside the spec get only the facts every FC answer shares. The
 * suite's `status` and `errorCode` checks are replaced by the documented-answer checks here: a
 * live exchange has no expected status, only documented ones. FC 2.0 `tempBucketToken` and OSS
 * upload answers get only their own protocol's request-id header (T.7, T.8).
 */
import { answerProtocol } from '../../contracts/checks/answer-protocol.ts';
import type { ContractCheck } from '../../contracts/checks/check.ts';
import {
  computedFieldsCheck,
  contentTypeCheck,
  defaultsCheck,
  echoCheck,
  envelopeCheck,
  maskingCheck,
  requestIdCheck,
  responseSchemaCheck,
  sampleConformanceCheck,
} from '../../contracts/checks/index.ts';
import type { CaseExpectation, ContractCase, SuccessExpectation } from '../../contracts/types.ts';
import { decodeParam, scopeFromHost } from '../../mocks/core/routing.ts';
import type { OperationName } from '../../mocks/core/types.ts';
import { CONTROL_PREFIX } from '../../mocks/server/control.ts';
import { type Finding, finding, serverFinding } from './finding.ts';
import type { Observed } from './observed.ts';
import { operationFacts, schemaValidator } from './spec-facts.ts';

const ERROR_CHECKS = [contentTypeCheck, requestIdCheck, envelopeCheck];
const READ_CHECKS = [
  contentTypeCheck,
  requestIdCheck,
  responseSchemaCheck,
  sampleConformanceCheck,
  echoCheck,
];
const CHECKS: Record<OperationName, readonly ContractCheck[]> = {
  CreateFunction: [...READ_CHECKS, maskingCheck, defaultsCheck, computedFieldsCheck],
  GetFunction: READ_CHECKS,
  UpdateFunction: [...READ_CHECKS, maskingCheck],
  ListFunctions: [contentTypeCheck, requestIdCheck],
  DeleteFunction: [requestIdCheck],
  // Triggers, tags and settings: the generic checks; their bodies are checked against the spec's
  // schema for the status (bodySchemaFindings).
  CreateTrigger: [contentTypeCheck, requestIdCheck],
  ListTriggers: [contentTypeCheck, requestIdCheck],
  GetTrigger: [contentTypeCheck, requestIdCheck],
  UpdateTrigger: [contentTypeCheck, requestIdCheck],
  DeleteTrigger: [requestIdCheck],
  TagResources: [requestIdCheck],
  UntagResources: [requestIdCheck],
  ChangeResourceGroup: [contentTypeCheck, requestIdCheck],
  DisableFunctionInvocation: [contentTypeCheck, requestIdCheck],
  EnableFunctionInvocation: [contentTypeCheck, requestIdCheck],
  PublishFunctionVersion: [contentTypeCheck, requestIdCheck],
  ListFunctionVersions: [contentTypeCheck, requestIdCheck],
  DeleteFunctionVersion: [requestIdCheck],
  CreateAlias: [contentTypeCheck, requestIdCheck],
  ListAliases: [contentTypeCheck, requestIdCheck],
  GetAlias: [contentTypeCheck, requestIdCheck],
  GetFunctionCode: [contentTypeCheck, requestIdCheck],
  UpdateAlias: [contentTypeCheck, requestIdCheck],
  DeleteAlias: [requestIdCheck],
  GetAsyncInvokeConfig: [contentTypeCheck, requestIdCheck],
  GetConcurrencyConfig: [contentTypeCheck, requestIdCheck],
  GetScalingConfig: [contentTypeCheck, requestIdCheck],
  GetProvisionConfig: [contentTypeCheck, requestIdCheck],
  ListVpcBindings: [contentTypeCheck, requestIdCheck],
  ListAsyncInvokeConfigs: [contentTypeCheck, requestIdCheck],
  ListScalingConfigs: [contentTypeCheck, requestIdCheck],
  GetTempBucketToken: [requestIdCheck],
  PutObject: [],
  DownloadFunctionCode: [],
};
/** Not configuration an UpdateFunction changes (lifecycle C.1): never expected back. */
const NOT_UPDATED = ['functionName', 'tags', 'resourceGroupId'];

function codeOf(json: unknown): string | undefined {
  const code = (json as { Code?: unknown } | undefined)?.Code;
  return typeof code === 'string' ? code : undefined;
}

function arnScope(hostname: string): SuccessExpectation['arn'] {
  const scope = scopeFromHost(hostname, { accountId: '', regionId: '' });
  if (!scope.regionId) return undefined;
  return scope.accountId
    ? { regionId: scope.regionId, accountId: scope.accountId }
    : { regionId: scope.regionId };
}

function successOf(observed: Observed, operation: OperationName): SuccessExpectation | undefined {
  const input = observed.input;
  const flavour = (runtime: unknown) => (runtime === 'custom-container' ? 'container' : 'code');
  const name = decodeParam(observed.route?.rawParams.functionName ?? '') ?? '';
  const returned = (observed.json as { runtime?: unknown } | undefined)?.runtime;
  if (operation === 'CreateFunction') {
    if (!input) return undefined;
    const arn = arnScope(observed.url?.hostname ?? '');
    return { echo: input, sample: flavour(input.runtime), ...(arn ? { arn } : {}) };
  }
  if (operation === 'GetFunction') return { echo: { functionName: name }, sample: flavour(returned) };
  if (operation === 'UpdateFunction' && input) {
    const given = Object.fromEntries(Object.entries(input).filter(([key]) => !NOT_UPDATED.includes(key)));
    return { echo: { ...given, functionName: name }, sample: flavour(returned) };
  }
  return undefined;
}

/** Paths outside the spec: only what every FC answer shares (request ids, the error envelope). */
const ANY_ANSWER = {
  reference: 'D.1, E.1',
  statement: 'every FC answer carries its request id; errors use the FC envelope',
};

/** The case the contract checks judge: the exchange's own status, code and input as expectation. */
function caseOf(observed: Observed, operation: OperationName | undefined): ContractCase {
  const { status } = observed.exchange.response;
  const expect: CaseExpectation = { status };
  if (status >= 400) expect.code = codeOf(observed.json) ?? '(none)';
  const success = operation && status === 200 ? successOf(observed, operation) : undefined;
  if (success) expect.success = success;
  const { method, target } = observed.tapped.request.head;
  const fact = operation
    ? {
        reference: operationFacts(operation).answerReference,
        statement: `${operation} answers as documented`,
      }
    : ANY_ANSWER;
  return {
    id: `proxy.${observed.tapped.seq}`,
    title: `${method} ${target} → ${status}`,
    fact: { ...fact, grade: 'documented' },
    request: { method, path: target },
    expect,
  };
}

function statusFindings(observed: Observed, operation: OperationName): Finding[] {
  const facts = operationFacts(operation);
  const { status } = observed.exchange.response;
  const documented = facts.statuses.get(status);
  if (documented) return [];
  const successes = [...facts.statuses.values()].filter((entry) => entry.status < 400);
  return [
    finding('server', 'status', {
      message: `${operation} answered ${status}, a status the spec does not document for it`,
      received: status,
      documented: [...facts.statuses.keys()],
      reference: status >= 400 ? facts.errorReference : facts.answerReference,
      grade:
        status < 400 && successes.some((entry) => entry.grade === 'inferred') ? 'inferred' : 'documented',
    }),
  ];
}

function codeFindings(observed: Observed, operation: OperationName): Finding[] {
  const facts = operationFacts(operation);
  const { status } = observed.exchange.response;
  const code = codeOf(observed.json);
  const here = facts.statuses.get(status);
  if (status < 400 || !here || code === undefined || here.codes.has(code)) return [];
  const elsewhere = [...facts.statuses.values()].find((entry) => entry.codes.has(code));
  const message = elsewhere
    ? `${operation} answered ${code} with status ${status}; the spec documents it with ${elsewhere.status}`
    : `${operation} answered ${code} with status ${status}, a code the spec does not document there`;
  return [
    finding('server', 'errorCode', {
      message,
      received: { status, code },
      documented: elsewhere ? { status: elsewhere.status, code } : { status, codes: [...here.codes.keys()] },
      reference: facts.errorReference,
      // Our list of codes may be incomplete: an unknown code is a warning-grade finding.
      grade: elsewhere ? (elsewhere.codes.get(code) ?? 'documented') : 'inferred',
    }),
  ];
}

function bodySchemaFindings(observed: Observed, operation: OperationName): Finding[] {
  const { status } = observed.exchange.response;
  const schema = operationFacts(operation).statuses.get(status)?.schema;
  // `Function` bodies are judged by the suite's responseSchema check; the rest here.
  if (status >= 400 || !schema || schema === 'Function' || observed.json === undefined) return [];
  const validate = schemaValidator(schema);
  if (validate(observed.json)) return [];
  return (validate.errors ?? []).slice(0, 10).map((error) =>
    finding('server', 'responseSchema', {
      message: `${operation} body${error.instancePath} ${error.message ?? 'is invalid'} (${schema})`,
      received: error.data ?? error.params,
      documented: error.schemaPath,
      reference: operationFacts(operation).answerReference,
    }),
  );
}

function runChecks(
  checks: readonly ContractCheck[],
  observed: Observed,
  contractCase: ContractCase,
  clockToleranceMs: number,
): Finding[] {
  const input = { contractCase, exchange: observed.exchange, json: observed.json, clockToleranceMs };
  return checks
    .filter((check) => check.applies(contractCase))
    .flatMap((check) => check.run(input).map(serverFinding));
}

/**
 * An answer cut off after its head is the server's fault. No answer at all is not judged: a
 * request can race an idle keep-alive connection being closed, which clients retry (the session
 * counts it as not checked).
 */
function answerFindings(observed: Observed, reference: string): Finding[] {
  const { response, aborted } = observed.tapped;
  if (!response || response.complete) return [];
  return [
    finding('server', 'answer', {
      message: `the answer is incomplete: ${aborted ?? 'the connection ended'}`,
      received: `${response.body.size} body bytes after status ${response.head.status}`,
      documented: 'a complete HTTP answer',
      reference,
    }),
  ];
}

/**
 * The server-side findings of one exchange.
 *
 * @example
 * const findings = checkServer(observed, { clockToleranceMs: 300_000 });
 */
export function checkServer(observed: Observed, options: { clockToleranceMs: number }): Finding[] {
  const operation = observed.route?.operation.name;
  // fc3-testkit serve's control API (the contract suite's probe and clock use it) is not FC's.
  if (!observed.tapped.response || observed.url?.pathname.startsWith(CONTROL_PREFIX)) return [];
  const incomplete = answerFindings(
    observed,
    operation ? operationFacts(operation).answerReference : ANY_ANSWER.reference,
  );
  if (incomplete.length > 0) return incomplete;
  const { status } = observed.exchange.response;
  const contractCase = caseOf(observed, operation);
  // FC 2.0 and OSS answers (ADR 023) are not FC 3.0 answers: no FC envelope, no JSON content type
  // for OSS, their own request-id header. Only that header is judged (requestIdCheck knows which).
  if (answerProtocol(observed.exchange.request) !== 'fc3')
    return runChecks([requestIdCheck], observed, contractCase, options.clockToleranceMs);
  if (!operation) {
    return runChecks(
      status >= 400 ? ERROR_CHECKS : [requestIdCheck],
      observed,
      contractCase,
      options.clockToleranceMs,
    );
  }
  const checks = status >= 400 ? ERROR_CHECKS : CHECKS[operation];
  return [
    ...statusFindings(observed, operation),
    ...codeFindings(observed, operation),
    ...bodySchemaFindings(observed, operation),
    ...runChecks(checks, observed, contractCase, options.clockToleranceMs),
  ];
}
