/**
 * Repro (issue 13, item 1): on Node 20 and on Node 22 before 22.18, `dist/cli/main.js` ran only
 * `if (import.meta.main)`, which those Nodes leave undefined: `fc3-testkit verify --base-url …`
 * printed nothing and exited 0, so a consumer's CI reported the contract check as passed. On a
 * Node that `engines` does not admit, the bin now refuses with one line and exit 2. The
 * machine's own Node (CI images ship 20) is the old Node; the package smoke test also runs the
 * installed bin on the oldest admitted Node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSupportedNode } from '../../mocks/node-version.ts';
import { CLI } from '../server/cli-process.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};

/** A `node` on PATH outside any node_modules (the machine's own) whose version is not supported. */
function unsupportedSystemNode(): { path: string; version: string } | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.includes('node_modules')) continue;
    const path = join(dir, 'node');
    try {
      const version = execFileSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
      if (!isSupportedNode(version)) return { path, version };
    } catch {
      // not there, or not runnable
    }
  }
  return undefined;
}

const old = unsupportedSystemNode();

describe.skipIf(old === undefined)(`the bin on the machine's Node ${old?.version}`, () => {
  it('refuses with one line on stderr and exit 2, before doing anything', () => {
    const run = spawnSync(old?.path as string, [CLI, 'verify', '--base-url', 'http://127.0.0.1:1'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `fc3-testkit: Node ${old?.version} is not supported; it needs Node ${pkg.engines.node} (package.json engines)\n`,
    );
  });
});

// The entries that need a newer Node's API (node:worker_threads' isMarkedAsUntransferable) used to
// end in "SyntaxError: The requested module 'node:worker_threads' does not provide an export
// named …"; the others load there, and are not refused (ADR 053).
describe.skipIf(old === undefined)(
  `the Node-only library entries on the machine's Node ${old?.version}`,
  () => {
    it.each(['contracts/index.js', 'mocks/server.js', 'proxy/index.js'])(
      "dist/%s refuses on import with the bin's line, as an Fc3TestkitError",
      (entry) => {
        const url = new URL(`../../dist/${entry}`, import.meta.url).href;
        const script = `import(${JSON.stringify(url)}).then(() => console.log('loaded'), (e) => console.log(e.name + ': ' + e.message))`;
        const run = spawnSync(old?.path as string, ['--input-type=module', '-e', script], {
          encoding: 'utf8',
          timeout: 20_000,
        });
        expect(run.stdout).toBe(
          `Fc3TestkitError: fc3-testkit: Node ${old?.version} is not supported; it needs Node ${pkg.engines.node} (package.json engines)\n`,
        );
      },
    );
  },
);

describe('the bin on a supported Node (the one vitest runs on)', () => {
  it('never passes silently: verify against an unreachable server exits 2 and says why', () => {
    const run = spawnSync(process.execPath, [CLI, 'verify', '--base-url', 'http://127.0.0.1:1'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/http:\/\/127\.0\.0\.1:1 is unreachable/);
  });
});
