/**
 * `fc3-testkit prism` where Stoplight Prism (an optional peer dependency) is not installed: one
 * line naming what is missing and the command that installs it, exit 1; no "--help" hint, since
 * no option would help.
 */
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/run.ts';

vi.mock('node:module', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:module')>();
  const createRequire = (from: string | URL) => {
    const required = real.createRequire(from);
    const resolve = (id: string, options?: { paths?: string[] }) => {
      if (id.startsWith('@stoplight/prism-cli')) {
        throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
      }
      return required.resolve(id, options);
    };
    return Object.assign(required, { resolve });
  };
  return { ...real, createRequire, default: { ...real, createRequire } };
});

describe('fc3-testkit prism without Stoplight Prism', () => {
  it('says what is missing and how to install it, exit 1, nothing on stdout', async () => {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
    };
    const code = await main(['prism', '--port', '0'], io);
    expect({ code, stdout, stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'fc3-testkit: prism: Stoplight Prism is not installed: npm install --save-dev @stoplight/prism-cli@5\n',
    });
  });
});
