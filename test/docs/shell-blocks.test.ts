/**
 * The shell commands of README.md and docs/ run as written: the bin is started through `npx`, an
 * npm script or (in a project that installed the package) `node_modules/.bin/`, never as a bare
 * `fc3-testkit` (not on PATH outside npm scripts), and a script as `npx node …` or `npm run …`,
 * never a bare `node` (a machine's own Node may be older than the project's 24: CI images ship 20,
 * which cannot run `.ts`).
 */
import { describe, expect, it } from 'vitest';
import { markdownPages, readPage } from './pages.ts';

/** The lines of the ```sh (or bash, shell) blocks of a Markdown text, numbered from 1. */
function shellLines(text: string): { line: number; text: string }[] {
  let inShell = false;
  return text.split('\n').flatMap((line, index) => {
    if (line.startsWith('```')) {
      inShell = !inShell && /^```(sh|bash|shell)\s*$/.test(line);
      return [];
    }
    return inShell ? [{ line: index + 1, text: line }] : [];
  });
}

/**
 * A command of the line (at its start, after `&&`, `||`, `;`, `|`, `&`, `(` or `$(`, after a `$ `
 * prompt or a prefix command such as `time` or `env`, environment assignments allowed) that is a
 * bare `fc3-testkit` or `node`.
 */
const BARE =
  /(?:^|&&|\|\||;|\||&|\$\(|\(|`)\s*(?:\$\s+)?(?:(?:time|nohup|env|exec|sudo)\s+)*(?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|\S*)\s+)*(fc3-testkit|node)(?=\s|\)|$)/;

function bareCommands(text: string): { line: number; command: string }[] {
  return shellLines(text).flatMap(({ line, text: shell }) => {
    const command = BARE.exec(shell.replace(/(^|\s)#.*$/, ''))?.[1];
    return command === undefined ? [] : [{ line, command }];
  });
}

describe('bareCommands', () => {
  it.each([
    ['npx fc3-testkit verify --base-url URL', []],
    ['node_modules/.bin/fc3-testkit serve --port 0 > serve.out &', []],
    ['npm run bench:server       # builds dist/, then: node bench/server.ts', []],
    ['FC_CLIENT_CUSTOM_ENDPOINT=http://127.0.0.1:9100 s deploy', []],
    ['fc3-testkit replay run.ndjson', ['fc3-testkit']],
    ['X=1 node bench/server.ts --rounds 1', ['node']],
    ['npm run -s build && node dist/cli/main.js serve', ['node']],
    ['serve.sh & node x.ts', ['node']],
    ['URL=$(fc3-testkit serve)', ['fc3-testkit']],
    ['time node bench/server.ts', ['node']],
    ['FOO="a b" x=1 node x.ts', ['node']],
    ['$ fc3-testkit verify', ['fc3-testkit']],
    ['kill "$SERVE_PID" && wait "$SERVE_PID"', []],
  ])('%s', (line, want) => {
    expect(bareCommands(`\`\`\`sh\n${line}\n\`\`\`\n`).map((c) => c.command)).toEqual(want);
  });

  it('reads only shell blocks', () => {
    expect(bareCommands('```\nfc3-testkit serve [--port N]\n```\nfc3-testkit serve\n')).toEqual([]);
  });
});

describe('shell blocks of README.md and docs/', () => {
  it('start fc3-testkit and node through npx, npm or node_modules/.bin', () => {
    const found = markdownPages.flatMap((page) =>
      bareCommands(readPage(page)).map(({ line, command }) => `${page}:${line}: bare ${command}`),
    );
    expect(found).toEqual([]);
  });
});
