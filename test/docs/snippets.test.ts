/**
 * The snippet extractor behind scripts/check-snippets.ts: which blocks become which files.
 */
import { describe, expect, it } from 'vitest';
import { extractSnippets, pageFolder } from '../../scripts/lib/snippets.ts';

describe('extractSnippets', () => {
  it.each([
    [
      'an unnamed block',
      'text\n```ts\nconst a = 1;\n```\n',
      [{ file: 'snippet-2.ts', line: 2, code: 'const a = 1;\n' }],
    ],
    [
      'a block named by its first line',
      '```ts\n// test/setup-fc3.ts (vitest setupFiles)\nexport {};\n```',
      [
        {
          file: 'test/setup-fc3.ts',
          line: 1,
          code: '// test/setup-fc3.ts (vitest setupFiles)\nexport {};\n',
        },
      ],
    ],
    ['a typescript block', '```typescript\ny;\n```\n', [{ file: 'snippet-1.ts', line: 1, code: 'y;\n' }]],
    ['other languages', '```sh\nnpm test\n```\n```js\nx\n```\n```tsx\ny\n```\n', []],
  ])('%s', (_label, markdown, want) => {
    expect(extractSnippets(markdown)).toEqual(want);
  });

  it('refuses an unterminated block', () => {
    expect(() => extractSnippets('```ts\nconst a = 1;\n')).toThrow('unterminated ```ts block at line 1');
  });

  it('gives each page its own folder', () => {
    expect(pageFolder('docs/guides/drop-in-mocks.md')).toBe('docs-guides-drop-in-mocks');
    expect(pageFolder('README.md')).toBe('README');
  });
});
