import { describe, expect, it } from 'vitest';
import { operationFacts, schemaValidator } from '../../proxy/checks/spec-facts.ts';

describe('the proxy checks schemas as the emulator does', () => {
  // Floating point makes 0.15 / 0.05 = 2.9999999999999996: without a precision, a valid cpu looks
  // invalid (the bug Prism's Ajv has, ADR 004), and a correct client was reported.
  it.each([0.05, 0.15, 0.35, 0.7, 1.15, 16])('cpu %f is a multiple of 0.05', (cpu) => {
    expect(schemaValidator('UpdateFunctionInput')({ cpu })).toBe(true);
  });

  it('cpu 0.33 is not', () => {
    expect(schemaValidator('UpdateFunctionInput')({ cpu: 0.33 })).toBe(false);
  });
});

describe('the grades the spec text gives, kept through generation', () => {
  const create = operationFacts('CreateFunction');

  it('an error code whose example calls it inferred is graded inferred', () => {
    expect(create.statuses.get(400)?.codes.get('SignatureNonceUsed')).toBe('inferred');
    expect(create.statuses.get(409)?.codes.get('FunctionAlreadyExists')).toBe('inferred');
  });

  it('a documented code stays documented', () => {
    expect(create.statuses.get(400)?.codes.get('PathNotSupported')).toBe('documented');
  });
});
