/**
 * Extracts the TypeScript snippets of Markdown pages into files, so that every snippet users copy
 * is type-checked (scripts/check-snippets.ts). The convention, small on purpose:
 * - every ```ts (or ```typescript) block is a whole module: it imports what it uses;
 * - `declare` lines stand for the reader's own code (`declare function deploy(…): Promise<void>;`);
 * - a first line `// path/to/file.ts` names the file, so a later block of the same page can import
 *   it (`import { emulator } from './setup-fc3.ts'`); other blocks get `snippet-<line>.ts`.
 */

/** One extracted snippet. */
export interface Snippet {
  /** Path relative to the page's own folder in the output. */
  file: string;
  /** 1-based line of the opening fence in the page. */
  line: number;
  code: string;
}

const FENCE = /^```(ts|typescript)\s*$/;
const NAMED = /^\/\/ ((?:[\w.-]+\/)*[\w.-]+\.ts)\b/;

/**
 * The ```ts blocks of one Markdown text, with their file names.
 *
 * @example
 * extractSnippets('```ts\n// a.ts\nexport const a = 1;\n```\n'); // [{ file: 'a.ts', line: 1, code: '// a.ts\nexport const a = 1;\n' }]
 */
export function extractSnippets(markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!FENCE.test(lines[i] as string)) continue;
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !(lines[i] as string).startsWith('```'); i += 1)
      body.push(lines[i] as string);
    if (i >= lines.length) throw new Error(`unterminated \`\`\`ts block at line ${start + 1}`);
    const named = NAMED.exec(body[0] ?? '')?.[1];
    snippets.push({
      file: named ?? `snippet-${start + 1}.ts`,
      line: start + 1,
      code: `${body.join('\n')}\n`,
    });
  }
  return snippets;
}

/**
 * The output folder of a page: its path with separators and the extension flattened.
 *
 * @example
 * pageFolder('docs/guides/drop-in-mocks.md'); // 'docs-guides-drop-in-mocks'
 */
export function pageFolder(page: string): string {
  return page.replace(/\.md$/, '').replace(/[\\/]/g, '-');
}
