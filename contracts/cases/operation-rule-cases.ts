/**
 * The rules of GetFunction, UpdateFunction, DeleteFunction and ListFunctions (`x-fc-rules` of
 * each operation, docs/rules.md): each probed from both sides, a value just inside (answered
 * normally) and one just outside (400 with the rule's code).
 */
import { operationRules, type RuleSpec } from '../../mocks/core/rule-catalogue.ts';
import type { OperationName } from '../../mocks/core/types.ts';
import type { CaseExpectation, CaseNeed, CaseRequest, ContractCase } from '../types.ts';
import { baseInput, createRequest, type Naming } from './context.ts';
import {
  deleteRequest,
  functionPath,
  getRequest,
  listRequest,
  notFoundMessage,
  updateRequest,
} from './function-requests.ts';
import { ruleFact } from './rule-cases.ts';

/** One probe of a rule: its request (with what it needs created first) and the answer. */
interface Probe {
  label: string;
  accepted: boolean;
  setup?: CaseRequest[];
  request: CaseRequest;
  /** For accepted probes: what a correct server answers instead (default 200). */
  expect?: CaseExpectation;
  needs?: CaseNeed[];
}

type Probes = (naming: Naming) => Probe[];

const OPERATIONS: readonly OperationName[] = [
  'GetFunction',
  'UpdateFunction',
  'DeleteFunction',
  'ListFunctions',
];
const SHORT: Record<string, string> = {
  GetFunction: 'get',
  UpdateFunction: 'update',
  DeleteFunction: 'delete',
  ListFunctions: 'list',
};

function pathRequest(operation: OperationName, name: string): CaseRequest {
  if (operation === 'UpdateFunction') return updateRequest(name, { description: 'probe' });
  if (operation === 'DeleteFunction') return deleteRequest(name);
  return getRequest(name);
}

/** A valid name that does not exist answers FunctionNotFound, not the rule's 400. */
function missing(operation: OperationName, name: string, label: string): Probe {
  const expect = { status: 404, code: 'FunctionNotFound', message: notFoundMessage(name) };
  return { label, accepted: true, request: pathRequest(operation, name), expect, needs: ['state'] };
}

const pathProbes = (operation: OperationName): Record<string, Probes> => ({
  'functionName-pattern': (n) => [
    missing(operation, `_${n.next('path')}`, 'leading-underscore'),
    { label: 'leading-digit', accepted: false, request: pathRequest(operation, `9${n.next('path')}`) },
    { label: 'dot', accepted: false, request: pathRequest(operation, `${n.next('path')}.v1`) },
  ],
  'functionName-length': (n) => [
    missing(operation, n.ofLength(64), '64-chars'),
    { label: '65-chars', accepted: false, request: pathRequest(operation, n.ofLength(65)) },
  ],
});

function bodyProbes(operation: OperationName): Probes {
  return (n) => {
    // Each probe its own function: a case never leans on another one's.
    const target = () => {
      const name = n.next('nobody');
      if (operation === 'ListFunctions') return { setup: [], request: listRequest({ prefix: `${name}-` }) };
      return { setup: [createRequest(baseInput('builtin', name))], request: pathRequest(operation, name) };
    };
    const accepted: CaseExpectation =
      operation === 'DeleteFunction'
        ? { status: 204, statusGrade: 'inferred', noContent: true }
        : { status: 200 };
    // Fetch refuses a GET with a body, so those probes need a raw HTTP target.
    const needs: CaseNeed[] = operation === 'DeleteFunction' ? ['state'] : ['state', 'get-body'];
    const [clean, dirty] = [target(), target()];
    return [
      { label: 'no-body', accepted: true, ...clean, expect: accepted, needs: ['state'] },
      {
        label: 'json-body',
        accepted: false,
        setup: dirty.setup,
        // `{}` means no body (terraform sends it on UntagResources); a field does not.
        request: { ...dirty.request, body: { qualifier: 'LATEST' } },
        needs,
      },
    ];
  };
}

function listProbe(label: string, query: Record<string, string | number>, accepted: boolean): Probes {
  return (n) => {
    const name = n.next('lq');
    const request = listRequest({ prefix: `${name}-`, ...query });
    if (!accepted) return [{ label, accepted, request }];
    const listed = { names: [`${name}-a`], limit: Number(query.limit ?? 20) };
    const setup = [createRequest(baseInput('builtin', `${name}-a`))];
    return [{ label, accepted, setup, request, expect: { status: 200, listed }, needs: ['state'] }];
  };
}

const join =
  (...all: Probes[]): Probes =>
  (n) =>
    all.flatMap((probes) => probes(n));

const listProbes: Record<string, Probes> = {
  'list-limit-range': join(
    listProbe('1', { limit: 1 }, true),
    listProbe('100', { limit: 100 }, true),
    listProbe('0', { limit: 0 }, false),
    listProbe('101', { limit: 101 }, false),
    listProbe('not-a-number', { limit: 'ten' }, false),
  ),
  'list-next-token': join(
    listProbe('empty', { nextToken: '' }, true),
    listProbe('made-up', { nextToken: 'bm90LWEtdG9rZW4=' }, false),
  ),
  'list-tags-json': join(
    listProbe('empty-array', { tags: '[]' }, true),
    listProbe('key-value-text', { tags: 'team=a' }, false),
  ),
  'list-fc-version-enum': join(
    listProbe('v3', { fcVersion: 'v3' }, true),
    listProbe('v4', { fcVersion: 'v4' }, false),
  ),
};

function probesOf(operation: OperationName, rule: RuleSpec): Probes {
  if (rule.id === 'request-body-not-allowed') return bodyProbes(operation);
  if (rule.id === 'update-name-matches-path') return nameInBodyProbes;
  if (rule.id === 'delete-no-qualifier') return qualifierProbes;
  const table = operation === 'ListFunctions' ? listProbes : pathProbes(operation);
  const probes = table[rule.id];
  if (!probes) throw new Error(`contract suite has no probes for ${operation} rule "${rule.id}"`);
  return probes;
}

const nameInBodyProbes: Probes = (n) => {
  const probe = (label: string, accepted: boolean): Probe => {
    const name = n.next('named');
    const sent = accepted ? name : `${name}x`;
    const setup = [createRequest(baseInput('builtin', name))];
    return { label, accepted, setup, request: updateRequest(name, { functionName: sent }), needs: ['state'] };
  };
  return [probe('same-name', true), probe('other-name', false)];
};

const qualifierProbes: Probes = (n) => {
  const probe = (label: string, query: string, accepted: boolean): Probe => {
    const name = n.next('dq');
    const setup = [createRequest(baseInput('builtin', name))];
    const request = deleteRequest(name, { path: `${functionPath(name)}${query}` });
    const expect: CaseExpectation = { status: 204, statusGrade: 'inferred', noContent: true };
    return { label, accepted, setup, request, ...(accepted ? { expect } : {}), needs: ['state'] };
  };
  return [
    probe('no-qualifier', '', true),
    probe('empty-qualifier', '?qualifier=', true),
    probe('version', '?qualifier=1', false),
  ];
};

function probeCase(operation: OperationName, rule: RuleSpec, probe: Probe): ContractCase {
  const verb = probe.accepted ? 'accepts' : 'rejects';
  const expect = probe.accepted ? (probe.expect ?? { status: 200 }) : { status: 400, code: rule.code };
  return {
    id: `${SHORT[operation]}.rule.${rule.id}.${probe.accepted ? 'accept' : 'reject'}.${probe.label}`,
    title: `${operation} ${verb} ${probe.label}: ${rule.statement}`,
    fact: { ...ruleFact(rule), operation },
    ...(probe.setup && probe.setup.length > 0 ? { setup: probe.setup } : {}),
    request: probe.request,
    expect,
    ...(probe.needs ? { needs: probe.needs } : {}),
  };
}

/**
 * The rule cases of the function-resource operations, in spec order (the in-progress rule of
 * UpdateFunction, which needs the lifecycle, is in lifecycle-cases.ts).
 *
 * @example
 * operationRuleCases(naming).some((c) => c.id === 'list.rule.list-limit-range.reject.101'); // true
 */
export function operationRuleCases(naming: Naming): ContractCase[] {
  return OPERATIONS.flatMap((operation) =>
    operationRules(operation)
      .filter((rule) => rule.id !== 'update-not-in-progress')
      .flatMap((rule) => probesOf(operation, rule)(naming).map((probe) => probeCase(operation, rule, probe))),
  );
}
