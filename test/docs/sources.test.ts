/**
 * docs/sources.md maps every section label the docs cite to its sources: a label cited in README.md,
 * docs/ or the spec with no row in its notes' table fails here, so the map grows with the docs. With
 * the notes themselves beside the repository (`../shared/reference/`), every section they have must
 * have a row as well.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Citation, citedLabels, type Notes } from './citations.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pages = [
  'README.md',
  'spec/openapi.yaml',
  ...readdirSync(new URL('docs/', root), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md') && file !== 'sources.md')
    .map((file) => `docs/${file}`),
];

/** The labels in the first column of the table under `heading` in docs/sources.md. */
function rows(heading: string): string[] {
  const text = read('docs/sources.md');
  const start = text.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + heading.length);
  const part = text.slice(start, end === -1 ? undefined : end);
  return [...part.matchAll(/^\| ([A-K](?:\.\d+)?) \|/gm)].map(([, label]) => String(label));
}

const mapped: Record<Notes, string[]> = {
  CF: rows('## The CreateFunction notes'),
  lifecycle: rows('## The function-lifecycle notes'),
  T: [...read('docs/reference/triggers-and-tags.md').matchAll(/^## (T\.\d+) /gm)].map(([, label]) =>
    String(label),
  ),
};
const cited: Citation[] = pages.flatMap((page) => citedLabels(read(page), page));
const unmapped = (citations: Citation[]) => [
  ...new Set(citations.filter((c) => !mapped[c.notes].includes(c.label)).map((c) => `${c.notes} ${c.label}`)),
];

describe('citedLabels', () => {
  const cases: { text: string; want: string[] }[] = [
    { text: 'as CF §A.3 says; see reference A.5', want: ['CF A.3', 'CF A.5'] },
    { text: '(lifecycle reference F)', want: ['lifecycle F'] },
    { text: 'fact E.1, E.2 [documented]: Throttling.User answers 429', want: ['CF E.1', 'CF E.2'] },
    {
      text: 'Reference lifecycle C.5, C.2, CF B.1, C.3 · documented',
      want: ['lifecycle C.5', 'lifecycle C.2', 'CF B.1', 'CF C.3'],
    },
    {
      text: 'Lifecycle I.2 (versions), I.3 (aliases), H.2',
      want: ['lifecycle I.2', 'lifecycle I.3', 'lifecycle H.2'],
    },
    {
      text: '(reference A.1, B; lifecycle A.1, G)',
      want: ['CF A.1', 'CF B', 'lifecycle A.1', 'lifecycle G'],
    },
    { text: 'reference: C.15, T.4', want: ['CF C.15', 'T T.4'] },
    {
      text: '| id | ref |\n|---|---|\n| `x` | B.1, C.3 |\n| `y` | lifecycle H.4, H.6 |',
      want: ['CF B.1', 'CF C.3', 'lifecycle H.4', 'lifecycle H.6'],
    },
    { text: 'Node 24, msw 3.0.5, RFC 9110 §4.2.4, the same integer E.1 asks for', want: [] },
  ];
  it.each(cases)('$text', ({ text, want }) => {
    expect(
      citedLabels(text, 'x.md')
        .map((c) => `${c.notes} ${c.label}`)
        .sort(),
    ).toEqual(want.sort());
  });
});

describe('docs/sources.md', () => {
  it('finds the citations of the docs (the parser is not blind)', () => {
    const labels = new Set(cited.map((c) => `${c.notes} ${c.label}`));
    for (const label of [
      'CF A.5',
      'CF B.1',
      'CF C.15',
      'CF E.2',
      'lifecycle C.2',
      'lifecycle H.6',
      'T T.4',
    ]) {
      expect(labels).toContain(label);
    }
    expect(labels.size).toBeGreaterThan(80);
  });

  it('has a row for every section label README.md, docs/ and the spec cite', () => {
    const missing = unmapped(cited).map((label) => {
      const where = [...new Set(cited.filter((c) => `${c.notes} ${c.label}` === label).map((c) => c.file))];
      return `${label} (${where.join(', ')})`;
    });
    expect(missing).toEqual([]);
  });

  it('lists each label once per table', () => {
    for (const labels of Object.values(mapped)) expect(labels.length).toBe(new Set(labels).size);
    expect(mapped.CF.length).toBeGreaterThan(40);
    expect(mapped.lifecycle.length).toBeGreaterThan(50);
  });

  const notes: { file: string; notes: Notes; numbered: string[] }[] = [
    { file: 'fc3-createfunction.md', notes: 'CF', numbered: ['C', 'G'] },
    { file: 'fc3-function-lifecycle.md', notes: 'lifecycle', numbered: ['J'] },
  ];
  for (const note of notes) {
    const path = new URL(`../shared/reference/${note.file}`, root);
    const present = existsSync(path);
    it.skipIf(!present)(
      `has a row for every section of ${note.file}${present ? '' : ' — SKIPPED: ../shared is absent beside the repo'}`,
      () => {
        const text = readFileSync(path, 'utf8');
        const sections = [...text.matchAll(/^#{2,3} ([A-K])(\.\d+)?[. ]/gm)].map(
          ([, letter, sub]) => letter + (sub ?? ''),
        );
        const items = note.numbered.flatMap((letter) => numberedItems(text, letter));
        expect([...sections, ...items].filter((label) => !mapped[note.notes].includes(label))).toEqual([]);
      },
    );
  }
});

/** `C.1` … for the rows of a numbered table (`| 1 |`) or list (`1.`) directly under `## C.`. */
function numberedItems(text: string, letter: string): string[] {
  const start = text.indexOf(`\n## ${letter}. `);
  const end = text.indexOf('\n## ', start + 1);
  const part = text.slice(start, end);
  return [...part.matchAll(/^(?:\| (\d+) \||(\d+)\. )/gm)].map(([, row, item]) => `${letter}.${row ?? item}`);
}
