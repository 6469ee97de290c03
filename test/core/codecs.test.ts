/**
 * The codecs seam (ADR 016): defaults, partial overrides, misuse, and the Node entry points
 * (`withNodeCodecs`, `mocks/node.ts`) that fill in the node:crypto/Buffer implementations.
 */
import { describe, expect, it } from 'vitest';
import { signAcs3 } from '../../mocks/core/auth/index.ts';
import { defaultCodecs, resolveCodecs } from '../../mocks/core/codecs.ts';
import { createEmulator } from '../../mocks/core/emulator.ts';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { toHex, utf8 } from '../../mocks/core/sha256.ts';
import * as index from '../../mocks/index.ts';
import * as nodeEntry from '../../mocks/node.ts';
import { nodeCodecs, sha256Utf8, withNodeCodecs } from '../../mocks/node-codecs.ts';

const URL_CREATE = 'http://127.0.0.1:9000/2023-03-30/functions';
const body = (zipFile: string) =>
  JSON.stringify({ functionName: 'f', runtime: 'python3.10', handler: 'index.handler', code: { zipFile } });

describe('resolveCodecs', () => {
  it('defaults to the browser-safe codecs and keeps what is given', () => {
    expect(resolveCodecs(undefined)).toBe(defaultCodecs);
    const sha256 = (bytes: Uint8Array) => defaultCodecs.sha256(bytes);
    expect(resolveCodecs({ sha256 })).toEqual({ sha256, decodeBase64: defaultCodecs.decodeBase64 });
    expect(resolveCodecs({ sha256: undefined })).toEqual(defaultCodecs);
  });

  it('refuses a codec that is not a function', () => {
    expect(() => createEmulator({ codecs: { sha256: 'fast' as never } })).toThrow(Fc3TestkitError);
    expect(() => createEmulator({ codecs: { decodeBase64: 1 as never } })).toThrow(
      'codecs.decodeBase64 must be a function',
    );
  });
});

describe('the emulator uses its codecs', () => {
  it('hashes the signed body and decodes the package with the given ones', async () => {
    const used: string[] = [];
    const emulator = createEmulator({
      credentials: { testAK: 'testSecret' },
      codecs: {
        sha256: (bytes) => {
          used.push('sha256');
          return nodeCodecs.sha256(bytes);
        },
        decodeBase64: (text) => {
          used.push('decodeBase64');
          return nodeCodecs.decodeBase64(text);
        },
      },
    });
    const wire = signAcs3({
      url: URL_CREATE,
      body: body('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=='),
      accessKeyId: 'testAK',
      accessKeySecret: 'testSecret',
    });
    expect((await emulator.dispatch(wire)).status).toBe(200);
    expect(used).toEqual(['sha256', 'decodeBase64']);
  });

  it('answers the same with either implementation, strictness included', async () => {
    // One fixed clock: two emulators' creates on either side of a second differed in their
    // times (seen once under load).
    const clock = () => new Date('2026-12-04T00:00:00Z');
    for (const zip of ['UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'UEsF BgAA', 'UEsD\u0141UEs', '-_-_']) {
      const answers = await Promise.all(
        [defaultCodecs, nodeCodecs].map(async (codecs) => {
          const response = await createEmulator({ codecs, clock }).dispatch({
            method: 'POST',
            url: URL_CREATE,
            headers: { 'content-type': 'application/json' },
            body: new TextEncoder().encode(body(zip)),
          });
          return { status: response.status, body: response.body.replace(/"RequestId":"[^"]+"/, '') };
        }),
      );
      expect(answers[1], zip).toEqual(answers[0]);
    }
  });
});

describe('Node entry points', () => {
  it('withNodeCodecs fills in node:crypto and Buffer, keeping given codecs', () => {
    expect(withNodeCodecs({ seed: 3 })).toEqual({ seed: 3, codecs: nodeCodecs });
    const sha256 = (bytes: Uint8Array) => bytes;
    expect(withNodeCodecs({ codecs: { sha256 } }).codecs).toEqual({
      sha256,
      decodeBase64: nodeCodecs.decodeBase64,
    });
  });

  it('mocks/node.ts exports everything mocks/index.ts does, with its own createEmulator', () => {
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(index).sort());
    expect(nodeEntry.createEmulator).not.toBe(index.createEmulator);
    expect(nodeEntry.createEmulator({ seed: 5 }).seed).toBe(5);
  });
});

describe('sha256Utf8 (the digest worker hashes long texts with it)', () => {
  const expected = (text: string): string => toHex(defaultCodecs.sha256(utf8(text)));
  const MIB = 1024 * 1024;

  it('equals sha256(utf8(text)), also where a piece ends in a surrogate pair or a lone surrogate', () => {
    const texts = [
      '',
      'é',
      'A'.repeat(3 * MIB + 5),
      // A pair straddling the 1 Mi-character piece boundary, then lone halves at the boundary.
      `${'A'.repeat(MIB - 1)}😀${'B'.repeat(10)}`,
      `${'A'.repeat(MIB - 1)}\ud800${'B'.repeat(10)}`,
      `${'A'.repeat(MIB)}\udc00\ud800`,
      `${'é'.repeat(MIB + 3)}\ud83d`,
    ];
    for (const text of texts)
      expect(toHex(sha256Utf8(text)), `${text.length} characters`).toBe(expected(text));
  });
});
