/**
 * The committed `docs/contract-cases.md` lists the current catalogue.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderCaseList } from '../../scripts/list-cases.ts';

it('docs/contract-cases.md is up to date (run node scripts/list-cases.ts)', () => {
  expect(readFileSync(new URL('../../docs/contract-cases.md', import.meta.url), 'utf8')).toBe(
    renderCaseList(),
  );
});
