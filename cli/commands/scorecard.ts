/**
 * `fc3-testkit scorecard`: runs the contract suite against several servers and writes one
 * Markdown matrix of facts × targets.
 */
import { writeFile } from 'node:fs/promises';
import { newRunId } from '../../contracts/cases/index.ts';
import { formatScorecard } from '../../contracts/reporters/index.ts';
import { runContractSuite } from '../../contracts/run/runner.ts';
import { setupHints } from '../../contracts/run/setup-hints.ts';
import { httpTarget } from '../../contracts/targets/http.ts';
import type { ContractReport } from '../../contracts/types.ts';
import {
  type CliIo,
  type Command,
  checkOutputFile,
  parseArgsWithPositionals,
  UsageError,
} from '../command.ts';
import { selectedCasesOf, suiteOptionsOf } from './verify.ts';

const usage = `Usage: fc3-testkit scorecard NAME=URL [NAME=URL ...] [options]

Run the contract suite against every target and print (or write) a Markdown scorecard:
facts × targets, plus the cases whose outcome differs between targets. Each target is
NAME=URL (URL like http://host:port); NAME heads its column, so names must differ.

Options:
  --output FILE             write the scorecard to FILE instead of stdout
  --access-key-id ID        sign requests (for targets that verify signatures)
  --access-key-secret KEY   the secret of --access-key-id
  --seed N, --generated N, --only PATTERN, --name-prefix P, --documented-only, --concurrency N,
  --lifecycle-budget-ms N   as for verify
  --stateless NAME[,NAME]   these targets keep no state (e.g. prism): their stateful cases are
                            not applicable, with that reason, instead of failing
  -h, --help                show this help

When a target's failures point at a set-up mismatch (it checks signatures and the suite signs
nothing, or the pair differs; its body limit is lower than FC's), a "NAME: hint:" line on stderr
names the flags that agree them, as verify's hints do.

Exit status: 0 when written (failing cases are results, not errors), 2 on usage or connection errors.

Example:
  fc3-testkit scorecard serve=http://127.0.0.1:9000 prism=http://127.0.0.1:4010 --stateless prism --output scorecard.md
`;

const OPTIONS = {
  output: { type: 'string' },
  'access-key-id': { type: 'string' },
  'access-key-secret': { type: 'string' },
  seed: { type: 'string' },
  generated: { type: 'string' },
  only: { type: 'string' },
  'name-prefix': { type: 'string' },
  'documented-only': { type: 'boolean' },
  concurrency: { type: 'string' },
  'lifecycle-budget-ms': { type: 'string' },
  stateless: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function targetsOf(positionals: string[]): { name: string; url: string }[] {
  if (positionals.length === 0) throw new UsageError('give at least one NAME=URL target');
  const targets = positionals.map((spec) => {
    const match = /^([^=]+)=(http:\/\/[^/]+\/?)$/.exec(spec);
    if (!match || !URL.canParse(match[2] as string)) {
      throw new UsageError(
        `targets are NAME=URL, e.g. serve=http://127.0.0.1:9000; got ${JSON.stringify(spec)}`,
      );
    }
    return { name: match[1] as string, url: match[2] as string };
  });
  const names = targets.map((target) => target.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  // Columns are keyed by name: two targets of one name would be two columns no one can tell apart.
  if (repeated !== undefined)
    throw new UsageError(`target names must differ: ${JSON.stringify(repeated)} is given twice`);
  return targets;
}

// A name that is no target would leave a stateless server's stateful cases failing, silently.
function statelessOf(names: string | undefined, targets: { name: string }[]): Set<string> {
  const given = names === undefined ? [] : names.split(',');
  const unknown = given.find((name) => !targets.some((target) => target.name === name));
  if (unknown !== undefined) {
    const known = targets.map((target) => target.name).join(', ');
    throw new UsageError(
      `--stateless names a target that is not given: ${JSON.stringify(unknown)} (targets: ${known})`,
    );
  }
  return new Set(given);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgsWithPositionals(args, OPTIONS);
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  // --stateless names targets here (a flag of its own in verify), so it stays out of the shared options.
  const { stateless: statelessNames, ...shared } = values;
  const options = suiteOptionsOf(shared);
  const targets = targetsOf(positionals);
  if (values.output !== undefined) checkOutputFile('--output', values.output);
  const stateless = statelessOf(statelessNames, targets);
  // Each target gets its own run id (names never collide); the filter is checked once, up front.
  selectedCasesOf({ ...options, runId: newRunId() });
  const reports: ContractReport[] = [];
  for (const { name, url } of targets) {
    const target = httpTarget({ baseUrl: url, name, ...(stateless.has(name) ? { stateless: true } : {}) });
    try {
      await target.probe?.();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      io.stderr.write(`fc3-testkit: scorecard: ${name}: ${why}; is it running at ${url}?\n`);
      return 2;
    }
    const report = await runContractSuite(target, { ...options, runId: newRunId() });
    await target.close?.();
    reports.push(report);
    // On stderr, so that the scorecard on stdout stays Markdown; named, as one run has several targets.
    const signs = options.credentials !== undefined;
    for (const hint of setupHints(report, { signs, maxBodyBytes: undefined, command: 'scorecard' })) {
      io.stderr.write(`${name}: ${hint}\n`);
    }
  }
  const text = formatScorecard(reports);
  if (values.output) await writeFile(values.output, text);
  else io.stdout.write(text);
  return 0;
}

/**
 * The `scorecard` command.
 *
 * @example
 * await scorecardCommand.run(['serve=http://127.0.0.1:9000', 'prism=http://127.0.0.1:4010'], io);
 */
export const scorecardCommand: Command = {
  name: 'scorecard',
  usage,
  run,
};
