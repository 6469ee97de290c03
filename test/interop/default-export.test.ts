/**
 * `defaultExport`: the official SDK's client class under vitest's interop (default import = the
 * class) and under Node's own ESM loader (default import = `module.exports`, class on `.default`).
 * The type side (both TypeScript module modes) is checked on the README snippets by
 * scripts/check-snippets.ts.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import FC from '@alicloud/fc20230330';
import { describe, expect, it } from 'vitest';
import { defaultExport } from '../../mocks/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('defaultExport', () => {
  it('returns the class when the default import already is the class (vitest, bundlers)', () => {
    const Client = defaultExport(FC);
    expect(typeof Client).toBe('function');
    expect(typeof Client.prototype.createFunction).toBe('function');
  });

  it('unwraps module.exports when the default import is the CommonJS exports object', () => {
    class Client {}
    expect(defaultExport({ default: Client, other: 1 })).toBe(Client);
  });

  it('finds the SDK class under Node ESM, through the built package', () => {
    const script = `
      import FC from '@alicloud/fc20230330';
      import { defaultExport } from 'fc3-testkit';
      const Client = defaultExport(FC);
      console.log(typeof FC.default, typeof Client, typeof Client.prototype.createFunction);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('function function function');
  });
});
