/**
 * Heap per stored function (ADR 038): 100,000 creates of one identical tiny zip in process, the
 * heap after GC before and after, divided by the count. Run: `npx node --expose-gc
 * bench/code-memory.ts` (against an older checkout: the same file in it, to compare).
 * Env: BENCH_N creates (default 100,000).
 */
import { createEmulator } from '../mocks/index.ts';

const N = Number(process.env.BENCH_N ?? 100_000);
const ZIP = 'UEsDBAoAAAAAAAAAIQAAAAAAAAAAAAAAAAAFAAAAYS50eHRQSwUGAAAAAAEAAQAzAAAAJwAAAAAA';
const URL_ = 'http://127.0.0.1:9000/2023-03-30/functions';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const emulator = createEmulator({ seed: 1, journalLimit: 0 });
const encoder = new TextEncoder();
gc();
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < N; i++) {
  const input = {
    functionName: `fn-${i}`,
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: ZIP },
  };
  const body = encoder.encode(JSON.stringify(input));
  const headers = { 'content-type': 'application/json' };
  const answer = await emulator.dispatch({ method: 'POST', url: URL_, headers, body });
  if (answer.status !== 200) throw new Error(answer.body);
}
gc();
gc();
const grown = process.memoryUsage().heapUsed - before;
console.log(
  `${N} functions: ${(grown / 2 ** 20).toFixed(1)} MiB heap, ${Math.round(grown / N)} bytes a function`,
);
