/**
 * The CLI's `main` run in this process with string collectors for its streams, for tests of
 * what a command prints before it starts anything (usage errors).
 */
import type { CliIo } from '../../cli/command.ts';
import { main } from '../../cli/run.ts';

/**
 * Runs `fc3-testkit ARGV…` in process and resolves to its exit code and what it wrote.
 *
 * @example
 * const { code, stderr } = await runMain(['serve', '--prot', '0']); // 2, "…did you mean --port?…"
 */
export async function runMain(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
  };
  return { code: await main(argv, io), ...out };
}
