/**
 * generated/spec-document.ts is what the emulator reads at run time; it must be the spec without
 * its prose, exactly.
 * (`npm run gen:check` also diffs generated/openapi.ts; this test keeps the runtime copy honest
 * even when only `vitest` runs.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specDocument } from '../../generated/spec-document.ts';
import { withoutProse } from '../../scripts/lib/without-prose.ts';
import { loadSpec, repoRoot } from './spec-helpers.ts';

describe('generated/', () => {
  it('spec-document.ts equals spec/openapi.yaml without its prose (run `npm run gen` if not)', () => {
    expect(specDocument).toStrictEqual(withoutProse(loadSpec()));
  });

  it('drops only prose: descriptions and summaries go, data named so stays', () => {
    const spec = {
      description: 'd',
      properties: { description: { type: 'string', description: 'the field' } },
      examples: { one: { summary: 's', value: { description: 'kept', summary: 'kept too' } } },
      'x-fc-rules': [{ id: 'r', statement: 'st', description: 'kept' }],
      default: { description: 'kept' },
    };
    expect(withoutProse(spec)).toEqual({
      properties: { description: { type: 'string' } },
      examples: { one: { value: { description: 'kept', summary: 'kept too' } } },
      'x-fc-rules': [{ id: 'r', statement: 'st', description: 'kept' }],
      default: { description: 'kept' },
    });
  });

  it.each(['generated/openapi.ts', 'generated/spec-document.ts'])(
    '%s starts with the do-not-edit header',
    (path) => {
      expect(readFileSync(`${repoRoot}${path}`, 'utf8')).toMatch(
        /^\/\/ Generated from spec\/openapi\.yaml by `npm run gen` — do not edit\./,
      );
    },
  );
});
