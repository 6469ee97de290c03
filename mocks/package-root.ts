/**
 * Where the installed fc3-testkit package lives (from source or from `dist/`): its spec and its
 * own `package.json`, never the caller's project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Fc3TestkitError } from './core/errors.ts';

/**
 * The package root (the folder of fc3-testkit's `package.json`), from source or from `dist/`.
 *
 * @example
 * join(packageRoot(), 'spec', 'openapi.yaml');
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'fc3-testkit') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Fc3TestkitError('cannot find the fc3-testkit package root');
    dir = parent;
  }
}

/**
 * The version in fc3-testkit's own `package.json` (the installed one, not the caller's project).
 *
 * @example
 * packageVersion(); // '0.1.0'
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  if (typeof manifest.version !== 'string')
    throw new Fc3TestkitError('fc3-testkit package.json has no version');
  return manifest.version;
}
