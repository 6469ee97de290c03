/**
 * Folders under the OS temp dir that tests remove after themselves, so that a run leaves none
 * behind (`ls /tmp | grep fc3-` before and after).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const remove = (folder: string) => () => rmSync(folder, { recursive: true, force: true });

/**
 * A new folder `PREFIX…` in the temp dir, removed when the test that asked for it ends (call it
 * inside a test).
 *
 * @example
 * const file = join(testFolder('fc3-rec-'), 'run.ndjson');
 */
export function testFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(remove(folder));
  return folder;
}

/**
 * A new folder `PREFIX…` in the temp dir, removed after the file's tests (call it at the top of
 * a test file).
 *
 * @example
 * const dir = fileFolder('fc3-proxy-');
 */
export function fileFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  afterAll(remove(folder));
  return folder;
}
