/**
 * The core runs in a browser service worker (MSW): no Node built-ins, no Node globals (ADR 016).
 * Node-only speed-ups live outside `mocks/core` (mocks/node-codecs.ts) and are passed in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../mocks/core/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const NODE_ONLY = [
  { what: 'a node: import', pattern: /from\s+['"]node:/ },
  {
    what: 'a bare Node built-in import',
    pattern: /from\s+['"](crypto|fs|http|buffer|zlib|os|path|util|stream)['"]/,
  },
  { what: 'Buffer', pattern: /\bBuffer\./ },
  { what: 'process', pattern: /\bprocess\.\w/ },
  { what: 'require', pattern: /\brequire\(/ },
];

describe('mocks/core is browser-safe', () => {
  const files = sources(CORE);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(NODE_ONLY)('no file uses $what', ({ pattern }) => {
    const offenders = files.filter((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .some(
          (line) =>
            !line.trimStart().startsWith('*') && !line.trimStart().startsWith('//') && pattern.test(line),
        ),
    );
    expect(offenders).toEqual([]);
  });
});
