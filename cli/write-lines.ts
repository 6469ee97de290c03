/**
 * Writing a command's output to stdout whatever stdout is (ADR 049). A write error used to be an
 * unhandled 'error' event: `fixtures > /dev/full` and `fixtures | head -c 100` printed Node's stack
 * trace and exited 1 after building every record.
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
 * Writes `lines` to `out`, each once the previous one was handed on, and resolves to `'done'`, or
 * to `'closed'` when the reader went away (EPIPE: `| head`), after which nothing more is built or
 * written. Any other write error (ENOSPC from a full disk) rejects with an Error naming stdout. A
 * plain `{ write }` (an in-process caller's) is written to in one go.
 *
 * @example
 * const end = await writeLines(process.stdout, ['{"a":1}\n', '{"a":2}\n']); // 'done'
 */
export async function writeLines(out: CliIo['stdout'], lines: Iterable<string>): Promise<'done' | 'closed'> {
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
  if (failure.code === 'EPIPE') return 'closed';
  throw new Error(`cannot write to stdout: ${failure.message}`);
}
