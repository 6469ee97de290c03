/**
 * `fc3-testkit scorecard`: runs the contract suite against several servers and writes one
 * Markdown matrix of facts × targets.
 */
import { writeFile } from 'node:fs/promises';
import { newRunId } from '../../contracts/cases/index.ts';
import { formatScorecard } from '../../contracts/reporters/index.ts';
import { runContractSuite } from '../../contracts/run/runner.ts';
import { httpTarget } from '../../contracts/targets/http.ts';
import type { ContractReport } from '../../contracts/types.ts';
import { type CliIo, type Command, parseCommandArgs, UsageError } from '../command.ts';
import { suiteOptionsOf } from './verify.ts';

const usage = `Usage: fc3-testkit scorecard NAME=URL [NAME=URL ...] [options]

Run the contract suite against every target and print (or write) a Markdown scorecard:
facts × targets, plus the cases whose outcome differs between targets.

Options:
  --output FILE             write the scorecard to FILE instead of stdout
  --access-key-id ID        sign requests (for targets that verify signatures)
  --access-key-secret KEY   the secret of --access-key-id
  --seed N, --generated N, --only PATTERN, --name-prefix P, --documented-only, --concurrency N,
  --lifecycle-budget-ms N   as for verify
  --stateless NAME[,NAME]   these targets keep no state (e.g. prism): their stateful cases are
                            not applicable, with that reason, instead of failing
  -h, --help                show this help

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
  return positionals.map((spec) => {
    const match = /^([^=]+)=(http:\/\/[^/]+\/?)$/.exec(spec);
    if (!match) throw new UsageError(`targets look like name=http://host:port, got ${JSON.stringify(spec)}`);
    return { name: match[1] as string, url: match[2] as string };
  });
}

function parse(args: string[]) {
  const flags = args.filter((arg) => arg.startsWith('-') || !/^[^=]+=/.test(arg));
  const positionals = args.filter((arg) => !flags.includes(arg));
  return { values: parseCommandArgs(flags, OPTIONS).values, positionals };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  // --stateless names targets here (a flag of its own in verify), so it stays out of the shared options.
  const { stateless: statelessNames, ...shared } = values;
  const options = suiteOptionsOf(shared);
  const reports: ContractReport[] = [];
  for (const { name, url } of targetsOf(positionals)) {
    const stateless = (statelessNames ?? '').split(',').includes(name);
    const target = httpTarget({ baseUrl: url, name, ...(stateless ? { stateless } : {}) });
    try {
      await target.probe?.();
    } catch (error) {
      io.stderr.write(
        `fc3-testkit scorecard: ${name}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
    reports.push(await runContractSuite(target, { ...options, runId: newRunId() }));
    await target.close?.();
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
