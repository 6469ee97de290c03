/**
 * What the bin does when its stdout fails (ADR 049): a write error used to be an unhandled
 * 'error' event, so `verify > /dev/full` printed Node's stack trace. Every command's output goes
 * through here: a reader that went away (EPIPE: `| head`) is not an error, anything else (a full
 * disk) is one line on stderr and exit 1.
 */

/** The parts of process.stdout and process.stderr this needs. */
interface Streams {
  stdout: { on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Listens for stdout's errors for the life of the process; `failed()` tells whether one that is
 * not EPIPE came, and sets `process.exitCode` to 1 when it comes after the command has ended.
 *
 * @example
 * const stdout = watchStdout({ stdout: process.stdout, stderr: process.stderr });
 * process.exitCode = stdout.failed() ? 1 : await main(argv, io);
 */
export function watchStdout({ stdout, stderr }: Streams): { failed(): boolean } {
  let failed = false;
  let seen = false;
  stdout.on('error', (error) => {
    if (seen) return;
    seen = true;
    if (error.code === 'EPIPE') return;
    failed = true;
    stderr.write(`fc3-testkit: cannot write to stdout: ${error.message}\n`);
    process.exitCode = 1;
  });
  return { failed: () => failed };
}
