/**
 * Shared helpers of the hostile suite: real server processes on loopback, their memory, and the
 * check that they are still up after an attack.
 */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { minimalInput } from '../helpers/requests.ts';
import { type CliProcess, send, spawnCli, spawnListening, validInput } from '../server/cli-process.ts';

export { type CliProcess, send } from '../server/cli-process.ts';

const START_SERVER = fileURLToPath(new URL('./start-server.ts', import.meta.url));

/** `fc3-testkit serve` on a free port, silent unless `args` say otherwise. */
export function serve(args: string[] = []): Promise<CliProcess> {
  return spawnCli(['serve', '--port', '0', '--log-level', 'silent', ...args]);
}

/** `startServer(options)` in its own process (options the CLI has no flag for, or `throwing`). */
export function serverProcess(
  options: Record<string, unknown>,
  mode?: 'throwing' | 'throwing-limit',
): Promise<CliProcess> {
  return spawnListening([START_SERVER, JSON.stringify(options), ...(mode ? [mode] : [])]);
}

/** The server's resident memory as its health endpoint reports it. */
export async function rssBytes(server: CliProcess): Promise<number> {
  const answer = await send(server.url, { method: 'GET', path: '/__fc3/health' });
  return (answer.json.process as { rssBytes: number }).rssBytes;
}

/** Asserts that the process is running and still answers. */
export async function expectAlive(server: CliProcess): Promise<void> {
  expect(server.child.exitCode).toBeNull();
  expect(server.child.signalCode).toBeNull();
  const health = await send(server.url, { method: 'GET', path: '/__fc3/health' });
  expect(health.status).toBe(200);
}

/** Creates a minimal function named `functionName` on the server and checks that it was created. */
export async function createFunctionOn(server: CliProcess, functionName: string): Promise<void> {
  const created = await send(server.url, {
    method: 'POST',
    path: '/2023-03-30/functions',
    body: JSON.stringify(minimalInput({ functionName })),
  });
  expect(created.status).toBe(200);
}

/** The JSON body (FC's envelope) of one raw HTTP answer read off a socket. */
export const envelopeOf = (answer: string) =>
  JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as Record<string, string>;

/** A full page of the journal: the largest `GET /__fc3/calls` answer. */
export const FULL_PAGE = '/__fc3/calls?limit=1000';

/**
 * Fills the journal to its 16 MiB (100 functions of ~5 KB, then ListFunctions pages of all 100)
 * and gives the length of a {@link FULL_PAGE} answer (ASCII: its bytes).
 */
export async function fillJournal(server: CliProcess): Promise<number> {
  const headers = { 'content-type': 'application/json' };
  const environmentVariables = Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [`K${i}`, 'v'.repeat(90)]),
  );
  for (let i = 0; i < 100; i++) {
    const body = JSON.stringify(validInput(`f${i}`, { environmentVariables, description: 'd'.repeat(256) }));
    expect((await send(server.url, { headers, body })).status).toBe(200);
  }
  for (let i = 0; i < 40; i++)
    await send(server.url, { method: 'GET', path: '/2023-03-30/functions?limit=100' });
  const page = await send(server.url, { method: 'GET', path: FULL_PAGE });
  expect(page.status).toBe(200);
  return page.text.length;
}
