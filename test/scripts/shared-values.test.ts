/**
 * The generator's sharing of repeated subtrees: the written expression evaluates to a value equal
 * to the input, repeated subtrees are written once, and the generated spec document is the spec's
 * runtime form.
 */
import { readFileSync } from 'node:fs';
import { parseYaml } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { specDocument } from '../../generated/spec-document.ts';
import { writeSharingRepeats } from '../../scripts/lib/shared-values.ts';
import { runtimeSpec } from '../../scripts/lib/without-prose.ts';

const evaluate = (written: { declarations: string[]; expression: string }): unknown =>
  new Function(
    `${written.declarations.join('\n').replaceAll(': T =', ' =')}\nreturn ${written.expression};`,
  )();

describe('writeSharingRepeats', () => {
  it('writes a repeated subtree once and evaluates to an equal value', () => {
    const rule = { id: 'request-body-not-allowed', by: 'emulator', status: 'inferred', tags: ['a', 'b'] };
    const value = { a: [rule, { x: rule }], b: rule, c: { small: 1 }, d: { small: 1 } };
    const written = writeSharingRepeats(value, { prefix: 's', type: 'T', minLength: 20 });
    expect(written.declarations).toHaveLength(1);
    expect(written.expression.match(/\bs0\b/g)).toHaveLength(3);
    expect(evaluate(written)).toEqual(value);
  });

  it('the generated spec document equals the runtime form of spec/openapi.yaml', () => {
    const spec = parseYaml(readFileSync('spec/openapi.yaml', 'utf8')) as Record<string, unknown>;
    expect(specDocument).toEqual(runtimeSpec(spec).document);
  });
});
