/**
 * Broken variants of the function-resource operations (lifecycle B–F): one documented (or
 * inferred) behaviour of GetFunction, UpdateFunction, DeleteFunction, ListFunctions or the state
 * lifecycle broken per variant, with the check and the case that must catch it.
 */

import { createHash } from 'node:crypto';
import {
  createEmulator,
  type EmulatorOptions,
  type WireRequest,
  type WireResponse,
} from '../../../mocks/index.ts';
import type { Mutant } from './variants.ts';
import { broken, editJson, type Operation, onSuccess, operationOf, requestJson } from './wrap.ts';

type Edit = NonNullable<Parameters<typeof broken>[1]>;
type Json = Record<string, unknown>;

const on = (operation: Operation, edit: (body: Json, wire: WireRequest) => Json) => {
  const success = onSuccess(edit);
  return (answer: WireResponse, wire: WireRequest) =>
    operationOf(wire) === operation ? success(answer, wire) : answer;
};
const make = (edit: Edit) => (options: EmulatorOptions) =>
  broken(createEmulator(options), {
    ...edit,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
const query = (wire: WireRequest) => new URL(wire.url).searchParams;
const withQuery = (wire: WireRequest, edit: (q: URLSearchParams) => void): WireRequest => {
  const url = new URL(wire.url);
  edit(url.searchParams);
  return { ...wire, url: url.toString() };
};
const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
const functions = (body: Json) => (body.functions ?? []) as Json[];

/** Moves the token one item back: the next page starts with this page's last function again. */
function repeatLast(body: Json): Json {
  const last = functions(body).at(-1);
  if (typeof body.nextToken !== 'string' || !last) return body;
  const generation = atob(body.nextToken).split('#')[0];
  return { ...body, nextToken: btoa(`${generation}#${String(last.functionName)}`) };
}

/**
 * Resolves the image digest afresh on every update that sends a customContainerConfig, the same
 * image included (ADR 054 fix 4 undone): each such update moves `resolvedImageUri` to a new digest.
 */
function redigestEveryUpdate(options: EmulatorOptions) {
  const updates = new Map<string, number>();
  const redigest = (body: Json): Json => {
    const count = updates.get(String(body.functionName)) ?? 0;
    const config = body.customContainerConfig as Json | undefined;
    const uri = config?.resolvedImageUri;
    if (count === 0 || !config || typeof uri !== 'string') return body;
    const digest = createHash('sha256').update(`${uri}#${count}`).digest('hex');
    return {
      ...body,
      customContainerConfig: {
        ...config,
        resolvedImageUri: uri.replace(/sha256:[0-9a-f]+$/, `sha256:${digest}`),
      },
    };
  };
  return make({
    response: (answer, wire) => {
      const operation = operationOf(wire);
      if (answer.status !== 200 || !['create', 'get', 'update'].includes(operation)) return answer;
      return editJson(answer, (body) => {
        const name = String(body.functionName);
        if (operation === 'create') updates.delete(name);
        if (operation === 'update' && requestJson(wire)?.customContainerConfig)
          updates.set(name, (updates.get(name) ?? 0) + 1);
        return redigest(body);
      });
    },
  })(options);
}

/** Remembers the first functionId each name was created with and answers it ever after. */
function stickyIds(options: EmulatorOptions) {
  const first = new Map<string, unknown>();
  const stick = (body: Json): Json => {
    const name = String(body.functionName);
    if (!first.has(name)) first.set(name, body.functionId);
    return { ...body, functionId: first.get(name) };
  };
  return make({
    response: (answer, wire) => {
      const operation = operationOf(wire);
      if (answer.status !== 200 || !['create', 'get', 'update'].includes(operation)) return answer;
      return editJson(answer, stick);
    },
  })(options);
}

/** Merges environment variables into the stored ones instead of replacing the key (not C.2). */
function deepMerge(options: EmulatorOptions) {
  const emulator = createEmulator(options);
  return broken(emulator, {
    ...(options.credentials ? { credentials: options.credentials } : {}),
    request: (wire) => {
      const body = requestJson(wire);
      if (operationOf(wire) !== 'update' || !body?.environmentVariables) return wire;
      const name = decodeURIComponent(new URL(wire.url).pathname.split('/').at(-1) ?? '');
      const stored = emulator.functions().find((f) => f.functionName === name)?.environmentVariables;
      const merged = {
        ...body,
        environmentVariables: { ...(stored ?? {}), ...(body.environmentVariables as Json) },
      };
      return { ...wire, body: new TextEncoder().encode(JSON.stringify(merged)) };
    },
  });
}

/** Every cpu-only update gets a memorySize that keeps the ratio valid: the merged check never fires. */
function pairedMemory(body: Json): Json {
  if (typeof body.cpu !== 'number' || 'memorySize' in body) return body;
  return { ...body, memorySize: Math.ceil((body.cpu * 2048) / 64) * 64 };
}

const rewriteUpdate =
  (edit: (body: Json) => Json): Edit['request'] =>
  (wire) => {
    const body = requestJson(wire);
    if (operationOf(wire) !== 'update' || !body) return wire;
    return { ...wire, body: new TextEncoder().encode(JSON.stringify(edit(body))) };
  };

const STATE_OF_IMAGE = (body: Json) =>
  body.runtime === 'custom-container' && body.state === 'Active'
    ? { ...body, state: 'Pending', stateReason: 'Function creating', stateReasonCode: 'Creating' }
    : body;

/**
 * The broken variants of the function resource.
 *
 * @example
 * resourceMutants.length >= 15; // true
 */
export const resourceMutants: readonly Mutant[] = [
  {
    name: 'update loses an unspecified field (description reset)',
    breaks: 'lifecycle C.2',
    check: 'echo',
    caseId: 'update.merge.keeps-absent-keys',
    make: make({ request: rewriteUpdate((b) => ('description' in b ? b : { ...b, description: '' })) }),
  },
  {
    name: 'update merges a map instead of replacing it',
    breaks: 'lifecycle C.2',
    check: 'echo',
    caseId: 'update.merge.replaces-whole-key',
    make: deepMerge,
  },
  {
    name: 'update re-checks the body, not the merged configuration (cpu-memory-ratio)',
    breaks: 'lifecycle C.5, CF C.5',
    check: 'status',
    caseId: 'update.rule.cpu-memory-ratio.reject.above-4',
    make: make({ request: rewriteUpdate(pairedMemory) }),
  },
  {
    name: 'createdTime moves on update',
    breaks: 'lifecycle F.7',
    check: 'compare',
    caseId: 'update.keeps-identity',
    make: make({
      response: on('update', (b) => ({ ...b, createdTime: iso(Date.parse(String(b.createdTime)) + 1000) })),
    }),
  },
  {
    name: 'lastModifiedTime not moved by an update',
    breaks: 'lifecycle F.7',
    check: 'compare',
    caseId: 'update.last-modified-moves',
    make: make({ response: on('update', (b) => ({ ...b, lastModifiedTime: b.createdTime })) }),
  },
  {
    name: 'new code keeps the old checksum',
    breaks: 'lifecycle F.7, CF F',
    check: 'computedFields',
    caseId: 'update.code.recomputes-checksum',
    make: make({
      response: on('update', (b, wire) =>
        requestJson(wire)?.code ? { ...b, codeChecksum: '2220831586920633690', codeSize: 22 } : b,
      ),
    }),
  },
  {
    name: 'delete leaves the function readable',
    breaks: 'lifecycle D.4, B.3',
    check: 'status',
    caseId: 'delete.then-get-not-found',
    make: make({
      instead: (wire) =>
        operationOf(wire) === 'delete' ? { status: 204, headers: {}, body: '' } : undefined,
    }),
  },
  {
    name: 'DeleteFunction answers 200 with an empty body',
    breaks: 'lifecycle D.2',
    check: 'noContent',
    caseId: 'delete.answer',
    make: make({
      response: (a, wire) => (operationOf(wire) === 'delete' && a.status === 204 ? { ...a, status: 200 } : a),
    }),
  },
  {
    name: 're-created function keeps the old functionId',
    breaks: 'lifecycle F.7',
    check: 'compare',
    caseId: 'delete.recreate-new-id',
    make: stickyIds,
  },
  {
    name: 'FunctionNotFound answered 400',
    breaks: 'lifecycle B.3, G',
    check: 'status',
    caseId: 'get.not-found',
    make: make({ response: (a) => (a.body.includes('"FunctionNotFound"') ? { ...a, status: 400 } : a) }),
  },
  {
    name: 'FunctionNotFound with another message',
    breaks: 'lifecycle G',
    check: 'errorMessage',
    caseId: 'update.not-found',
    make: make({
      response: (a) =>
        a.body.includes('"FunctionNotFound"')
          ? editJson(a, (b) => ({ ...b, Message: 'The function was not found' }))
          : a,
    }),
  },
  {
    name: 'GetFunction drops the state fields',
    breaks: 'lifecycle B.2',
    check: 'states',
    caseId: 'get.after-create.custom',
    make: make({ response: on('get', ({ state: _s, lastUpdateStatus: _u, ...rest }) => rest) }),
  },
  {
    name: 'state never becomes Active',
    breaks: 'lifecycle F.2',
    check: 'lifecycle',
    caseId: 'lifecycle.container.becomes-active',
    make: make({ response: on('get', STATE_OF_IMAGE) }),
  },
  {
    name: 'image update stays InProgress',
    breaks: 'lifecycle F.2',
    check: 'lifecycle',
    caseId: 'lifecycle.container.update-in-progress',
    make: make({
      response: on('get', (b) =>
        b.runtime === 'custom-container' && b.state === 'Active' && b.createdTime !== b.lastModifiedTime
          ? { ...b, lastUpdateStatus: 'InProgress' }
          : b,
      ),
    }),
  },
  {
    name: 'updates allowed while one is InProgress',
    breaks: 'lifecycle C.4 update-not-in-progress',
    check: 'status',
    caseId: 'update.rule.update-not-in-progress.reject.in-progress',
    make: (options) => createEmulator({ ...options, rules: { 'update-not-in-progress': false } }),
  },
  {
    name: 'a page repeats a function',
    breaks: 'lifecycle E.2',
    check: 'listing',
    caseId: 'list.pages.limit-2',
    make: make({ response: on('list', repeatLast) }),
  },
  {
    name: 'a page skips a function',
    breaks: 'lifecycle E.2',
    check: 'listing',
    caseId: 'list.pages.limit-3',
    make: make({
      response: on('list', (b, wire) =>
        query(wire).get('nextToken') ? { ...b, functions: functions(b).slice(1) } : b,
      ),
    }),
  },
  {
    name: 'limit ignored (pages of 100)',
    breaks: 'lifecycle E.1',
    check: 'listing',
    caseId: 'list.pages.limit-1',
    make: make({
      request: (w) => (operationOf(w) === 'list' ? withQuery(w, (q) => q.set('limit', '100')) : w),
    }),
  },
  {
    name: 'limit 0 accepted',
    breaks: 'lifecycle E.1 list-limit-range',
    check: 'status',
    caseId: 'list.rule.list-limit-range.reject.0',
    make: make({
      request: (w) => (query(w).get('limit') === '0' ? withQuery(w, (q) => q.set('limit', '1')) : w),
    }),
  },
  {
    name: 'the image digest resolved afresh when the same image is sent back',
    breaks: 'lifecycle F.7 (ADR 054)',
    check: 'compare',
    caseId: 'update.read-back.container',
    make: redigestEveryUpdate,
  },
  {
    name: 'prefix ignored',
    breaks: 'lifecycle E.1',
    check: 'listing',
    caseId: 'list.prefix',
    make: make({ request: (w) => (operationOf(w) === 'list' ? withQuery(w, (q) => q.delete('prefix')) : w) }),
  },
  {
    name: 'listed functions carry the state fields',
    breaks: 'lifecycle E.2',
    check: 'listing',
    caseId: 'list.pages.limit-100',
    make: make({
      response: on('list', (b) => ({
        ...b,
        functions: functions(b).map((f) => ({ ...f, state: 'Active' })),
      })),
    }),
  },
  {
    name: 'pages in reverse name order',
    breaks: 'lifecycle E.1',
    check: 'listing',
    caseId: 'list.pages.limit-100',
    make: make({ response: on('list', (b) => ({ ...b, functions: [...functions(b)].reverse() })) }),
  },
];
