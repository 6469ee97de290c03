/**
 * Wall time of the full contract suite (default generated-case count) against our emulator
 * server and against Prism, each measured over a few runs. Budgets: serve ≤ 3 s, Prism ≤ 15 s.
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
    process.stdout.write(
      `${name} run ${i + 1}: ${Math.round(times.at(-1) ?? 0)} ms (${report.totals.passed} passed, ${report.totals.failed} failed, ${report.totals.total} cases)\n`,
    );
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

await withServeAndPrism(CREDENTIALS, async ({ serve: serveTarget, prism: prismTarget }) => {
  const serve = median(await measure('serve (signed)', serveTarget, true));
  const mock = median(await measure('prism', prismTarget, false));
  process.stdout.write(
    `\ncontract suite, ${DEFAULT_GENERATED}+${DEFAULT_GENERATED} generated cases, median of ${RUNS}:\n` +
      `  serve ${Math.round(serve)} ms (budget 3000) ${serve <= 3000 ? 'OK' : 'OVER'}\n` +
      `  prism ${Math.round(mock)} ms (budget 15000) ${mock <= 15000 ? 'OK' : 'OVER'}\n`,
  );
});
