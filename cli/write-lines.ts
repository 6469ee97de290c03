/**
 * Writing many lines to stdout one after the other (ADR 049): `fixtures` built all its records
 * before any write failed, so `fixtures | head -c 100` went on building 10000 of them.
 */
import type { CliIo } from './command.ts';

interface NodeOut {
  write(chunk: string, done?: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

function isNodeStream(out: CliIo['stdout']): out is NodeOut {
  return typeof (out as { on?: unknown }).on === 'function';
}

/**
 * Writes `lines` to `out`, each once the previous one was handed on, and resolves to `'done'`; at
 * the first write error nothing more is built or written, and it resolves to `'closed'` (EPIPE: a
 * reader gone, `| head`) or `'failed'` (ENOSPC from a full disk, …), which the bin's stdout watch
 * (`stdout-errors.ts`) also reports on stderr. A plain `{ write }` (an
 * in-process caller's) is written to in one go.
 *
 * @example
 * const end = await writeLines(process.stdout, ['{"a":1}\n', '{"a":2}\n']); // 'done'
 */
export async function writeLines(
  out: CliIo['stdout'],
  lines: Iterable<string>,
): Promise<'done' | 'closed' | 'failed'> {
  if (!isNodeStream(out)) {
    for (const line of lines) out.write(line);
    return 'done';
  }
  let failure: NodeJS.ErrnoException | undefined;
  // Kept for the life of the process: a late error event would otherwise crash it.
  out.on('error', (error) => {
    failure ??= error;
  });
  for (const line of lines) {
    await new Promise<void>((resolve) => {
      out.write(line, (error) => {
        if (error) failure ??= error;
        resolve();
      });
    });
    if (failure !== undefined) break;
  }
  if (failure === undefined) return 'done';
  return failure.code === 'EPIPE' ? 'closed' : 'failed';
}
