/**
 * A plain model of the function resource, for generated operation sequences: a map from name to
 * stored configuration, with the documented (or inferred) answer of each operation on it
 * (lifecycle B–E): create (409 when taken), get, update (top-level merge), delete (404 when
 * missing) and a listing in name order.
 */
import type { CaseExpectation, CaseRequest, CaseStep } from '../types.ts';
import { createRequest } from './context.ts';
import {
  allPages,
  deleteRequest,
  getRequest,
  IDENTITY,
  listRequest,
  notFoundMessage,
  sameFields,
  updateRequest,
} from './function-requests.ts';

/** One operation of a sequence. */
export type ModelOperation =
  | { op: 'create'; name: string; input: Record<string, unknown> }
  | { op: 'get'; name: string }
  | { op: 'update'; name: string; patch: Record<string, unknown> }
  | { op: 'delete'; name: string }
  | { op: 'list'; limit: number };

interface Stored {
  config: Record<string, unknown>;
  /** The step whose create made this function (its identity must not change). */
  createdAt: number;
}

/**
 * The model's state: what exists, under the sequence's own prefix.
 *
 * @example
 * const model = createModel('ct-x-seq-1-');
 */
export interface ResourceModel {
  prefix: string;
  functions: Map<string, Stored>;
}

/**
 * An empty model of the functions under `prefix`.
 *
 * @example
 * createModel('ct-x-seq-1-').functions.size; // 0
 */
export function createModel(prefix: string): ResourceModel {
  return { prefix, functions: new Map() };
}

const notFound = (name: string): CaseExpectation => ({
  status: 404,
  code: 'FunctionNotFound',
  message: notFoundMessage(name),
});

function create(model: ResourceModel, op: Extract<ModelOperation, { op: 'create' }>, step: number) {
  const request = createRequest(op.input);
  if (model.functions.has(op.name))
    return { request, expect: { status: 409, code: 'FunctionAlreadyExists' } };
  model.functions.set(op.name, { config: op.input, createdAt: step });
  return { request, expect: { status: 200, success: { echo: op.input } } };
}

function read(model: ResourceModel, name: string): CaseStep {
  const stored = model.functions.get(name);
  const request = getRequest(name);
  if (!stored) return { request, expect: notFound(name) };
  const compare = [sameFields(stored.createdAt, IDENTITY, 'inferred')];
  return { request, expect: { status: 200, success: { echo: stored.config, kind: 'read' }, compare } };
}

function update(model: ResourceModel, op: Extract<ModelOperation, { op: 'update' }>): CaseStep {
  const stored = model.functions.get(op.name);
  const request = updateRequest(op.name, op.patch);
  if (!stored) return { request, expect: notFound(op.name) };
  stored.config = { ...stored.config, ...op.patch };
  const compare = [sameFields(stored.createdAt, IDENTITY, 'inferred')];
  return { request, expect: { status: 200, success: { echo: stored.config, kind: 'updated' }, compare } };
}

function remove(model: ResourceModel, name: string): CaseStep {
  const request = deleteRequest(name);
  if (!model.functions.delete(name)) return { request, expect: notFound(name) };
  return { request, expect: { status: 204, statusGrade: 'inferred', noContent: true } };
}

function list(model: ResourceModel, limit: number): CaseStep {
  // Byte-wise ascending, as the names here are ASCII (lifecycle E.1, inferred).
  const names = [...model.functions.keys()].sort();
  const items = Object.fromEntries(
    names.map((name) => {
      const { code: _code, ...listed } = model.functions.get(name)?.config ?? {};
      return [name, listed];
    }),
  );
  const request: CaseRequest = listRequest(
    { prefix: model.prefix, limit },
    { repeat: allPages(Math.ceil(names.length / limit)) },
  );
  return { request, expect: { status: 200, listed: { names, limit, items } } };
}

/**
 * Applies one operation to the model and returns the request with the answer the model
 * predicts; `step` is the operation's index in the sequence.
 *
 * @example
 * const step = applyOperation(model, { op: 'get', name: 'ct-x-seq-1-a' }, 0); // expects 404 FunctionNotFound
 */
export function applyOperation(model: ResourceModel, operation: ModelOperation, step: number): CaseStep {
  switch (operation.op) {
    case 'create':
      return create(model, operation, step);
    case 'get':
      return read(model, operation.name);
    case 'update':
      return update(model, operation);
    case 'delete':
      return remove(model, operation.name);
    case 'list':
      return list(model, operation.limit);
  }
}
