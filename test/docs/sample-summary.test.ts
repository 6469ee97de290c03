/**
 * The sample summary in docs/guides/check-your-emulator.md is what `fc3-testkit verify` prints
 * against `serve` with the default options (only the duration may differ), so the figures cannot
 * go stale when cases are added.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../cli/run.ts';
import { type RunningServer, startServer } from '../../mocks/server.ts';

const guide = readFileSync(new URL('../../docs/guides/check-your-emulator.md', import.meta.url), 'utf8');
const withoutDuration = (text: string) => text.replace(/ in \d+ ms$/m, '');

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

it('shows the summary verify prints against the emulator with default options', async () => {
  const sample = /\n(documented: .*\n\d+ passed, .*)\n```/.exec(guide)?.[1];
  expect(sample, 'the guide has a sample summary').toBeDefined();
  let stdout = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } };
  expect(await main(['verify', '--base-url', server.url], io)).toBe(0);
  const printed = /(documented: .*\n\d+ passed, .*)\n*$/.exec(stdout)?.[1];
  expect(withoutDuration(printed ?? '')).toBe(withoutDuration(sample ?? ''));
});
