/**
 * Where serve's time goes: runs `fc3-testkit serve` under `node --cpu-prof` with one of the
 * benchmark's loads (10 connections): creates with unique names, or GetFunction of 1,000 created
 * names; prints CPU µs per request and the functions with the most self time. The profiler costs
 * some throughput; compare shares, not absolute numbers.
 *
 * Usage: node bench/profile.ts [--load create|get] [--duration S] [--top N]   (run `npm run build` first)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CREATE_PATH, type LoadRequest, processStats, runLoad, SERVE, spawnTarget } from './targets.ts';

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
  options: {
    load: { type: 'string', default: 'create' },
    duration: { type: 'string', default: '8' },
    top: { type: 'string', default: '25' },
  },
});
if (values.load !== 'create' && values.load !== 'get') throw new Error('--load is create or get');
const GET_NAMES = 1000;
const gets = (n: number): LoadRequest => ({ method: 'GET', path: `${CREATE_PATH}/warm-${n % GET_NAMES}` });
const next = values.load === 'get' ? gets : undefined;
const dir = mkdtempSync(join(tmpdir(), 'fc3-profile-'));
try {
  const target = await spawnTarget({
    ...SERVE,
    args: ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...SERVE.args],
  });
  // Creates warm-0, warm-1, …: the names the GetFunction load reads.
  await runLoad({ url: target.url, prefix: 'warm-', duration: 2 });
  if (next) await runLoad({ url: target.url, prefix: 'warm-', duration: 2, next });
  const before = processStats(target.pid);
  const duration = Number(values.duration);
  const load = await runLoad({ url: target.url, prefix: 'profile-', duration, next });
  const after = processStats(target.pid);
  await target.stop();
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error('serve wrote no profile');
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const cpu = (after.cpuMicros - before.cpuMicros) / load.requests;
  process.stdout.write(
    `serve under the profiler (${values.load}): ${load.requestsPerSecond.toFixed(0)} req/s, ${cpu.toFixed(1)} CPU µs/req\n\n`,
  );
  for (const [name, share] of selfTimeShares(profile).slice(0, Number(values.top))) {
    process.stdout.write(`${(share * 100).toFixed(1).padStart(5)}%  ${name}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
