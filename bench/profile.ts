/**
 * Where serve's time goes: runs `fc3-testkit serve` under `node --cpu-prof` with the benchmark's
 * load (10 connections, unique names) and prints CPU µs per request and the functions with the
 * most self time. The profiler costs some throughput; compare shares, not absolute numbers.
 *
 * Usage: node bench/profile.ts [--duration S] [--top N]   (run `npm run build` first)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { processStats, runLoad, SERVE, spawnTarget } from './targets.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function selfTimeShares(profile: CpuProfile): [string, number][] {
  const selfById = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byName = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const time = selfById.get(node.id) ?? 0;
    total += time;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? ` ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'}${where}`;
    byName.set(name, (byName.get(name) ?? 0) + time);
  }
  return [...byName]
    .map(([name, time]): [string, number] => [name, time / total])
    .sort((a, b) => b[1] - a[1]);
}

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '8' }, top: { type: 'string', default: '25' } },
});
const dir = mkdtempSync(join(tmpdir(), 'fc3-profile-'));
try {
  const target = await spawnTarget({
    ...SERVE,
    args: ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...SERVE.args],
  });
  await runLoad({ url: target.url, prefix: 'warm-', duration: 2 });
  const before = processStats(target.pid);
  const load = await runLoad({ url: target.url, prefix: 'profile-', duration: Number(values.duration) });
  const after = processStats(target.pid);
  await target.stop();
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('serve wrote no profile');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const cpu = (after.cpuMicros - before.cpuMicros) / load.requests;
  process.stdout.write(
    `serve under the profiler: ${load.requestsPerSecond.toFixed(0)} req/s, ${cpu.toFixed(1)} CPU µs/req\n\n`,
  );
  for (const [name, share] of selfTimeShares(profile).slice(0, Number(values.top))) {
    process.stdout.write(`${(share * 100).toFixed(1).padStart(5)}%  ${name}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
