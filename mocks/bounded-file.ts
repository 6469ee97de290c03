/**
 * Reading a file a user names (a cassette, a credentials file) into memory with a bound. A
 * regular file's size is checked before it is read; a pipe (`/dev/stdin`, `<(…)`) or a device
 * has none, and `readFileSync('/dev/zero')` grew to 11 GB in 9 s, so those are read up to one
 * chunk past the bound. Node only.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

const CHUNK_BYTES = 1024 * 1024;

/** The bound, and how a refusal words it after "more than" (e.g. `a cassette may be (…)`). */
export interface TextBound {
  maxBytes: number;
  limit: string;
}

function readStream(file: string, { maxBytes, limit }: TextBound): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (let read = -1; read !== 0; ) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      read = readSync(fd, chunk, 0, chunk.length, null);
      total += read;
      if (total > maxBytes) throw new Error(`it is no regular file and gave more than ${limit}`);
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The UTF-8 text of `file`; throws a plain `Error` (the caller names the file) when it holds
 * more than `bound.maxBytes`.
 *
 * @example
 * const text = readTextAtMost('creds.json', { maxBytes: 1024 * 1024, limit: 'a credentials file may be (1 MiB)' });
 */
export function readTextAtMost(file: string, bound: TextBound): string {
  const stats = statSync(file);
  if (stats.size > bound.maxBytes) throw new Error(`it is ${stats.size} bytes, more than ${bound.limit}`);
  return stats.isFile() ? readFileSync(file, 'utf8') : readStream(file, bound);
}
