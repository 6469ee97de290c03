/**
 * Where serve's time goes, under one of the benchmark's loads (10 connections): creates with
 * unique names, or GetFunction of 1,000 created names. `--sampler v8` (default) runs serve under
 * `node --cpu-prof` and prints the functions with the most self time (wall-clock samples: they
 * also land while the main thread waits for a CPU). `--sampler perf` samples what runs on the CPU
 * with Linux `perf` (every thread, kernel included) in serve and then in the bare node:http
 * server under the same load, and prints CPU µs per request of each split into kernel, JIT code,
 * GC, V8/Node C++ and helper threads, then serve's busiest symbols. A profiler costs some
 * throughput; compare shares and the two targets, not absolute numbers.
 *
 * Usage: node bench/profile.ts [--load create|get] [--sampler v8|perf] [--duration S] [--top N]
 *        (run `npm run build` first; perf must be on PATH and allowed to attach: root, or
 *        kernel.perf_event_paranoid ≤ 1)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hasPerf, PARTS, type PerfSample, partOf, recordPerf } from './perf-sampler.ts';
import {
  BARE,
  CREATE_PATH,
  type LoadRequest,
  processStats,
  runLoad,
  SERVE,
  spawnTarget,
  type Target,
  type TargetSpec,
} from './targets.ts';

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
    sampler: { type: 'string', default: 'v8' },
  },
});
if (values.load !== 'create' && values.load !== 'get') throw new Error('--load is create or get');
if (values.sampler !== 'v8' && values.sampler !== 'perf') throw new Error('--sampler is v8 or perf');
if (values.sampler === 'perf' && !hasPerf()) throw new Error('--sampler perf needs Linux perf on PATH');
const GET_NAMES = 1000;
const gets = (n: number): LoadRequest => ({ method: 'GET', path: `${CREATE_PATH}/get-${n % GET_NAMES}` });
const next = values.load === 'get' ? gets : undefined;
const duration = Number(values.duration);
const top = Number(values.top);

/** A spawned target after its warm-up: creates, then for a GetFunction load the names it reads. */
async function warmTarget(spec: TargetSpec): Promise<Target> {
  const target = await spawnTarget(spec);
  await runLoad({ url: target.url, prefix: 'warm-', duration: 2 });
  // By count, get-0 … get-999: 2 s of timed creates on a loaded machine may make fewer names.
  if (next) await runLoad({ url: target.url, prefix: 'get-', amount: GET_NAMES });
  if (next) await runLoad({ url: target.url, prefix: 'warm-', duration: 2, next });
  return target;
}

/**
 * Runs the load on a warm target while `sample` watches it; CPU µs per request from /proc. Stops
 * the target, also when the sampler fails (perf refused to attach left serve running, orphaned).
 */
async function measured<T>(
  target: Target,
  sample: () => Promise<T>,
): Promise<{ cpu: number; rps: number; sampled: T }> {
  try {
    const before = processStats(target.pid);
    const [load, sampled] = await Promise.all([
      runLoad({ url: target.url, prefix: 'profile-', duration, next }),
      sample(),
    ]);
    const after = processStats(target.pid);
    return {
      cpu: (after.cpuMicros - before.cpuMicros) / load.requests,
      rps: load.requestsPerSecond,
      sampled,
    };
  } finally {
    await target.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'fc3-profile-'));
const print = (line = ''): boolean => process.stdout.write(`${line}\n`);
try {
  if (values.sampler === 'v8') {
    const target = await warmTarget({
      ...SERVE,
      args: ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...SERVE.args],
    });
    const run = await measured(target, async () => undefined);
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('serve wrote no profile');
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    print(
      `serve under the profiler (${values.load}): ${run.rps.toFixed(0)} req/s, ${run.cpu.toFixed(1)} CPU µs/req\n`,
    );
    for (const [name, share] of selfTimeShares(profile).slice(0, top)) {
      print(`${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
    }
  } else {
    // perf samples a second less than the load runs, so it sees no ramp-up or drain.
    const seconds = Math.max(1, duration - 1);
    const runs = [];
    for (const spec of [SERVE, BARE]) {
      // --perf-basic-prof also makes V8 write a code log: into the temporary folder, not the project.
      const v8Log = ['--no-logfile-per-isolate', `--logfile=${join(dir, 'v8.log')}`];
      const target = await warmTarget({ ...spec, args: ['--perf-basic-prof', ...v8Log, ...spec.args] });
      const file = join(dir, `${runs.length}.data`);
      try {
        runs.push({
          name: spec.name,
          ...(await measured(target, () => recordPerf({ pid: target.pid, seconds, file }))),
        });
      } finally {
        rmSync(`/tmp/perf-${target.pid}.map`, { force: true }); // V8's symbols for perf, read by now
      }
    }
    printPerf(runs);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** CPU µs per request by part, serve beside bare, then serve's busiest symbols. */
function printPerf(runs: { name: string; cpu: number; rps: number; sampled: PerfSample[] }[]): void {
  print(`on-CPU samples (perf cpu-clock), load: ${values.load}, ${duration} s, 10 connections\n`);
  print(`| part | ${runs.map((r) => `${r.name} µs/req`).join(' | ')} |`);
  print(`|---|${runs.map(() => '---:').join('|')}|`);
  for (const part of PARTS) {
    const cells = runs.map((r) => {
      const share = r.sampled.filter((s) => partOf(s) === part).reduce((sum, s) => sum + s.share, 0);
      return (share * r.cpu).toFixed(1);
    });
    print(`| ${part} | ${cells.join(' | ')} |`);
  }
  print(`| total (/proc) | ${runs.map((r) => r.cpu.toFixed(1)).join(' | ')} |`);
  print(`| req/s | ${runs.map((r) => r.rps.toFixed(0)).join(' | ')} |\n`);
  const [serve] = runs;
  if (!serve) return;
  print(`${serve.name}: busiest symbols, µs per request`);
  for (const s of serve.sampled.slice(0, top)) {
    print(`${(s.share * serve.cpu).toFixed(2).padStart(6)}  ${s.thread}  ${s.symbol}`);
  }
}
