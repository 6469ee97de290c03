/**
 * The errors every FC 3.0 operation shares (lifecycle G: "403 / 5xx / throttling as CF §E.2"; the
 * signing errors of CF A.4, E.2): documented on each operation, by name, so that `Prefer: code=`
 * and `example=` select them everywhere (ADR 034), each example graded as the reference grades it.
 */
import { describe, expect, it } from 'vitest';
import { allOperations, loadSpec, responseExamples } from './spec-helpers.ts';

const spec = loadSpec();
const COMMON: Record<string, string[]> = {
  '400': ['MissingRequiredHeader', 'SignatureNonceUsed'],
  '403': ['AccessDenied', 'SignatureNotMatch', 'InvalidAccessKeyID', 'RequestTimeTooSkewed'],
  '429': ['ResourceExhausted', 'Throttling.User'],
  '500': ['InternalServerError'],
  '503': ['ServiceUnavailable', 'ResourceThrottled'],
};
// CF E.2 grades each code; the summaries say so (`documented`, `inferred`, an older FC's code).
const GRADED = /documented|inferred|FC 1\.0 code/;

const operations = allOperations(spec).map((o) => [o.operation.operationId, o.operation] as const);

describe('common errors on every FC 3.0 operation', () => {
  it('covers every operation of the spec', () => expect(operations.length).toBeGreaterThanOrEqual(30));

  it.each(operations)('%s documents the common errors by name', (_id, operation) => {
    const named = responseExamples(spec, operation);
    for (const [status, codes] of Object.entries(COMMON)) {
      const here = named.filter((e) => e.status === status).map((e) => e.name);
      expect(here, status).toEqual(expect.arrayContaining(codes));
    }
  });

  it.each(operations)('%s: each common example is graded and in the FC envelope', (_id, operation) => {
    for (const [status, response] of Object.entries(operation.responses)) {
      const examples = response.content?.['application/json']?.examples ?? {};
      for (const code of COMMON[status] ?? []) {
        const example = examples[code] as { summary?: string; value: { Code: string } } | undefined;
        expect(example?.summary, `${status} ${code}`).toMatch(GRADED);
        expect(example?.value.Code).toBe(code);
      }
    }
  });
});
