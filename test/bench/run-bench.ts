/**
 * Runs a benchmark script to completion for the smoke tests, with an `outcome` that tells why a
 * run failed: how it ended (exit code, signal, the spawnSync timeout), after how long, and its
 * whole stderr (progress lines) and stdout (the report so far).
 */
import { spawnSync } from 'node:child_process';

/** What a benchmark run did; `outcome` is that in words, for failure messages. */
export interface BenchRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outcome: string;
}

/** Options of {@link runBench}. */
export interface RunBenchOptions {
  /**
   * Kill after this long. Keep the test's own timeout longer: vitest cannot interrupt the blocking
   * spawnSync, so a run past the test's timeout fails as a bare "Test timed out", saying nothing
   * of the benchmark; killed here first, `outcome` says so, with its output.
   */
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `node <args>` in the repository root.
 *
 * @example
 * const { code, outcome } = runBench(['bench/core.ts'], { timeoutMs: 50_000 });
 * expect(code, outcome).toBe(0);
 */
export function runBench(args: string[], options: RunBenchOptions): BenchRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: new URL('../..', import.meta.url),
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeoutMs,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ended = result.status === null ? `killed by ${result.signal}` : `exit code ${result.status}`;
  // ETIMEDOUT when spawnSync's timeout killed it (the benchmark then exits 143 from its handler).
  const error = result.error ? `; ${result.error.message} (timeout ${options.timeoutMs} ms)` : '';
  const outcome = `node ${args.join(' ')}: ${ended} after ${seconds} s${error}\n--- stderr:\n${result.stderr}\n--- stdout:\n${result.stdout}`;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outcome };
}
