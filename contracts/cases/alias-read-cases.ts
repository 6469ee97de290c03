/**
 * Alias cases that read back what a write did (lifecycle I.3, H.2, H.5): GetAlias after
 * CreateAlias, UpdateAlias and DeleteAlias, ListAliases (its array and `prefix`), a versionId
 * that does not exist, and aliases going with their function. A broken server that answers a
 * write well but stores nothing passes the write's own case; these catch it. Each creates the
 * function, versions and aliases it reads.
 */
import type { CaseRequest, ContractCase } from '../types.ts';
import { aliasesPath, createAlias, prod, prodAnswer, withVersions } from './alias-cases.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';
import { deleteRequest } from './function-requests.ts';

const getAlias = (fn: string, name = 'prod'): CaseRequest => ({
  method: 'GET',
  path: `${aliasesPath(fn)}/${name}`,
  headers: { 'x-acs-action': 'GetAlias' },
});
const listAliases = (fn: string, query: string): CaseRequest => ({
  method: 'GET',
  path: `${aliasesPath(fn)}?${query}`,
  headers: { 'x-acs-action': 'ListAliases' },
});
const gone = { status: 404, code: 'AliasNotFound' } as const;

/**
 * The alias read-back cases of one run.
 *
 * @example
 * aliasReadCases(naming).map((c) => c.id); // ['alias.get.after-create', …]
 */
export function aliasReadCases(naming: Naming): ContractCase[] {
  const [read, empty, prefix, stored, deleted, unknown, again] = [
    'a-read',
    'a-empty',
    'a-prefix',
    'a-stored',
    'a-deleted',
    'a-unknown',
    'a-again',
  ].map((p) => naming.next(p)) as [string, string, string, string, string, string, string];
  return [
    {
      id: 'alias.get.after-create',
      title: 'GetAlias after CreateAlias answers the alias as created (terraform’s Read)',
      fact: fact({ reference: 'lifecycle I.3, H.5', statement: 'GetAlias answers the stored Alias' }),
      setup: [...withVersions(read, 1), prod(read, { description: 'd' })],
      request: getAlias(read),
      expect: prodAnswer('lifecycle I.3, H.5'),
      needs: ['state'],
    },
    {
      id: 'alias.list.empty',
      title: 'ListAliases of a function without aliases answers aliases: [] (s remove iterates it)',
      fact: fact({
        reference: 'lifecycle H.2, I.3',
        statement: 'ListAliases answers an aliases array, also when empty',
      }),
      setup: withVersions(empty, 0),
      request: listAliases(empty, 'limit=100'),
      expect: {
        status: 200,
        statusGrade: 'inferred',
        answer: {
          items: { aliases: { key: 'aliasName', values: [] } },
          reference: 'lifecycle H.2',
          grade: 'documented',
        },
      },
      needs: ['state'],
    },
    {
      id: 'alias.list.prefix',
      title: 'ListAliases ?prefix=pr lists prod and not staging',
      fact: fact({ reference: 'lifecycle I.3', statement: 'ListAliases filters by prefix' }),
      setup: [
        ...withVersions(prefix, 1),
        prod(prefix),
        createAlias(prefix, { aliasName: 'staging', versionId: '1' }),
      ],
      request: listAliases(prefix, 'limit=100&prefix=pr'),
      expect: {
        status: 200,
        statusGrade: 'inferred',
        answer: {
          items: { aliases: { key: 'aliasName', values: ['prod'] } },
          reference: 'lifecycle I.3',
          grade: 'documented',
        },
      },
      needs: ['state'],
    },
    {
      id: 'alias.update.stored',
      title: 'UpdateAlias is stored: GetAlias afterwards answers the new versionId',
      fact: fact({
        reference: 'lifecycle I.3, H.5',
        statement: 'an update is what later reads answer (terraform reads after Update)',
        grade: 'inferred',
      }),
      setup: [...withVersions(stored, 2), prod(stored)],
      request: {
        method: 'PUT',
        path: `${aliasesPath(stored)}/prod`,
        headers: { 'x-acs-action': 'UpdateAlias' },
        body: { versionId: '2' },
      },
      expect: { status: 200, statusGrade: 'inferred' },
      afterwards: [
        {
          request: getAlias(stored),
          expect: {
            status: 200,
            answer: { exact: { versionId: '2' }, reference: 'lifecycle I.3, H.5', grade: 'inferred' },
          },
        },
      ],
      needs: ['state'],
    },
    {
      id: 'alias.delete.gone',
      title: 'DeleteAlias answers 204 and the alias is gone: GetAlias answers AliasNotFound',
      fact: fact({
        reference: 'lifecycle I.3, G, H.5, D.2',
        statement: 'a deleted alias cannot be read; the delete answers 204 like the other deletes',
        grade: 'inferred',
      }),
      setup: [...withVersions(deleted, 1), prod(deleted)],
      request: { ...getAlias(deleted), method: 'DELETE', headers: { 'x-acs-action': 'DeleteAlias' } },
      expect: { status: 204, statusGrade: 'inferred', noContent: true },
      afterwards: [{ request: getAlias(deleted), expect: gone }],
      needs: ['state'],
    },
    {
      id: 'alias.create.unknown-version',
      title: 'CreateAlias naming a version that does not exist answers 404 VersionNotFound',
      fact: fact({
        reference: 'lifecycle G, I.3',
        statement: 'an alias points at a published version; an unknown one answers VersionNotFound',
        grade: 'inferred',
      }),
      setup: withVersions(unknown, 1),
      request: createAlias(unknown, { aliasName: 'prod', versionId: '9' }),
      expect: { status: 404, code: 'VersionNotFound' },
      afterwards: [{ request: getAlias(unknown), expect: gone }],
      needs: ['state'],
    },
    {
      id: 'alias.delete-function.cascade',
      title: 'DeleteFunction takes its aliases along: the function created again has no alias prod',
      fact: fact({
        reference: 'lifecycle D.3, I.3',
        statement: 'aliases go with their function',
        grade: 'inferred',
      }),
      setup: [
        ...withVersions(again, 1),
        prod(again),
        deleteRequest(again),
        createRequest(baseInput('builtin', again)),
      ],
      request: getAlias(again),
      expect: gone,
      needs: ['state'],
    },
  ];
}
