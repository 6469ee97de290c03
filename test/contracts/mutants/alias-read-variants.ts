/**
 * Broken variants that answer an alias or version write or listing plausibly but read back
 * wrong: each breaks one fact of contracts/cases/alias-read-cases.ts or the paging cases of
 * version-cases.ts, and the case that owns the fact must catch it.
 */
import {
  createEmulator,
  type EmulatorOptions,
  type WireRequest,
  type WireResponse,
} from '../../../mocks/index.ts';
import type { Mutant } from './variants.ts';
import { broken, jsonAnswer, MUTANT_REQUEST_ID, requestJson } from './wrap.ts';

const url = (wire: WireRequest) => new URL(wire.url);
const aliasItem = (wire: WireRequest) => /\/aliases\/[^/]+$/.test(url(wire).pathname);
const isAlias = (method: string) => (wire: WireRequest) => wire.method === method && aliasItem(wire);
const isAliasList = (wire: WireRequest) => wire.method === 'GET' && url(wire).pathname.endsWith('/aliases');
const isAliasCreate = (wire: WireRequest) =>
  wire.method === 'POST' && url(wire).pathname.endsWith('/aliases');
const isVersionList = (wire: WireRequest) =>
  wire.method === 'GET' && url(wire).pathname.endsWith('/versions');
const codeOf = (answer: WireResponse) => (answer.status >= 400 ? JSON.parse(answer.body).Code : undefined);
const noContent = () => ({
  ...jsonAnswer(204, undefined),
  headers: { 'x-acs-request-id': MUTANT_REQUEST_ID },
});

/** The emulator's answers to the requests `when` picks, replaced by `edit`. */
const answered =
  (when: (wire: WireRequest) => boolean, edit: (answer: WireResponse, wire: WireRequest) => WireResponse) =>
  (options: EmulatorOptions) =>
    broken(createEmulator(options), {
      response: (answer, wire) => (when(wire) ? edit(answer, wire) : answer),
    });

/** The request with one query parameter dropped, as a server that ignores it would read it. */
const ignoring = (when: (wire: WireRequest) => boolean, param: string) => (options: EmulatorOptions) =>
  broken(createEmulator(options), {
    request: (wire) => {
      if (!when(wire) || !url(wire).searchParams.has(param)) return wire;
      const plain = url(wire);
      plain.searchParams.delete(param);
      return { ...wire, url: plain.toString() };
    },
  });

/** UpdateAlias read as GetAlias: the answer is the merge, the store keeps the old alias. */
function updateNotStored(options: EmulatorOptions) {
  const sent = new WeakMap<WireRequest, Record<string, unknown>>();
  return broken(createEmulator(options), {
    request: (wire) => {
      if (!isAlias('PUT')(wire)) return wire;
      const read = { ...wire, method: 'GET', body: new Uint8Array(), headers: { ...wire.headers } };
      read.headers['x-acs-action'] = 'GetAlias';
      sent.set(read, requestJson(wire) ?? {});
      return read;
    },
    response: (answer, wire) => {
      const body = sent.get(wire);
      if (!body || answer.status !== 200) return answer;
      return { ...answer, body: JSON.stringify({ ...JSON.parse(answer.body), ...body }) };
    },
  });
}

/** Remembers every alias created and answers GetAlias from that memory once the store forgot it. */
function aliasesOutliveTheFunction(options: EmulatorOptions) {
  const seen = new Map<string, string>();
  return broken(createEmulator(options), {
    response: (answer, wire) => {
      const path = url(wire).pathname;
      if (isAliasCreate(wire) && answer.status === 200)
        seen.set(`${path}/${JSON.parse(answer.body).aliasName}`, answer.body);
      if (isAlias('DELETE')(wire) && answer.status === 204) seen.delete(path);
      const remembered = seen.get(path);
      if (isAlias('GET')(wire) && codeOf(answer) === 'AliasNotFound' && remembered)
        return { ...jsonAnswer(200, JSON.parse(remembered)) };
      return answer;
    },
  });
}

/**
 * The alias read-back and version paging variants.
 *
 * @example
 * aliasReadMutants.map((m) => m.caseId); // ['alias.get.after-create', …]
 */
export const aliasReadMutants: readonly Mutant[] = [
  {
    name: 'GetAlias answers 200 {}',
    breaks: 'lifecycle I.3, H.5 (GetAlias answers the Alias)',
    check: 'answer',
    caseId: 'alias.get.after-create',
    make: answered(isAlias('GET'), (answer) => (answer.status === 200 ? jsonAnswer(200, {}) : answer)),
  },
  {
    name: 'ListAliases answers {} without an aliases array',
    breaks: 'lifecycle H.2 (s remove iterates aliases)',
    check: 'answer',
    caseId: 'alias.list.empty',
    make: answered(isAliasList, (answer) => (answer.status === 200 ? jsonAnswer(200, {}) : answer)),
  },
  {
    name: 'ListAliases ignores prefix',
    breaks: 'lifecycle I.3 (ListAliases ?prefix)',
    check: 'answer',
    caseId: 'alias.list.prefix',
    make: ignoring(isAliasList, 'prefix'),
  },
  {
    name: 'DeleteAlias answers 204 and deletes nothing',
    breaks: 'lifecycle I.3, H.5 (the alias is gone)',
    check: 'status',
    caseId: 'alias.delete.gone',
    make: (options) =>
      broken(createEmulator(options), {
        instead: (wire) => (isAlias('DELETE')(wire) ? noContent() : undefined),
      }),
  },
  {
    name: 'DeleteAlias answers 200 {}',
    breaks: 'lifecycle I.3, D.2 (204 like the other deletes)',
    check: 'status',
    caseId: 'alias.delete.gone',
    make: answered(isAlias('DELETE'), (answer) => (answer.status === 204 ? jsonAnswer(200, {}) : answer)),
  },
  {
    name: 'UpdateAlias answers the merged alias but stores nothing',
    breaks: 'lifecycle I.3, H.5 (GetAlias reads the update)',
    check: 'answer',
    caseId: 'alias.update.stored',
    make: updateNotStored,
  },
  {
    name: 'CreateAlias accepts a versionId that does not exist',
    breaks: 'lifecycle G, I.3 (VersionNotFound)',
    check: 'status',
    caseId: 'alias.create.unknown-version',
    make: answered(isAliasCreate, (answer, wire) =>
      codeOf(answer) === 'VersionNotFound' ? jsonAnswer(200, requestJson(wire) ?? {}) : answer,
    ),
  },
  {
    name: 'Aliases survive DeleteFunction and the function created again',
    breaks: 'lifecycle D.3, I.3 (aliases go with their function)',
    check: 'status',
    caseId: 'alias.delete-function.cascade',
    make: aliasesOutliveTheFunction,
  },
  {
    name: 'ListFunctionVersions ignores nextToken',
    breaks: 'lifecycle I.2, H.2 (the pages end; devsapp loops on nextToken)',
    check: 'answer',
    caseId: 'version.list.pages-backward',
    make: ignoring(isVersionList, 'nextToken'),
  },
  {
    name: 'ListFunctionVersions ignores direction=FORWARD',
    breaks: 'lifecycle I.2 (FORWARD: oldest first)',
    check: 'answer',
    caseId: 'version.list.pages-forward',
    make: ignoring(isVersionList, 'direction'),
  },
];
