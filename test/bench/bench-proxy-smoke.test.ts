/**
 * bench/proxy.ts still runs end to end (one short round). Speed is not asserted here; what is:
 * both paths answered every request without error and the table has its rows and ratios.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('bench/proxy.ts (smoke)', () => {
  it('measures the suite, a steady load and saturation, direct and through the proxy', () => {
    const result = spawnSync(
      process.execPath,
      ['bench/proxy.ts', '--runs', '1', '--duration', '1', '--rate', '50', '--connections', '2'],
      { cwd: new URL('../..', import.meta.url), encoding: 'utf8', timeout: 90_000 },
    );
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    expect(result.stdout).toMatch(
      /\| contract suite wall time \(\d+ pairs\) \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+× \| (OK|OVER) \|/,
    );
    expect(result.stdout).toMatch(/\| steady 50 creates\/s: p50 latency \| [\d.]+ ms \| [\d.]+ ms \|/);
    expect(result.stdout).toMatch(
      /\| saturated, 2 connections: throughput \| [1-9]\d* req\/s \| [1-9]\d* req\/s \|/,
    );
    expect(result.stdout).toMatch(/proxy CPU per proxied create \(forwarding \+ checks\): \d+ µs/);
  }, 120_000);
});
