/**
 * Cases for aliases (lifecycle I.3, B.1, H.5): the Alias answered (terraform's id), the codes
 * clients key on, the weights rule, GetFunction through an alias, UpdateAlias's merge and a
 * version an alias still uses. Each creates the function and versions it needs first.
 */
import type { CaseExpectation, CaseRequest, ContractCase } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';
import { getRequest, updateRequest } from './function-requests.ts';
import { publishRequest } from './version-cases.ts';

/**
 * The aliases path of a function.
 *
 * @example
 * aliasesPath('f'); // '/2023-03-30/functions/f/aliases'
 */
export const aliasesPath = (fn: string): string => `/2023-03-30/functions/${fn}/aliases`;
/**
 * CreateAlias, with the `x-acs-action` the SDK signs (lifecycle A.1, I.3).
 *
 * @example
 * createAlias('f', { aliasName: 'prod', versionId: '1' });
 */
export const createAlias = (fn: string, body: Record<string, unknown>): CaseRequest => ({
  method: 'POST',
  path: aliasesPath(fn),
  headers: { 'x-acs-action': 'CreateAlias' },
  body,
});
/**
 * CreateAlias `prod` → version 1.
 *
 * @example
 * prod('f', { description: 'd' });
 */
export const prod = (fn: string, extra: Record<string, unknown> = {}) =>
  createAlias(fn, { aliasName: 'prod', versionId: '1', ...extra });
/**
 * Creates a function and publishes `count` versions of it.
 *
 * @example
 * withVersions('f', 2); // CreateFunction, then two PublishFunctionVersion
 */
export const withVersions = (fn: string, count: number) => [
  createRequest(baseInput('builtin', fn)),
  ...Array.from({ length: count }, () => publishRequest(fn)),
];

/**
 * What CreateAlias and GetAlias answer for `prod(fn, { description: 'd' })`: the SDK's Alias.
 *
 * @example
 * prodAnswer('lifecycle I.3').answer?.exact; // { aliasName: 'prod', versionId: '1', description: 'd' }
 */
export const prodAnswer = (reference: string): CaseExpectation => ({
  status: 200,
  statusGrade: 'inferred',
  answer: {
    exact: { aliasName: 'prod', versionId: '1', description: 'd' },
    types: { additionalVersionWeight: 'object', createdTime: 'string', lastModifiedTime: 'string' },
    reference,
    grade: 'documented',
  },
});

/**
 * The alias cases of one run.
 *
 * @example
 * aliasCases(naming).map((c) => c.id); // ['alias.create.ok', …]
 */
export function aliasCases(naming: Naming): ContractCase[] {
  const [ok, dup, none, main, through, merge, inUse] = [
    'a-ok',
    'a-dup',
    'a-none',
    'a-main',
    'a-through',
    'a-merge',
    'a-in-use',
  ].map((p) => naming.next(p)) as [string, string, string, string, string, string, string];
  return [
    {
      id: 'alias.create.ok',
      title:
        'CreateAlias answers the Alias: aliasName (terraform’s id), versionId, description, weights, times',
      fact: fact({
        reference: 'lifecycle I.3, H.5',
        statement: 'the answer is the SDK’s Alias model with the alias as given',
      }),
      setup: withVersions(ok, 1),
      request: prod(ok, { description: 'd' }),
      expect: prodAnswer('lifecycle I.3'),
      needs: ['state'],
    },
    {
      id: 'alias.create.duplicate',
      title: 'CreateAlias of a taken name answers 409 AliasAlreadyExists (devsapp then updates)',
      fact: fact({
        reference: 'lifecycle G, H.1, I.3',
        statement: 'a duplicate alias answers AliasAlreadyExists',
      }),
      setup: [...withVersions(dup, 1), prod(dup)],
      request: prod(dup),
      expect: { status: 409, code: 'AliasAlreadyExists' },
      needs: ['state'],
    },
    {
      id: 'alias.get.missing',
      title: 'GetAlias of an unknown alias answers 404 AliasNotFound (terraform reads it as gone)',
      fact: fact({ reference: 'lifecycle G, H.5, I.3', statement: 'an unknown alias answers AliasNotFound' }),
      setup: withVersions(none, 0),
      request: { method: 'GET', path: `${aliasesPath(none)}/prod`, headers: { 'x-acs-action': 'GetAlias' } },
      expect: { status: 404, code: 'AliasNotFound' },
      needs: ['state'],
    },
    {
      id: 'alias.weights.main-version',
      title:
        'CreateAlias whose weights name the main version answers 400 AdditionalVersionContainsMajorVersion',
      fact: fact({
        reference: 'lifecycle I.3',
        ruleId: 'alias-weights-not-main',
        statement: 'additionalVersionWeight must not contain the main version (FC 2.0’s rule and code)',
      }),
      setup: withVersions(main, 1),
      request: prod(main, { additionalVersionWeight: { 1: 0.5 } }),
      // The code is FC 2.0's (lifecycle I.3); its status is not in the reference.
      expect: { status: 400, statusGrade: 'inferred', code: 'AdditionalVersionContainsMajorVersion' },
      needs: ['state'],
    },
    {
      id: 'alias.qualifier.main-version',
      title: 'GetFunction ?qualifier=<alias> answers the alias’s main version, not LATEST',
      fact: fact({
        reference: 'lifecycle B.1, I.3',
        statement: 'an alias qualifier reads its main version',
        grade: 'inferred',
      }),
      setup: [...withVersions(through, 1), updateRequest(through, { memorySize: 1024 }), prod(through)],
      request: getRequest(through, { query: 'qualifier=prod' }),
      expect: { status: 200, success: { kind: 'read', echo: { functionName: through, memorySize: 512 } } },
      needs: ['state'],
    },
    {
      id: 'alias.update.merge',
      title: 'UpdateAlias with only versionId keeps the description (fields not sent stay)',
      fact: fact({
        reference: 'lifecycle I.3, C.2',
        statement: 'UpdateAlias replaces the fields it is given',
        grade: 'inferred',
      }),
      setup: [...withVersions(merge, 2), prod(merge, { description: 'd' })],
      request: {
        method: 'PUT',
        path: `${aliasesPath(merge)}/prod`,
        headers: { 'x-acs-action': 'UpdateAlias' },
        body: { versionId: '2' },
      },
      expect: {
        status: 200,
        answer: {
          exact: { versionId: '2', description: 'd' },
          reference: 'lifecycle I.3',
          grade: 'inferred',
        },
      },
      needs: ['state'],
    },
    {
      id: 'version.delete.in-use',
      title: 'DeleteFunctionVersion of a version an alias points at answers 400 InvalidArgument',
      fact: fact({
        reference: 'lifecycle I.2, I.3',
        ruleId: 'version-in-use',
        statement: 'remove the aliases of a version before the version',
        grade: 'inferred',
      }),
      setup: [...withVersions(inUse, 1), prod(inUse)],
      request: {
        method: 'DELETE',
        path: `/2023-03-30/functions/${inUse}/versions/1`,
        headers: { 'x-acs-action': 'DeleteFunctionVersion' },
      },
      expect: { status: 400, code: 'InvalidArgument' },
      needs: ['state'],
    },
  ];
}
