/**
 * bench/proxy.ts still runs end to end (one short round with one pair of suite runs: a suite run
 * takes seconds). Speed is not asserted here; what is: both paths answered every request without
 * error and the table has its rows and ratios.
 */
import { describe, expect, it } from 'vitest';
import { runBench } from './run-bench.ts';

const PROXY_MS = 90_000;

describe('bench/proxy.ts (smoke)', () => {
  it(
    'measures the suite, a steady load and saturation, direct and through the proxy',
    () => {
      const result = runBench(
        [
          'bench/proxy.ts',
          ...['--runs', '1', '--pairs', '1', '--duration', '1', '--rate', '50', '--connections', '2'],
        ],
        { timeoutMs: PROXY_MS },
      );
      expect(result.code, result.outcome).toBe(0);
      expect(result.stdout, result.outcome).toMatch(
        /\| contract suite wall time \(\d+ pairs\) \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+× \| (OK|OVER) \|/,
      );
      expect(result.stdout, result.outcome).toMatch(
        /\| steady 50 creates\/s: p50 latency \| [\d.]+ ms \| [\d.]+ ms \|/,
      );
      expect(result.stdout, result.outcome).toMatch(
        /\| saturated, 2 connections: throughput \| [1-9]\d* req\/s \| [1-9]\d* req\/s \|/,
      );
      expect(result.stdout, result.outcome).toMatch(
        /proxy CPU per proxied create \(forwarding \+ checks\): \d+ µs/,
      );
    },
    PROXY_MS + 10_000,
  );
});
