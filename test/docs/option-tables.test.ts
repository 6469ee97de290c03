/**
 * The guides list every option the commands accept (verify's table; the synopses of serve, prism,
 * proxy and replay), and state the same defaults as `--help`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prismCommand } from '../../cli/commands/prism.ts';
import { proxyCommand } from '../../cli/commands/proxy.ts';
import { replayCommand } from '../../cli/commands/replay.ts';
import { serveCommand } from '../../cli/commands/serve.ts';
import { verifyCommand } from '../../cli/commands/verify.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../../mocks/core/state.ts';

const read = (page: string) => readFileSync(new URL(`../../docs/guides/${page}`, import.meta.url), 'utf8');
/** The options a usage text lists (a line of its own, `-p, --port N` or `--host H`), not those its prose names. */
const flags = (usage: string) =>
  [...new Set([...usage.matchAll(/^ +(?:-\w, )?(--[a-z][a-z-]+)/gm)].map(([, flag]) => String(flag)))].filter(
    (flag) => flag !== '--help',
  );

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

  it.each(
    [
      { page: 'standalone-servers.md', command: serveCommand },
      { page: 'standalone-servers.md', command: prismCommand },
      { page: 'check-the-real-service.md', command: proxyCommand },
      { page: 'check-the-real-service.md', command: replayCommand },
    ].map(({ page, command }) => ({ page, name: command.name, usage: command.usage })),
  )('$page shows every $name option in its synopsis', ({ page, name, usage }) => {
    const text = read(page);
    const start = text.indexOf(`\`\`\`\nfc3-testkit ${name} `);
    expect(start, `a \`\`\` block starting "fc3-testkit ${name} "`).toBeGreaterThanOrEqual(0);
    const synopsis = text.slice(start, text.indexOf('```', start + 3));
    // Whole flags: `--report` must not pass because `--reporter` is there.
    const shows = (flag: string) => new RegExp(`${flag}(?![\\w-])`).test(synopsis);
    expect(flags(usage).filter((flag) => !shows(flag))).toEqual([]);
  });

  it('serve --help and the guides state the same default body limit', () => {
    expect(serveCommand.usage).toContain(`default ${DEFAULT_MAX_BODY_BYTES}`);
    expect(read('standalone-servers.md')).toContain(`default ${DEFAULT_MAX_BODY_BYTES} bytes`);
    expect(read('emulator-and-fixtures.md')).toContain(`default ${DEFAULT_MAX_BODY_BYTES}`);
  });
});
