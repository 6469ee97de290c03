/**
 * On-CPU sampling of a running process with Linux `perf` (software `cpu-clock` event, so it
 * works in VMs without hardware counters): unlike V8's `--cpu-prof`, whose samples also land
 * while the main thread waits for a CPU, perf samples only what runs, in every thread, kernel
 * included. The target must run with `--perf-basic-prof` for JavaScript frames to have names.
 */
import { execFileSync, spawn } from 'node:child_process';

/** One line of `perf report`: a share of all samples and where it ran. */
export interface PerfSample {
  share: number;
  thread: string;
  dso: string;
  symbol: string;
}

/** The parts of a request's CPU time that {@link partOf} tells apart. */
export const PARTS = [
  'kernel (syscalls, TCP, wake-ups)',
  'JIT-compiled JavaScript',
  'garbage collection (main thread)',
  'V8 and Node C++, builtins',
  'V8 helper threads (GC, compiler)',
  'libc and other libraries',
] as const;
export type Part = (typeof PARTS)[number];

const GC_SYMBOL =
  /Scaveng|Heap::|MarkCompact|Marking|Sweep|Evacuat|RecordWrite|MemoryAllocator|NewSpace|SemiSpace|PagedSpace|IterateObjectCache|RootScavenge/;

/**
 * Which part of the CPU time a sample belongs to.
 *
 * @example
 * partOf({ share: 0.1, thread: 'MainThread', dso: '[kernel.kallsyms]', symbol: '[k] tcp_ack' }); // 'kernel (syscalls, TCP, wake-ups)'
 */
export function partOf(sample: PerfSample): Part {
  if (sample.dso.startsWith('[kernel')) return PARTS[0];
  if (sample.thread !== 'MainThread' && sample.thread !== 'node') return PARTS[4];
  if (sample.dso.startsWith('[JIT]')) return PARTS[1];
  if (sample.dso === 'node') return GC_SYMBOL.test(sample.symbol) ? PARTS[2] : PARTS[3];
  return PARTS[5];
}

/** Whether `perf` can be run here. */
export function hasPerf(): boolean {
  try {
    execFileSync('perf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `perf record` on `pid` for `seconds`; resolves with the report's lines once it ends.
 *
 * @example
 * const samples = await recordPerf({ pid, seconds: 5, file: '/tmp/x.data' });
 */
export function recordPerf(options: { pid: number; seconds: number; file: string }): Promise<PerfSample[]> {
  const { pid, seconds, file } = options;
  const args = [
    'record',
    '-e',
    'cpu-clock',
    '-F',
    '1999',
    '-o',
    file,
    '-p',
    String(pid),
    '--',
    'sleep',
    String(seconds),
  ];
  const recorder = spawn('perf', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  recorder.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    recorder.on('error', reject);
    recorder.on('exit', (code) => {
      if (code !== 0)
        return reject(new Error(`perf record failed (${code}): ${errors.trim().slice(0, 500)}`));
      resolve(readReport(file));
    });
  });
}

function readReport(file: string): PerfSample[] {
  const text = execFileSync(
    'perf',
    ['report', '-i', file, '--no-children', '--sort', 'comm,dso,sym', '--stdio', '-q', '--field-separator=|'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const samples: PerfSample[] = [];
  for (const line of text.split('\n')) {
    const [share, thread, dso, symbol] = line.split('|').map((field) => field.trim());
    if (!share?.endsWith('%') || thread === undefined || dso === undefined || symbol === undefined) continue;
    samples.push({ share: Number(share.slice(0, -1)) / 100, thread, dso, symbol });
  }
  return samples;
}
