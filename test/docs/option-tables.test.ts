/**
 * The guides list every option the commands accept, and state the same defaults as `--help`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../cli/commands/serve.ts';
import { verifyCommand } from '../../cli/commands/verify.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../../mocks/core/state.ts';

const read = (page: string) => readFileSync(new URL(`../../docs/guides/${page}`, import.meta.url), 'utf8');
const flags = (usage: string) =>
  [...new Set(usage.match(/--[a-z][a-z-]+/g))].filter((flag) => flag !== '--help');

describe('option tables', () => {
  it('check-your-emulator.md lists every verify option', () => {
    const guide = read('check-your-emulator.md');
    const optionCells = guide
      .split('\n')
      .filter((line) => line.startsWith('| `--'))
      .map((line) => line.split('|')[1] ?? '');
    const missing = flags(verifyCommand.usage).filter(
      (flag) => !optionCells.some((cell) => cell.includes(flag)),
    );
    expect(missing).toEqual([]);
  });

  it('standalone-servers.md shows every serve option in its synopsis', () => {
    const synopsis = /```\nfc3-testkit serve \[[\s\S]*?```/.exec(read('standalone-servers.md'))?.[0] ?? '';
    expect(flags(serveCommand.usage).filter((flag) => !synopsis.includes(flag))).toEqual([]);
  });

  it('serve --help and the guides state the same default body limit', () => {
    expect(serveCommand.usage).toContain(`default ${DEFAULT_MAX_BODY_BYTES}`);
    expect(read('standalone-servers.md')).toContain(`default ${DEFAULT_MAX_BODY_BYTES} bytes`);
    expect(read('emulator-and-fixtures.md')).toContain(`default ${DEFAULT_MAX_BODY_BYTES}`);
  });
});
