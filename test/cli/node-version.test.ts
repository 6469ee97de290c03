/**
 * The bin's Node check: the supported range equals package.json `engines` (the refusal itself,
 * on a real old Node, is test/hostile/bin-on-old-node.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prismNodeRefusal } from '../../cli/commands/prism.ts';
import { isSupportedNode, nodeRefusal, SUPPORTED_NODE } from '../../mocks/node-version.ts';
import { CLI } from '../server/cli-process.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('the supported Node range', () => {
  it('is the range package.json engines declares', () => {
    expect(SUPPORTED_NODE).toBe(pkg.engines.node);
  });

  it.each([
    ['18.20.0', false],
    ['20.19.0', false],
    ['22.0.0', false],
    ['22.12.9', false],
    ['22.13.0', true],
    ['22.17.1', true],
    ['22.18.0', true],
    ['23.11.0', false],
    ['24.0.0', true],
    ['24.21.0', true],
    ['26.1.0', true],
  ])('Node %s supported: %s', (version, want) => {
    expect(isSupportedNode(version)).toBe(want);
    expect(nodeRefusal(version) === undefined).toBe(want);
  });

  it('runs the bin on this Node (the one vitest runs on)', () => {
    const run = spawnSync(process.execPath, [CLI, 'fixtures', '--count', '1'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('functionName');
  });
});

describe('fc3-testkit prism on a Node older than Prism supports', () => {
  it.each([
    ['22.13.0', '>=24.18.0', false],
    ['24.17.9', '>=24.18.0', false],
    ['24.18.0', '>=24.18.0', true],
    ['22.13.0', undefined, true],
    ['22.13.0', '>=22 <25', true],
  ])('Node %s, Prism engines %s: runs %s', (node, engines, runs) => {
    const refusal = prismNodeRefusal(node, { version: '5.16.0', engines });
    if (runs) expect(refusal).toBeUndefined();
    else
      expect(refusal).toBe(
        `Stoplight Prism 5.16.0 needs Node ${engines}, this is Node ${node}; run it with a newer Node (fc3-testkit serve runs on this one)`,
      );
  });
});
