/**
 * A failure's reproducer sends the same bytes again: run through a real shell, with `curl`
 * replaced by a script that keeps the body it was given, every kind of body comes back byte for
 * byte, including those the reports print escaped (CR, DEL, C1, U+2028, bidi overrides), which
 * go as Base64 rather than inline.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { curlCommand } from '../../contracts/run/reproducer.ts';
import { escapeUnsafe } from '../../mocks/core/unsafe-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'fc3-reproducer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const kept = join(dir, 'body.bin');
// A stand-in for curl: writes the value of --data-binary (or stdin for @-) to `kept`.
writeFileSync(
  join(dir, 'curl'),
  `#!/bin/bash\n: > '${kept}'\nwhile [ $# -gt 0 ]; do\n  if [ "$1" = --data-binary ]; then\n    if [ "$2" = @- ]; then cat > '${kept}'; else printf %s "$2" > '${kept}'; fi\n  fi\n  shift\ndone\n`,
);
chmodSync(join(dir, 'curl'), 0o755);

function replayed(body: Uint8Array): { command: string; bytes: Buffer } {
  const command = curlCommand({
    method: 'POST',
    url: 'http://127.0.0.1:9000/2023-03-30/functions',
    headers: {},
    body,
  });
  execFileSync('bash', ['-c', command], { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
  return { command, bytes: readFileSync(kept) };
}

const text = (value: string) => new TextEncoder().encode(value);

describe('curlCommand', () => {
  it.each([
    ['plain JSON', '{"functionName":"f","description":"it\'s"}'],
    ['a tab and a newline', '{"a":"x\ty"}\n'],
    ['a carriage return', '{"a":"line1\r\nline2"}'],
    ['DEL and C1', '{"a":"\u007f\u009b"}'],
    ['an ESC sequence', '{"a":"\u001b[2J"}'],
    ['a line separator and a bidi override', '{"a":"\u2028\u202e"}'],
  ])('sends %s back byte for byte, and a report prints it unchanged', (_, body) => {
    const { command, bytes } = replayed(text(body));
    expect(bytes.equals(Buffer.from(text(body)))).toBe(true);
    // What failureDetails does to every line it prints.
    expect(escapeUnsafe(command, { keepLines: true })).toBe(command);
  });

  it('sends bytes that are not UTF-8 back byte for byte', () => {
    const body = new Uint8Array([0x7b, 0xff, 0xfe, 0x00, 0x7d]);
    expect(replayed(body).bytes.equals(Buffer.from(body))).toBe(true);
  });
});
