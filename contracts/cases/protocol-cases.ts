/**
 * Protocol cases: wrong path and method, malformed and non-object bodies, unknown fields and the
 * body size limit (reference A.1, E.2, F, G.6).
 */
import type { ContractCase } from '../types.ts';
import { baseInput, CREATE_PATH, createRequest, fact, type Naming } from './context.ts';

const PATH_FACT = fact({
  reference: 'E.2',
  statement: "an unknown path or method answers 400 PathNotSupported ('%s' against '%s')",
});
const BODY_FACT = fact({
  reference: 'E.2, G.8',
  statement: 'a body that is not a JSON object is a validation failure: 400 InvalidArgument',
  grade: 'inferred',
});

function pathCase(id: string, request: ContractCase['request'], title: string): ContractCase {
  return { id, title, fact: PATH_FACT, request, expect: { status: 400, code: 'PathNotSupported' } };
}

function bodyCase(id: string, body: string | Uint8Array, title: string): ContractCase {
  return {
    id,
    title,
    fact: BODY_FACT,
    request: createRequest(body, { headers: { 'content-type': 'application/json' } }),
    expect: { status: 400, code: 'InvalidArgument' },
  };
}

function pathCases(naming: Naming): ContractCase[] {
  const valid = baseInput('builtin', naming.next('path'));
  return [
    pathCase(
      'protocol.wrong-path.singular',
      createRequest(valid, { path: '/2023-03-30/function' }),
      'POST /2023-03-30/function',
    ),
    pathCase(
      'protocol.wrong-path.fc2-version',
      createRequest(valid, { path: '/2016-08-15/functions' }),
      'POST with the FC 2.0 version',
    ),
    pathCase(
      'protocol.wrong-method.put',
      { method: 'PUT', path: CREATE_PATH, body: valid },
      'PUT /2023-03-30/functions',
    ),
    pathCase(
      'protocol.wrong-method.delete',
      { method: 'DELETE', path: CREATE_PATH },
      'DELETE /2023-03-30/functions',
    ),
  ];
}

function bodyCases(): ContractCase[] {
  return [
    bodyCase('body.malformed-json', '{"functionName": "f", "runtime": ', 'A truncated JSON document'),
    bodyCase('body.empty', '', 'An empty body'),
    bodyCase('body.array', '[{"functionName":"f"}]', 'A JSON array'),
    bodyCase('body.number', '42', 'A JSON number'),
    bodyCase('body.null', 'null', 'JSON null'),
    bodyCase('body.string', '"python3.10"', 'A JSON string'),
    bodyCase(
      'body.invalid-utf8',
      new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      'Bytes that are not UTF-8',
    ),
  ];
}

function limitCases(naming: Naming): ContractCase[] {
  const known = baseInput('builtin', naming.next('unknown'));
  const unknown = { ...known, surpriseField: { nested: true } };
  return [
    {
      id: 'body.unknown-fields-ignored',
      title: 'Unknown request fields are ignored, not rejected',
      fact: fact({ reference: 'G.6', statement: 'the service ignores unknown JSON keys', grade: 'inferred' }),
      request: createRequest(unknown),
      expect: {
        status: 200,
        statusGrade: 'inferred',
        success: { echo: known },
      },
    },
    {
      id: 'body.entity-too-large',
      title: 'A body one byte over the declared limit answers EntityTooLarge',
      fact: fact({
        reference: 'E.2, F',
        statement: 'a payload over the maximum size answers 400 EntityTooLarge',
      }),
      // Sized at run time from the target's declared limit: a valid input padded with spaces.
      request: createRequest(baseInput('builtin', naming.next('too-large')), { overLimit: true }),
      expect: { status: 400, code: 'EntityTooLarge' },
      needs: ['body-limit'],
    },
  ];
}

/**
 * The protocol cases of one run.
 *
 * @example
 * protocolCases(naming).length;
 */
export function protocolCases(naming: Naming): ContractCase[] {
  return [...pathCases(naming), ...bodyCases(), ...limitCases(naming)];
}
