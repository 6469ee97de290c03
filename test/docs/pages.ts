/**
 * The Markdown pages the docs tests read: README.md and every page under docs/, as paths relative
 * to the repository root.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const repoRoot = new URL('../../', import.meta.url);

/** README.md and docs/**\/*.md, relative to the repository root. */
export const markdownPages: readonly string[] = [
  'README.md',
  ...readdirSync(new URL('docs/', repoRoot), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** The text of a page of the repository. */
export const readPage = (page: string): string => readFileSync(new URL(page, repoRoot), 'utf8');
