/**
 * The benchmark scripts still run end to end (tiny settings). Speed is not asserted here; that is
 * what the benchmarks are for. What is asserted: every target answered every request, and the
 * report has its rows and checks.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: new URL('../..', import.meta.url),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 110_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('benchmarks (smoke)', () => {
  it('bench/server.ts measures serve, bare node:http, Prism, gets, lists and a preloaded serve', () => {
    const { code, stdout, stderr } = run([
      'bench/server.ts',
      ...['--rounds', '1', '--duration', '1', '--warmup', '0', '--preload', '2000', '--small', '1000'],
      ...['--idle', '0', '--startup-runs', '1'],
    ]);
    expect(code, stderr).toBe(0);
    const targets = [
      'bare node:http',
      'serve',
      'prism (static)',
      'bare node:http GET',
      'serve GetFunction',
      'serve ListFunctions, 1000 stored',
      'serve ListFunctions, 2000 stored',
      'serve, 2000 stored',
    ];
    for (const target of targets) {
      const row = stdout.split('\n').find((line) => line.startsWith(`| ${target} |`));
      expect(row, `row for ${target}`).toBeDefined();
      const cells = (row as string).split('|').map((cell) => cell.trim());
      expect(Number(cells[2]), `${target} req/s`).toBeGreaterThan(0);
      expect(cells[9], `${target} non2xx/errors`).toBe('0/0');
    }
    expect(stdout.match(/\| (pass|MISS) \|$/gm)).toHaveLength(8);
  }, 120_000);

  it('bench/large-body.ts answers a signed create with a package on serve and bare node:http', () => {
    const { code, stdout, stderr } = run([
      'bench/large-body.ts',
      '--runs',
      '1',
      '--size-mib',
      '1',
      '--micro-mib',
      '1',
    ]);
    expect(code, stderr).toBe(0);
    for (const target of ['bare node:http', 'serve']) {
      const row = stdout.split('\n').find((line) => line.startsWith(`| 1 | ${target} |`));
      expect(row, `row for ${target}`).toBeDefined();
      const cells = (row as string).split('|').map((cell) => cell.trim());
      expect(cells[3], `${target} status`).toBe('200');
      expect(Number(cells[4]), `${target} answer ms`).toBeGreaterThan(0);
      expect(cells[9], `${target} small non-200`).toBe('0');
    }
    expect(stdout.match(/\| (pass|MISS) \|$/gm)).toHaveLength(3);
    expect(stdout.match(/^\| (SHA-256|Base64|CRC-64)\b.* \| [\d.]+ \|$/gm)).toHaveLength(7);
  }, 90_000);

  it('bench/core.ts runs its rows and ratios', () => {
    const { code, stdout, stderr } = run(['bench/core.ts'], { BENCH_N: '300' });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/valid creates: [\d,]+\/s/);
    expect(stdout).toMatch(/ratio baseline\/valid create: [\d.]+×/);
    expect(stdout).toMatch(/ratio baseline\/GetFunction: [\d.]+×/);
  });
});
