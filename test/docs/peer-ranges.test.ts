/**
 * A major the tests install under an alias (`"msw-v2": "npm:msw@2.15.0"`) is one the docs call
 * tested, so the peer range must admit it: otherwise npm refuses to install fc3-testkit beside it
 * (ERESOLVE) in a project that uses that major.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

const aliased = Object.values(manifest.devDependencies).flatMap((spec) => {
  const match = /^npm:(@?[^@]+)@(\d+)\./.exec(spec);
  return match ? [{ name: match[1] as string, major: match[2] as string }] : [];
});

it('finds the aliased majors', () => {
  expect(aliased.map((a) => a.name)).toEqual(expect.arrayContaining(['@alicloud/fc20230330', 'msw', 'nock']));
});

it.each(aliased)('the peer range of $name admits its tested major $major', ({ name, major }) => {
  const alternatives = (manifest.peerDependencies[name] ?? '').split('||').map((part) => part.trim());
  expect(alternatives.some((part) => new RegExp(`^\\^${major}(\\.|$)`).test(part))).toBe(true);
});
