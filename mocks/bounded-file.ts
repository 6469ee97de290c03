/**
 * Reading a file a user names (a cassette, a credentials file) into memory with a bound. The file
 * is opened once and read in chunks up to one byte past the bound, whatever it is: a regular
 * file's size is checked first (a quick refusal), but a file that grows after that check, a pipe
 * (`/dev/stdin`, `<(…)`) or a device has no size to trust, and `readFileSync('/dev/zero')` grew to
 * 11 GB in 9 s. Each read goes into one reused buffer and only the bytes read are kept: a pipe
 * gives 64 KiB or less per read, and a fresh 1 MiB buffer per read held 3× the input. Node only.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 1024 * 1024;

/** The bound, and how a refusal words it after "more than" (e.g. `a cassette may be (…)`). */
export interface TextBound {
  maxBytes: number;
  limit: string;
}

/**
 * The UTF-8 text of `file`; throws a plain `Error` (the caller names the file) when it holds
 * more than `bound.maxBytes`.
 *
 * @example
 * const text = readTextAtMost('creds.json', { maxBytes: 1024 * 1024, limit: 'a credentials file may be (1 MiB)' });
 */
export function readTextAtMost(file: string, { maxBytes, limit }: TextBound): string {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw new Error(`it is ${size} bytes, more than ${limit}`);
    const scratch = Buffer.allocUnsafe(CHUNK_BYTES);
    const chunks: Buffer[] = [];
    let total = 0;
    for (let read = readSync(fd, scratch, 0, CHUNK_BYTES, null); read > 0; ) {
      total += read;
      if (total > maxBytes) throw new Error(`it gave more than ${limit}`);
      chunks.push(Buffer.from(scratch.subarray(0, read)));
      read = readSync(fd, scratch, 0, CHUNK_BYTES, null);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
