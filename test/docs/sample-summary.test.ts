/**
 * The sample summary in docs/guides/check-your-emulator.md is what `fc3-testkit verify` prints
 * against `serve` with the default options (only the duration may differ), and its sample hint is
 * what verify prints without credentials against a `serve` that checks them, so the figures cannot
 * go stale when cases are added.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../mocks/server.ts';
import { runMain } from '../helpers/main-in-process.ts';

const guide = readFileSync(new URL('../../docs/guides/check-your-emulator.md', import.meta.url), 'utf8');
const withoutDuration = (text: string) => text.replace(/ in \d+ ms$/m, '');

let server: RunningServer;
let signed: RunningServer;
beforeAll(async () => {
  server = await startServer();
  signed = await startServer({ credentials: { testAK: 'testSecret' } });
});
afterAll(async () => {
  await server?.close();
  await signed?.close();
});

const verify = (url: string) => runMain(['verify', '--base-url', url]);

it('shows the summary verify prints against the emulator with default options', async () => {
  const sample = /\n(documented: .*\n\d+ passed, .*)\n```/.exec(guide)?.[1];
  expect(sample, 'the guide has a sample summary').toBeDefined();
  const { code, stdout } = await verify(server.url);
  expect(code).toBe(0);
  const printed = /(documented: .*\n\d+ passed, .*)\n*$/.exec(stdout)?.[1];
  expect(withoutDuration(printed ?? '')).toBe(withoutDuration(sample ?? ''));
});

it('shows the hint verify prints without credentials against a serve that checks signatures', async () => {
  const sample = /\n(hint: .*)\n```/.exec(guide)?.[1];
  expect(sample, 'the guide has a sample hint').toBeDefined();
  const { code, stdout } = await verify(signed.url);
  expect(code).toBe(1);
  expect(/^hint: .*$/m.exec(stdout)?.[0]).toBe(sample);
});
