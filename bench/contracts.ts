/**
 * Wall time of the full contract suite (default generated-case count) against our emulator
 * server and against Prism, each over a few runs. Budgets: serve ≤ 3 s with its clock moved
 * through the control API (`verify --advance-clock`), Prism ≤ 15 s. Also measured, without a
 * budget: serve waited for in real time, which cannot finish before its 3000 ms image preparations
 * (two in a row where an image is updated).
 *
 * Run: `node bench/contracts.ts [--runs N]`
 */
import { DEFAULT_GENERATED } from '../contracts/cases/index.ts';
import { runContractSuite } from '../contracts/run/runner.ts';
import type { ContractTarget } from '../contracts/types.ts';
import { withServeAndPrism } from '../scripts/lib/serve-and-prism.ts';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;
const CREDENTIALS = { accessKeyId: 'LTAI-bench', accessKeySecret: 'bench-secret' };

async function measure(name: string, target: ContractTarget, signed: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const report = await runContractSuite(target, signed ? { credentials: CREDENTIALS } : {});
    times.push(performance.now() - started);
    const { passed, failed, notApplicable, total } = report.totals;
    process.stdout.write(
      `${name} run ${i + 1}: ${Math.round(times.at(-1) ?? 0)} ms (${passed} passed, ${failed} failed, ${notApplicable} n/a, ${total} cases)\n`,
    );
  }
  return times;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0;
const spread = (values: number[]) =>
  `median ${Math.round(median(values))} ms, min ${Math.round(sorted(values)[0] ?? 0)}, max ${Math.round(sorted(values).at(-1) ?? 0)}`;

await withServeAndPrism(CREDENTIALS, async ({ serve: serveTarget, serveRealTime, prism: prismTarget }) => {
  // Real time first: moving the clock puts the server ahead of ours, which only a target that
  // reads the clock (the clock-moving one) can allow for.
  const realTime = await measure('serve (signed, real time)', serveRealTime, true);
  const serve = await measure('serve (signed, clock moved)', serveTarget, true);
  const mock = await measure('prism', prismTarget, false);
  const verdict = (values: number[], budget: number) => (median(values) <= budget ? 'OK' : 'OVER');
  process.stdout.write(
    `\ncontract suite, ${DEFAULT_GENERATED}+${DEFAULT_GENERATED} generated creates and ${DEFAULT_GENERATED} sequences, ${RUNS} runs each:\n` +
      `  serve, clock moved  ${spread(serve)} (budget 3000) ${verdict(serve, 3000)}\n` +
      `  serve, real time    ${spread(realTime)} (no budget: waits out image preparations of 3000 ms, two in a row for an image update)\n` +
      `  prism               ${spread(mock)} (budget 15000) ${verdict(mock, 15000)}\n`,
  );
});
