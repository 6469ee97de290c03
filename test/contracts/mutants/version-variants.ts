/**
 * Broken variants for versions and aliases: each breaks one fact of
 * contracts/cases/version-cases.ts or alias-cases.ts, and the case that owns the fact must catch it.
 */
import {
  createEmulator,
  type EmulatorOptions,
  type WireRequest,
  type WireResponse,
} from '../../../mocks/index.ts';
import type { Mutant } from './variants.ts';
import { broken, editJson, jsonAnswer, MUTANT_REQUEST_ID } from './wrap.ts';

const error = (status: number, Code: string): WireResponse =>
  jsonAnswer(status, { Code, Message: Code, RequestId: MUTANT_REQUEST_ID });
const url = (wire: WireRequest) => new URL(wire.url);
const isPublish = (wire: WireRequest) => wire.method === 'POST' && url(wire).pathname.endsWith('/versions');
const isVersionList = (wire: WireRequest) =>
  wire.method === 'GET' && url(wire).pathname.endsWith('/versions');
const isVersionDelete = (wire: WireRequest) =>
  wire.method === 'DELETE' && /\/versions\/[^/]+$/.test(url(wire).pathname);
const isAliasCreate = (wire: WireRequest) =>
  wire.method === 'POST' && url(wire).pathname.endsWith('/aliases');
const isAliasUpdate = (wire: WireRequest) =>
  wire.method === 'PUT' && url(wire).pathname.includes('/aliases/');
const qualifier = (wire: WireRequest) =>
  wire.method === 'GET' ? url(wire).searchParams.get('qualifier') : null;
const functionOf = (wire: WireRequest) => url(wire).pathname.split('/')[3] ?? '';

/** The emulator's answers to the requests `when` picks, rewritten by `edit`. */
const answered =
  (when: (wire: WireRequest) => boolean, edit: (answer: WireResponse, wire: WireRequest) => WireResponse) =>
  (options: EmulatorOptions) =>
    broken(createEmulator(options), {
      response: (answer, wire) => (when(wire) ? edit(answer, wire) : answer),
    });
const ok = (edit: (body: Record<string, unknown>) => Record<string, unknown>) => (answer: WireResponse) =>
  answer.status === 200 ? editJson(answer, edit) : answer;
/** GetFunction with a qualifier answered as if there were none (LATEST). */
const withoutQualifier = (when: (q: string) => boolean) => (options: EmulatorOptions) =>
  broken(createEmulator(options), {
    request: (wire) => {
      const q = qualifier(wire);
      if (q === null || !when(q)) return wire;
      const plain = url(wire);
      plain.search = '';
      return { ...wire, url: plain.toString() };
    },
  });

/** Numbers versions by the count of live ones plus one (ids reused after a delete). */
function countingIds(options: EmulatorOptions) {
  const live = new Map<string, number>();
  return broken(createEmulator(options), {
    response: (answer, wire) => {
      const fn = functionOf(wire);
      if (isVersionDelete(wire) && answer.status === 204) live.set(fn, (live.get(fn) ?? 1) - 1);
      if (!isPublish(wire) || answer.status !== 200) return answer;
      live.set(fn, (live.get(fn) ?? 0) + 1);
      return editJson(answer, (body) => ({ ...body, versionId: String(live.get(fn)) }));
    },
  });
}

/** Keeps numbering where a deleted function of the same name stopped. */
function idsOutliveTheFunction(options: EmulatorOptions) {
  const highest = new Map<string, number>();
  return broken(createEmulator(options), {
    response: (answer, wire) => {
      if (!isPublish(wire) || answer.status !== 200) return answer;
      const fn = functionOf(wire);
      const next = Math.max(Number(JSON.parse(answer.body).versionId), (highest.get(fn) ?? 0) + 1);
      highest.set(fn, next);
      return editJson(answer, (body) => ({ ...body, versionId: String(next) }));
    },
  });
}

/**
 * The version and alias variants.
 *
 * @example
 * versionMutants.map((m) => m.caseId); // ['version.publish.ok', …]
 */
export const versionMutants: readonly Mutant[] = [
  {
    name: 'PublishFunctionVersion answers versionId as a number',
    breaks: 'lifecycle I.2 (Version.versionId is a string; terraform’s id)',
    check: 'answer',
    caseId: 'version.publish.ok',
    make: answered(
      isPublish,
      ok((body) => ({ ...body, versionId: Number(body.versionId) })),
    ),
  },
  {
    name: 'PublishFunctionVersion reuses the id of a deleted version',
    breaks: 'lifecycle I.2 (ids never reused)',
    check: 'answer',
    caseId: 'version.publish.never-reused',
    make: countingIds,
  },
  {
    name: 'ListFunctionVersions lists oldest first',
    breaks: 'lifecycle H.3, I.2 (BACKWARD by default)',
    check: 'answer',
    caseId: 'version.list.newest-first',
    make: answered(
      isVersionList,
      ok((body) => ({ ...body, versions: [...(body.versions as unknown[])].reverse() })),
    ),
  },
  {
    name: 'GetFunction ignores a version qualifier',
    breaks: 'lifecycle B.1 (the version’s snapshot)',
    check: 'echo',
    caseId: 'version.get.snapshot',
    make: withoutQualifier((q) => /^\d+$/.test(q)),
  },
  {
    name: 'GetFunction answers an unknown version AliasNotFound',
    breaks: 'lifecycle B.3, H.5 (VersionNotFound)',
    check: 'errorCode',
    caseId: 'version.get.missing',
    make: answered(
      (wire) => qualifier(wire) !== null,
      (answer) => (answer.status === 404 ? error(404, 'AliasNotFound') : answer),
    ),
  },
  {
    name: 'DeleteFunctionVersion of LATEST answers 204',
    breaks: 'lifecycle I.2 (LATEST cannot be deleted)',
    check: 'status',
    caseId: 'version.delete.latest',
    make: answered(isVersionDelete, (answer, wire) =>
      url(wire).pathname.endsWith('/LATEST') ? { ...answer, status: 204, body: '' } : answer,
    ),
  },
  {
    name: 'DeleteFunctionVersion answers 204 and deletes nothing',
    breaks: 'lifecycle I.2, H.5 (the version is gone)',
    check: 'status',
    caseId: 'version.delete.gone',
    make: (options) =>
      broken(createEmulator(options), {
        instead: (wire) =>
          isVersionDelete(wire)
            ? { ...jsonAnswer(204, undefined), headers: { 'x-acs-request-id': MUTANT_REQUEST_ID } }
            : undefined,
      }),
  },
  {
    name: 'Version ids outlive their function',
    breaks: 'lifecycle D.3, I.2 (a new function starts at 1)',
    check: 'answer',
    caseId: 'version.delete-function.cascade',
    make: idsOutliveTheFunction,
  },
  {
    name: 'CreateAlias answers without aliasName',
    breaks: 'lifecycle H.5, I.3 (terraform’s id from the answer)',
    check: 'answer',
    caseId: 'alias.create.ok',
    make: answered(
      isAliasCreate,
      ok(({ aliasName: _a, ...rest }) => rest),
    ),
  },
  {
    name: 'CreateAlias of a taken name answers 200',
    breaks: 'lifecycle G, I.3 (AliasAlreadyExists)',
    check: 'status',
    caseId: 'alias.create.duplicate',
    make: answered(isAliasCreate, (answer) =>
      answer.status === 409
        ? { ...answer, status: 200, body: JSON.stringify({ aliasName: 'prod' }) }
        : answer,
    ),
  },
  {
    name: 'GetAlias of an unknown alias answers FunctionNotFound',
    breaks: 'lifecycle G, H.5 (AliasNotFound)',
    check: 'errorCode',
    caseId: 'alias.get.missing',
    make: answered(
      (wire) => wire.method === 'GET' && url(wire).pathname.includes('/aliases/'),
      (answer) => (answer.status === 404 ? error(404, 'FunctionNotFound') : answer),
    ),
  },
  {
    name: 'CreateAlias weighting the main version answers InvalidArgument',
    breaks: 'lifecycle I.3 (AdditionalVersionContainsMajorVersion)',
    check: 'errorCode',
    caseId: 'alias.weights.main-version',
    make: answered(isAliasCreate, (answer) =>
      answer.status === 400 ? error(400, 'InvalidArgument') : answer,
    ),
  },
  {
    name: 'GetFunction ignores an alias qualifier',
    breaks: 'lifecycle B.1, I.3 (the alias’s main version)',
    check: 'echo',
    caseId: 'alias.qualifier.main-version',
    make: withoutQualifier((q) => !/^\d+$/.test(q)),
  },
  {
    name: 'UpdateAlias drops the fields it was not given',
    breaks: 'lifecycle I.3, C.2 (merge)',
    check: 'answer',
    caseId: 'alias.update.merge',
    make: answered(
      isAliasUpdate,
      ok((body) => ({ ...body, description: '' })),
    ),
  },
  {
    name: 'DeleteFunctionVersion deletes a version an alias uses',
    breaks: 'lifecycle I.2, I.3 (rule version-in-use)',
    check: 'status',
    caseId: 'version.delete.in-use',
    make: (options) =>
      broken(createEmulator({ ...options, rules: { ...options.rules, 'version-in-use': false } }), {}),
  },
];
