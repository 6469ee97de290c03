/**
 * generated/spec-document.ts is what the emulator reads at run time; it must be the spec, exactly.
 * (`npm run gen:check` also diffs generated/openapi.ts; this test keeps the runtime copy honest
 * even when only `vitest` runs.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specDocument } from '../../generated/spec-document.ts';
import { loadSpec, repoRoot } from './spec-helpers.ts';

describe('generated/', () => {
  it('spec-document.ts equals spec/openapi.yaml (run `npm run gen` if not)', () => {
    expect(specDocument).toStrictEqual(loadSpec());
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
