/**
 * Cases for function versions (lifecycle I.2, B.1, H.2, H.3, H.5): publishing, the ids, the
 * listing order, GetFunction of a version, deleting one, and DeleteFunction taking them along.
 * Each creates the function it needs first.
 */
import type { CaseRequest, ContractCase } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';
import { allPages, deleteRequest, getRequest, updateRequest } from './function-requests.ts';

const fnPath = (name: string) => `/2023-03-30/functions/${name}`;
/**
 * PublishFunctionVersion, with the `x-acs-action` the SDK signs (lifecycle A.1).
 *
 * @example
 * publishRequest('f', 'v1'); // POST /2023-03-30/functions/f/versions {"description":"v1"}
 */
export const publishRequest = (fn: string, description = ''): CaseRequest => ({
  method: 'POST',
  path: `${fnPath(fn)}/versions`,
  headers: { 'x-acs-action': 'PublishFunctionVersion' },
  body: { description },
});
const deleteVersion = (fn: string, id: string): CaseRequest => ({
  method: 'DELETE',
  path: `${fnPath(fn)}/versions/${id}`,
  headers: { 'x-acs-action': 'DeleteFunctionVersion' },
});
const listVersions = (fn: string): CaseRequest => ({
  method: 'GET',
  path: `${fnPath(fn)}/versions?limit=100`,
  headers: { 'x-acs-action': 'ListFunctionVersions' },
});
const TIMES = { createdTime: 'string', lastModifiedTime: 'string' };
function created(fn: string) {
  return createRequest(baseInput('builtin', fn));
}

/**
 * The version cases of one run.
 *
 * @example
 * versionCases(naming).map((c) => c.id); // ['version.publish.ok', …]
 */
export function versionCases(naming: Naming): ContractCase[] {
  const [ok, reuse, order, frozen, missing, latest, gone, again, back, forth] = [
    'v-ok',
    'v-reuse',
    'v-order',
    'v-frozen',
    'v-missing',
    'v-latest',
    'v-gone',
    'v-again',
    'v-back',
    'v-forth',
  ].map((p) => naming.next(p)) as string[] as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return [
    {
      id: 'version.publish.ok',
      title:
        'PublishFunctionVersion answers the Version: versionId "1" (a string, terraform’s id), the description, times',
      fact: fact({
        reference: 'lifecycle I.2, H.5',
        statement: 'the answer is the SDK’s Version model; the first version of a function is "1"',
      }),
      setup: [created(ok)],
      request: publishRequest(ok, 'first'),
      expect: {
        status: 200,
        statusGrade: 'inferred',
        answer: {
          exact: { versionId: '1', description: 'first' },
          types: TIMES,
          reference: 'lifecycle I.2',
          grade: 'documented',
        },
      },
      needs: ['state'],
    },
    {
      id: 'version.publish.never-reused',
      title: 'After the newest version is deleted, the next publish gets a new id: 1, 2, delete 2, then 3',
      fact: fact({
        reference: 'lifecycle I.2',
        statement: 'version ids increase monotonically and are never reused',
      }),
      setup: [created(reuse), publishRequest(reuse), publishRequest(reuse), deleteVersion(reuse, '2')],
      request: publishRequest(reuse),
      expect: {
        status: 200,
        answer: { exact: { versionId: '3' }, reference: 'lifecycle I.2', grade: 'documented' },
      },
      needs: ['state'],
    },
    {
      id: 'version.list.newest-first',
      title:
        'ListFunctionVersions lists newest first by default (BACKWARD): s version takes versions[0] as the latest',
      fact: fact({
        reference: 'lifecycle H.3, I.2',
        statement: 'the default direction is BACKWARD, newest first',
        grade: 'inferred',
      }),
      setup: [created(order), publishRequest(order), publishRequest(order), publishRequest(order)],
      request: listVersions(order),
      expect: {
        status: 200,
        answer: {
          exact: { direction: 'BACKWARD' },
          items: { versions: { key: 'versionId', values: ['3', '2', '1'] } },
          reference: 'lifecycle I.2',
          grade: 'inferred',
        },
      },
      needs: ['state'],
    },
    {
      id: 'version.get.snapshot',
      title: 'GetFunction ?qualifier=<versionId> answers the function as published, not as updated since',
      fact: fact({
        reference: 'lifecycle B.1, I.2',
        statement: 'a version is an immutable snapshot of code and configuration',
      }),
      setup: [created(frozen), publishRequest(frozen), updateRequest(frozen, { memorySize: 1024 })],
      request: getRequest(frozen, { query: 'qualifier=1' }),
      expect: { status: 200, success: { kind: 'read', echo: { functionName: frozen, memorySize: 512 } } },
      needs: ['state'],
    },
    {
      id: 'version.get.missing',
      title:
        'GetFunction ?qualifier=<unknown version> answers 404 VersionNotFound (terraform reads it as gone)',
      fact: fact({
        reference: 'lifecycle B.1, B.3, H.5',
        statement: 'an unknown version answers VersionNotFound',
      }),
      setup: [created(missing)],
      request: getRequest(missing, { query: 'qualifier=9' }),
      expect: { status: 404, code: 'VersionNotFound' },
      needs: ['state'],
    },
    {
      id: 'version.delete.latest',
      title: 'DeleteFunctionVersion of LATEST answers 400 InvalidArgument',
      fact: fact({
        reference: 'lifecycle I.2',
        ruleId: 'version-latest-kept',
        statement: 'LATEST cannot be deleted',
      }),
      setup: [created(latest)],
      request: deleteVersion(latest, 'LATEST'),
      expect: { status: 400, code: 'InvalidArgument' },
      needs: ['state'],
    },
    {
      id: 'version.delete.gone',
      title:
        'DeleteFunctionVersion answers 204 and the version is gone: GetFunction ?qualifier answers VersionNotFound',
      fact: fact({
        reference: 'lifecycle I.2, D.2, H.5',
        statement: 'a deleted version cannot be read',
        grade: 'inferred',
      }),
      setup: [created(gone), publishRequest(gone)],
      request: deleteVersion(gone, '1'),
      expect: { status: 204, statusGrade: 'inferred', noContent: true },
      afterwards: [
        {
          request: getRequest(gone, { query: 'qualifier=1' }),
          expect: { status: 404, code: 'VersionNotFound' },
        },
      ],
      needs: ['state'],
    },
    {
      id: 'version.delete-function.cascade',
      title: 'DeleteFunction with a published version succeeds; the function created again publishes "1"',
      fact: fact({
        reference: 'lifecycle D.3, I.2',
        statement: 'versions do not block a delete and go with the function; a new function starts at 1',
        grade: 'inferred',
      }),
      setup: [
        created(again),
        publishRequest(again),
        publishRequest(again),
        deleteRequest(again),
        created(again),
      ],
      request: publishRequest(again),
      expect: {
        status: 200,
        answer: { exact: { versionId: '1' }, reference: 'lifecycle D.3, I.2', grade: 'inferred' },
      },
      needs: ['state'],
    },
    pagingCase(back, { direction: 'BACKWARD', order: ['5', '4', '3', '2', '1'] }),
    pagingCase(forth, { direction: 'FORWARD', order: ['1', '2', '3', '4', '5'] }),
  ];
}

/**
 * Five versions read two a page through `nextToken` to the end (devsapp loops on it, H.2, H.3):
 * every version exactly once, in the direction's order (BACKWARD is the default and not sent).
 */
function pagingCase(
  fn: string,
  options: { direction: 'BACKWARD' | 'FORWARD'; order: string[] },
): ContractCase {
  const { direction, order } = options;
  const forward = direction === 'FORWARD';
  return {
    id: `version.list.pages-${direction.toLowerCase()}`,
    title: `ListFunctionVersions ?limit=2${forward ? '&direction=FORWARD' : ''} followed through nextToken lists ${order.join(', ')}: each version once`,
    fact: fact({
      reference: forward ? 'lifecycle I.2, H.3' : 'lifecycle I.2, H.2, H.3',
      statement: forward
        ? 'FORWARD lists oldest first, continued by nextToken to the last page'
        : 'nextToken continues the listing and the pages end; newest first by default',
      grade: 'inferred',
    }),
    setup: [created(fn), ...order.map(() => publishRequest(fn))],
    request: {
      method: 'GET',
      path: `${fnPath(fn)}/versions?limit=2${forward ? '&direction=FORWARD' : ''}`,
      headers: { 'x-acs-action': 'ListFunctionVersions' },
      repeat: allPages(3),
    },
    expect: {
      status: 200,
      answer: {
        exact: { direction },
        items: { versions: { key: 'versionId', values: order } },
        reference: forward ? 'lifecycle I.2' : 'lifecycle I.2, H.2',
        grade: 'inferred',
      },
    },
    needs: ['state'],
  };
}
