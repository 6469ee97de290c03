/**
 * Every relative link of README.md and docs/ reaches a file of the repository, and every `#anchor`
 * a heading of its page (GitHub's heading ids), so a renamed file or heading cannot leave a dead
 * link behind. Links inside code (fenced blocks, inline code) are not links and are skipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownPages, readPage, repoRoot } from './pages.ts';

const root = fileURLToPath(repoRoot);

/** The lines of a Markdown text outside fenced code blocks, numbered from 1. */
function proseLines(text: string): { line: number; text: string }[] {
  let fenced = false;
  return text.split('\n').flatMap((line, index) => {
    if (line.startsWith('```')) fenced = !fenced;
    return fenced || line.startsWith('```') ? [] : [{ line: index + 1, text: line }];
  });
}

/** GitHub's id of a heading: lower case, punctuation dropped, spaces as `-`, repeats numbered. */
function headingIds(text: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text: line } of proseLines(text)) {
    const heading = /^#{1,6} (.+)$/.exec(line)?.[1]?.replace(/`/g, '');
    if (heading === undefined) continue;
    const id = heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    ids.add(count === 0 ? id : `${id}-${count}`);
  }
  return ids;
}

/** The relative link targets of a page (`[text](target)`, not in code), with their lines. */
function relativeLinks(text: string): { line: number; target: string }[] {
  return proseLines(text).flatMap(({ line, text: prose }) =>
    [...prose.replace(/`[^`]*`/g, '``').matchAll(/\]\(([^)\s]+)\)/g)]
      .map(([, target]) => String(target))
      .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target))
      .map((target) => ({ line, target })),
  );
}

/** Why a link of `page` is broken, or undefined when it resolves. */
function brokenReason(page: string, target: string): string | undefined {
  const [path = '', anchor] = target.split('#');
  const file = path === '' ? join(root, page) : join(dirname(join(root, page)), decodeURIComponent(path));
  if (!existsSync(file)) return `no file ${relative(root, file)}`;
  if (anchor === undefined || statSync(file).isDirectory()) return undefined;
  return headingIds(readFileSync(file, 'utf8')).has(anchor)
    ? undefined
    : `no heading #${anchor} in ${relative(root, file)}`;
}

describe('headingIds and relativeLinks', () => {
  it('read headings and links as GitHub does, code excluded', () => {
    const page = [
      '# Title',
      '## Drop-in adapters (`npm run bench:adapters`)',
      '## Results',
      '## Results',
      '[a](other.md#x) [b](#results-1) [c](https://example.com) `[d](in-code.md)`',
      '```md',
      '## Not a heading',
      '[e](in-block.md)',
      '```',
    ].join('\n');
    expect([...headingIds(page)]).toEqual([
      'title',
      'drop-in-adapters-npm-run-benchadapters',
      'results',
      'results-1',
    ]);
    expect(relativeLinks(page)).toEqual([
      { line: 5, target: 'other.md#x' },
      { line: 5, target: '#results-1' },
    ]);
  });
});

describe('links of README.md and docs/', () => {
  const links = markdownPages.flatMap((page) =>
    relativeLinks(readPage(page)).map((link) => ({ page, ...link })),
  );

  it('finds the links (the parser is not blind)', () => {
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((link) => link.target.includes('#')).length).toBeGreaterThan(15);
  });

  it('resolve to a file, and an anchor to a heading of it', () => {
    const broken = links.flatMap(({ page, line, target }) => {
      const reason = brokenReason(page, target);
      return reason === undefined ? [] : [`${page}:${line}: (${target}) ${reason}`];
    });
    expect(broken).toEqual([]);
  });
});
