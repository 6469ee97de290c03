/**
 * One definition of "no body" (body.ts `isNoBody`) for the operations that take none (a body is
 * refused, rule `request-body-not-allowed`, lifecycle A.2) and for those whose body is optional
 * (no body reads as `{}`): given the same bytes through the dispatcher, want GetFunction and
 * PublishFunctionVersion to agree on whether there was a body, a lone BOM and a BOM before white
 * space included.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

let emulator: Emulator;
const BASE = 'http://127.0.0.1:9000/2023-03-30/functions/f';
const send = (method: string, url: string, bytes: Uint8Array) =>
  emulator.dispatch({ method, url, headers: { 'content-type': 'application/json' }, body: bytes });
const BOM = [0xef, 0xbb, 0xbf];
const bytesOf = (prefix: number[], text: string) =>
  new Uint8Array([...prefix, ...new TextEncoder().encode(text)]);

beforeEach(async () => {
  emulator = createEmulator({ seed: 9 });
  expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(200);
});

describe('no body, the same for an operation that takes none and one whose body is optional', () => {
  it.each([
    { given: 'nothing', bytes: new Uint8Array(), noBody: true },
    { given: 'a BOM alone', bytes: new Uint8Array(BOM), noBody: true },
    { given: 'a BOM and JSON white space', bytes: bytesOf(BOM, ' \r\n\t'), noBody: true },
    { given: 'JSON white space', bytes: bytesOf([], '  '), noBody: true },
    { given: 'a BOM and {}', bytes: bytesOf(BOM, '{ }'), noBody: true },
    { given: 'two BOMs', bytes: new Uint8Array([...BOM, ...BOM]), noBody: false },
    { given: 'a BOM and U+00A0', bytes: bytesOf(BOM, '\u00a0'), noBody: false },
    { given: 'a broken UTF-8 byte', bytes: new Uint8Array([0xff]), noBody: false },
    { given: 'half a BOM', bytes: new Uint8Array([0xef, 0xbb]), noBody: false },
  ])('$given: no body is $noBody', async ({ bytes, noBody }) => {
    const get = await send('GET', BASE, bytes);
    expect(get.status).toBe(noBody ? 200 : 400);
    if (!noBody) expect(JSON.parse(get.body).Message).toMatch(/^GetFunction takes no request body/);
    const publish = await send('POST', `${BASE}/versions`, bytes);
    expect(publish.status).toBe(noBody ? 200 : 400);
    if (noBody) expect(JSON.parse(publish.body).description).toBe('');
  });
});
