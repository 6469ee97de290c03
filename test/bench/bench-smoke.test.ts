/**
 * The benchmark scripts still run end to end (tiny settings). Speed is not asserted here; that is
 * what the benchmarks are for. What is asserted: every target answered every request, and the
 * report has its rows and checks.
 */
import { describe, expect, it } from 'vitest';
import { runBench as run } from './run-bench.ts';

// Each test's timeout is its benchmark's kill time + 10 s (see RunBenchOptions.timeoutMs).
const SERVER_MS = 110_000;
const LARGE_BODY_MS = 80_000;
const CORE_MS = 50_000;

describe('benchmarks (smoke)', () => {
  it(
    'bench/server.ts measures serve, bare node:http, Prism, gets, lists and a preloaded serve',
    () => {
      const { code, stdout, outcome } = run(
        [
          'bench/server.ts',
          ...['--rounds', '1', '--duration', '1', '--warmup', '0', '--preload', '2000', '--small', '1000'],
          ...['--idle', '0', '--startup-runs', '1'],
        ],
        { timeoutMs: SERVER_MS },
      );
      expect(code, outcome).toBe(0);
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
        expect(row, `row for ${target}\n${outcome}`).toBeDefined();
        const cells = (row as string).split('|').map((cell) => cell.trim());
        expect(Number(cells[2]), `${target} req/s\n${outcome}`).toBeGreaterThan(0);
        expect(cells[9], `${target} non2xx/errors\n${outcome}`).toBe('0/0');
      }
      expect(stdout.match(/\| (pass|MISS) \|$/gm), outcome).toHaveLength(8);
    },
    SERVER_MS + 10_000,
  );

  it(
    'bench/large-body.ts answers a signed create with a package on serve and bare node:http',
    () => {
      const { code, stdout, outcome } = run(
        ['bench/large-body.ts', '--runs', '1', '--size-mib', '1', '--micro-mib', '1'],
        { timeoutMs: LARGE_BODY_MS },
      );
      expect(code, outcome).toBe(0);
      for (const target of ['bare node:http', 'serve']) {
        const row = stdout.split('\n').find((line) => line.startsWith(`| 1 | ${target} |`));
        expect(row, `row for ${target}\n${outcome}`).toBeDefined();
        const cells = (row as string).split('|').map((cell) => cell.trim());
        expect(cells[3], `${target} status\n${outcome}`).toBe('200');
        expect(Number(cells[4]), `${target} answer ms\n${outcome}`).toBeGreaterThan(0);
        expect(cells[9], `${target} small non-200\n${outcome}`).toBe('0');
      }
      expect(stdout.match(/\| (pass|MISS) \|$/gm), outcome).toHaveLength(3);
      expect(stdout.match(/^\| (SHA-256|Base64|CRC-64)\b.* \| [\d.]+ \|$/gm), outcome).toHaveLength(7);
    },
    LARGE_BODY_MS + 10_000,
  );

  it(
    'bench/core.ts runs its rows and ratios',
    () => {
      const { code, stdout, outcome } = run(['bench/core.ts'], {
        timeoutMs: CORE_MS,
        env: { BENCH_N: '300' },
      });
      expect(code, outcome).toBe(0);
      expect(stdout, outcome).toMatch(/valid creates: [\d,]+\/s/);
      expect(stdout, outcome).toMatch(/ratio baseline\/valid create: [\d.]+×/);
      expect(stdout, outcome).toMatch(/ratio baseline\/GetFunction: [\d.]+×/);
    },
    CORE_MS + 10_000,
  );
});
