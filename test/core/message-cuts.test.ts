/**
 * Messages that quote a long value someone sent cut it visibly: at most the site's length and then
 * `…`, so a reader can tell the value was longer than what the message shows (errors.ts `clip`).
 * Given a path, query or body value of 300 characters, want the message to hold its first N and `…`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const LONG = 300;
const letters = 'a'.repeat(LONG);
const digits = '9'.repeat(LONG);
let emulator: Emulator;

beforeAll(async () => {
  emulator = createEmulator({ seed: 3, rules: { 'aliasName-format': false, 'versionId-format': false } });
  expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(200);
  expect((await call(emulator, 'POST', '/functions/f/versions', {})).status).toBe(200);
});

describe('a long value in a message is cut with an ellipsis', () => {
  it.each([
    [
      'GetFunction, alias qualifier',
      'GET',
      `/functions/f?qualifier=${letters}`,
      undefined,
      'AliasNotFound',
      128,
    ],
    [
      'GetFunction, version qualifier',
      'GET',
      `/functions/f?qualifier=${digits}`,
      undefined,
      'VersionNotFound',
      128,
    ],
    ['GetAlias, name', 'GET', `/functions/f/aliases/${letters}`, undefined, 'AliasNotFound', 128],
    [
      'DeleteFunctionVersion, id',
      'DELETE',
      `/functions/f/versions/${digits}`,
      undefined,
      'VersionNotFound',
      128,
    ],
    [
      'CreateAlias, weight key',
      'POST',
      '/functions/f/aliases',
      { aliasName: 'a', versionId: '1', additionalVersionWeight: { [digits]: 'x' } },
      'InvalidArgument',
      128,
    ],
    [
      'UpdateFunction, name in the body',
      'PUT',
      '/functions/f',
      { functionName: letters },
      'InvalidArgument',
      100,
    ],
    // The path is quoted whole up to 200 characters, `/2023-03-30/` (12) included.
    ['no such path', 'GET', `/${letters}`, undefined, 'PathNotSupported', 188],
  ])('%s', async (_, method, path, body, code, kept) => {
    const answer = await call(emulator, method, path, body);
    expect(answer.json?.Code).toBe(code);
    const message = String(answer.json?.Message);
    const sent = path.includes(letters) || JSON.stringify(body ?? '').includes(letters) ? letters : digits;
    expect(message).toContain(`${sent.slice(0, kept)}…`);
    expect(message).not.toContain(sent.slice(0, kept + 1));
  });

  it('leaves a value that fits whole, without an ellipsis', async () => {
    const answer = await call(emulator, 'GET', `/functions/f?qualifier=${'b'.repeat(128)}`);
    expect(String(answer.json?.Message)).toContain(`'${'b'.repeat(128)}'`);
    expect(String(answer.json?.Message)).not.toContain('…');
  });
});
