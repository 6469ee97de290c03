/**
 * Error examples of GetFunction, UpdateFunction, DeleteFunction and ListFunctions: one per
 * documented code (lifecycle G, CF E.2) under its status, in the FC envelope, and in the order that
 * `Prefer: code=NNN` relies on (Prism and the emulator take the first example of a status).
 */
import { describe, expect, it } from 'vitest';
import { fcError } from '../../mocks/core/errors.ts';
import { createEmulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';
import {
  allOperations,
  loadSpec,
  operationById,
  type PlacedExample,
  responseExamples,
} from './spec-helpers.ts';

const spec = loadSpec();
const REQUEST_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

// The auth, throttling and server errors every operation shares with CreateFunction (CF E.2).
const SHARED = {
  '403': ['AccessDenied', 'SignatureNotMatch', 'InvalidAccessKeyID', 'RequestTimeTooSkewed'],
  '429': ['ResourceExhausted', 'Throttling.User'],
  '500': ['InternalServerError'],
  '503': ['ServiceUnavailable', 'ResourceThrottled'],
};
const TRANSPORT_400 = ['InvalidArgument', 'MissingRequiredHeader', 'PathNotSupported'];

const expected: Record<string, Record<string, string[]>> = {
  GetFunction: {
    '400': [...TRANSPORT_400, 'SignatureNonceUsed'],
    ...SHARED,
    '404': ['FunctionNotFound', 'VersionNotFound', 'AliasNotFound'],
  },
  UpdateFunction: {
    '400': [...TRANSPORT_400, 'EntityTooLarge', 'SignatureNonceUsed'],
    ...SHARED,
    '404': ['FunctionNotFound'],
    '409': ['ConcurrentUpdateError'],
    '412': ['PreconditionFailed'],
  },
  DeleteFunction: {
    '400': [...TRANSPORT_400, 'SignatureNonceUsed'],
    ...SHARED,
    '404': ['FunctionNotFound'],
    // FunctionNotEmpty first: `Prefer: code=409` answers the one the emulator raises itself.
    '409': ['FunctionNotEmpty', 'ProvisionConfigExist', 'ResidentScalingConfigExists'],
  },
  ListFunctions: { '400': [...TRANSPORT_400, 'SignatureNonceUsed'], ...SHARED },
};

const errorsOf = (id: string): PlacedExample[] =>
  responseExamples(spec, operationById(spec, id).operation).filter((e) => Number(e.status) >= 400);
const message = (id: string, code: string): string | undefined =>
  (errorsOf(id).find((e) => e.name === code)?.value as { Message?: string } | undefined)?.Message;

describe('function-resource error examples', () => {
  it.each(Object.keys(expected))('%s: one example per documented code, in the intended order', (id) => {
    const actual: Record<string, string[]> = {};
    for (const e of errorsOf(id)) actual[e.status] = [...(actual[e.status] ?? []), e.name];
    expect(actual).toEqual(expected[id]);
  });

  const all = Object.keys(expected).flatMap((id) => errorsOf(id).map((e) => [`${id} ${e.name}`, e] as const));

  it.each(all)('%s: envelope fields', (label, placed) => {
    const body = placed.value as { Code: string; Message: string; RequestId: string };
    expect(body.Code).toBe(placed.name);
    expect(body.Message.length, label).toBeGreaterThan(0);
    expect(body.RequestId).toMatch(REQUEST_ID);
  });

  it.each(Object.keys(expected))('%s: every error status uses the FC envelope', (id) => {
    for (const [status, response] of Object.entries(operationById(spec, id).operation.responses)) {
      if (Number(status) < 400) continue;
      expect(response.content?.['application/json']?.schema, status).toEqual({
        $ref: '#/components/schemas/Error',
      });
    }
  });

  // An example shared through a YAML alias (the auth and server errors every operation
  // documents) is one example under several operations: one RequestId, one body.
  it('uses a distinct RequestId per error example across the whole spec', () => {
    const bodies = new Map<string, Set<string>>();
    for (const o of allOperations(spec)) {
      for (const e of responseExamples(spec, o.operation).filter((e) => Number(e.status) >= 400)) {
        const { RequestId } = e.value as { RequestId: string };
        bodies.set(RequestId, (bodies.get(RequestId) ?? new Set()).add(JSON.stringify(e.value)));
      }
    }
    expect(bodies.size).toBeGreaterThan(60);
    for (const [id, texts] of bodies) expect([...texts], id).toHaveLength(1);
  });

  it('declares both request-id headers on every response of every operation', () => {
    for (const { operation } of allOperations(spec)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(Object.keys(response.headers ?? {}), `${operation.operationId} ${status}`).toEqual([
          'x-acs-request-id',
          'x-fc-request-id',
        ]);
      }
    }
  });

  it('quotes the reference messages (lifecycle G)', () => {
    const notFound = "function 'my-function-1' does not exist.";
    expect(
      ['GetFunction', 'UpdateFunction', 'DeleteFunction'].map((id) => message(id, 'FunctionNotFound')),
    ).toEqual([notFound, notFound, notFound]);
    expect(message('DeleteFunction', 'FunctionNotEmpty')).toBe(
      "function 'my-function-1' has active triggers",
    );
    // Their wording is ours (lifecycle G gives none), the catalogue's with the name filled in.
    expect(message('DeleteFunction', 'ProvisionConfigExist')).toBe(
      fcError('ProvisionConfigExist', 'my-function-1').message,
    );
    expect(message('DeleteFunction', 'ResidentScalingConfigExists')).toBe(
      fcError('ResidentScalingConfigExists', 'my-function-1').message,
    );
    expect(message('UpdateFunction', 'PreconditionFailed')).toBe(
      'the resource being modified has been changed',
    );
    expect(message('UpdateFunction', 'ConcurrentUpdateError')).toMatch(/^ConcurrentUpdateError: /);
    expect(message('UpdateFunction', 'InvalidArgument')).toBe(
      'Either ossBucketName/ossObjectName or zipFile must be set',
    );
  });

  it('quotes the emulator where it raises the error itself (limit, ConcurrentUpdateError)', async () => {
    const emulator = createEmulator({ preparationMs: 1000 });
    const limit = await call(emulator, 'GET', '/functions?limit=0');
    expect(limit.json?.Message).toBe(message('ListFunctions', 'InvalidArgument'));
    const image = {
      runtime: 'custom-container',
      code: undefined,
      customContainerConfig: { image: 'r/app:1' },
    };
    await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'my-function-1', ...image }));
    emulator.advanceClock(1000);
    await call(emulator, 'PUT', '/functions/my-function-1', { memorySize: 1024 });
    const racing = await call(emulator, 'PUT', '/functions/my-function-1', { memorySize: 2048 });
    expect(racing.json?.Message).toBe(message('UpdateFunction', 'ConcurrentUpdateError'));
  });

  it.each([
    ['code=409', 'FunctionNotEmpty'],
    ['code=409, example=ProvisionConfigExist', 'ProvisionConfigExist'],
    ['code=409, example=ResidentScalingConfigExists', 'ResidentScalingConfigExists'],
  ])('DeleteFunction with Prefer %s answers the %s example', async (prefer, code) => {
    const emulator = createEmulator();
    const url = 'http://127.0.0.1:9000/2023-03-30/functions/my-function-1';
    const response = await emulator.handle(new Request(url, { method: 'DELETE', headers: { prefer } }));
    expect(response.status).toBe(409);
    const { RequestId: _, ...body } = (await response.json()) as Record<string, string>;
    expect(body).toEqual({ Code: code, Message: message('DeleteFunction', code) });
  });

  it.each(Object.keys(expected))(
    '%s: AccessDenied names the RAM action of the operation (lifecycle A.1)',
    (id) => {
      expect(message(id, 'AccessDenied')).toContain(`'fc:${id}'`);
    },
  );
});
