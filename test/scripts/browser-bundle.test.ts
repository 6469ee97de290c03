/**
 * The checks behind `npm run size` must be able to fail: a Node built-in in a browser bundle is
 * reported (Vite's warning and its `__vite-browser-external` stand-in), a browser-safe entry is not.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundleForBrowser, nodeOnlyInputs } from '../../scripts/lib/browser-bundle.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bundleForBrowser', () => {
  // Vite warns about externalized Node built-ins only in production builds; `npm run size` runs
  // with NODE_ENV unset or production, vitest sets it to 'test'.
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reports a Node built-in as a warning and as a node-only input', async () => {
    const result = await bundleForBrowser({
      root,
      entry: "import { createHash } from 'node:crypto';\nexport const hash = () => createHash('sha256');",
    });
    expect(result.warnings.join('\n')).toMatch(/externalized for browser compatibility/);
    expect(nodeOnlyInputs(result.inputs)).not.toEqual([]);
  });

  it('measures a browser-safe entry without warnings', async () => {
    const result = await bundleForBrowser({
      root,
      entry: 'export const answer = [1, 2, 3].map((n) => n * 2);',
    });
    expect(result.warnings).toEqual([]);
    expect(nodeOnlyInputs(result.inputs)).toEqual([]);
    expect(result.minifiedBytes).toBeGreaterThan(0);
    expect(result.gzipBytes).toBeGreaterThan(0);
  });

  it('flags polyfill packages and built-ins by id', () => {
    const ids = ['/app/node_modules/buffer/index.js', 'fs', 'node:path', '/app/src/main.js'];
    expect(nodeOnlyInputs(ids.map((id) => ({ id, minifiedBytes: 1 })))).toEqual(ids.slice(0, 3));
  });
});
