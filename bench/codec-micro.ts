/**
 * Micro-figures of the large-input codecs (ADR 016), ms per MiB of input, median of 3 after a
 * warm-up: the core's browser-safe defaults against the Node adapters' codecs and the raw Node
 * primitives they wrap.
 */
import { createHash } from 'node:crypto';
import { defaultCodecs } from '../mocks/core/codecs.ts';
import { crc64Xz } from '../mocks/core/crc64.ts';
import { nodeCodecs } from '../mocks/node-codecs.ts';

/** One codec's cost. */
export interface CodecFigure {
  name: string;
  msPerMiB: number;
}

const MIB = 1024 * 1024;

function median(fn: () => unknown, mib: number): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    fn();
    runs.push((performance.now() - started) / mib);
  }
  return runs.sort((a, b) => a - b)[1] as number;
}

/**
 * Measures every codec on `mib` MiB of pseudo-random bytes (and their Base64 text).
 *
 * @example
 * for (const { name, msPerMiB } of codecFigures(64)) console.log(name, msPerMiB);
 */
export function codecFigures(mib: number): CodecFigure[] {
  const bytes = new Uint8Array(mib * MIB);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (Math.imul(i, 2654435761) >>> 24) & 0xff;
  const text = Buffer.from(bytes).toString('base64');
  const textMib = text.length / MIB;
  const check = (decoded: Uint8Array | undefined): void => {
    if (decoded?.length !== bytes.length) throw new Error('decoder lost bytes');
  };
  return [
    {
      name: 'SHA-256, core default (mocks/core/sha-digest.ts)',
      msPerMiB: median(() => defaultCodecs.sha256(bytes), mib),
    },
    { name: 'SHA-256, nodeCodecs (node:crypto)', msPerMiB: median(() => nodeCodecs.sha256(bytes), mib) },
    {
      name: 'SHA-256, raw createHash',
      msPerMiB: median(() => createHash('sha256').update(bytes).digest(), mib),
    },
    // The package checksum (codeChecksum, CF D.2) runs over every decoded package.
    { name: 'CRC-64/XZ, core (mocks/core/crc64.ts)', msPerMiB: median(() => crc64Xz(bytes), mib) },
    {
      name: 'Base64 strict decode, core default (per MiB of text)',
      msPerMiB: median(() => check(defaultCodecs.decodeBase64(text)), textMib),
    },
    {
      name: 'Base64 strict decode, nodeCodecs (per MiB of text)',
      msPerMiB: median(() => check(nodeCodecs.decodeBase64(text)), textMib),
    },
    {
      name: 'Base64 lenient, raw Buffer.from (per MiB of text)',
      msPerMiB: median(() => Buffer.from(text, 'base64'), textMib),
    },
  ];
}
