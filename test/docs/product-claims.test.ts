/**
 * What the docs and `--help` say the product covers stays true: the serve guide's route table is
 * the operation table, the case table of check-your-emulator.md names every family of case ids,
 * the serve guide's speed figures are those of performance.md's Results, and the top-level texts
 * name more than CreateFunction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../../cli/commands/verify.ts';
import { main } from '../../cli/run.ts';
import { buildCases, newRunId } from '../../contracts/cases/index.ts';
import { operations } from '../../mocks/core/operations/index.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const section = (text: string, heading: string) => {
  const start = text.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + heading.length);
  return text.slice(start, end === -1 ? undefined : end);
};

async function generalHelp(): Promise<string> {
  let out = '';
  await main(['--help'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } });
  return out;
}

describe('product claims', () => {
  it('standalone-servers.md routes every operation of the table, with its method and path', () => {
    const table = section(read('docs/guides/standalone-servers.md'), '<!-- routes:');
    const rows = [...table.matchAll(/^\| `(\w+)` \| `(\w+) ([^`]+)`/gm)].map(([, name, method, path]) => ({
      name,
      method,
      path,
    }));
    expect(rows).toEqual(operations.map(({ name, method, path }) => ({ name, method, path })));
  });

  it("check-your-emulator.md's case table names every family of case ids", () => {
    const table = section(read('docs/guides/check-your-emulator.md'), '## What the cases cover');
    const named = new Set([...table.matchAll(/`([a-z]+)\.[^`]*`/g)].map((m) => m[1]));
    const families = new Set(buildCases({ runId: newRunId(), generated: 1 }).map((c) => c.id.split('.')[0]));
    expect([...families].filter((family) => !named.has(family))).toEqual([]);
  });

  it("standalone-servers.md's speed row quotes only figures of performance.md's Results", () => {
    const row = /^\| Speed .*$/m.exec(read('docs/guides/standalone-servers.md'))?.[0] ?? '';
    const results = section(read('docs/performance.md'), '## Results');
    const figures = (row.replace(/\([^)]*\)/, '').match(/\d+(?:[.,]\d+)*/g) ?? []).filter(
      (n) => n !== '100,000',
    );
    expect(figures.length).toBeGreaterThan(5);
    expect(figures.filter((figure) => !results.includes(figure))).toEqual([]);
  });

  it('fc3-testkit --help, verify --help and package.json name triggers and tags, not CreateFunction alone', async () => {
    const description = JSON.parse(read('package.json')).description as string;
    for (const text of [await generalHelp(), verifyCommand.usage, description]) {
      expect(text).toMatch(/triggers/);
      expect(text).toMatch(/tags/);
      expect(text).not.toMatch(/3\.0 CreateFunction|CreateFunction (emulator|spec)/);
    }
  });
});
