/**
 * `fc3-testkit verify`: runs the contract suite against any server and reports the result.
 * Exit 0 when every applicable case passes, 1 when a case fails, 2 on usage or connection errors.
 */

import { writeFile } from 'node:fs/promises';
import { catalogue, DEFAULT_GENERATED, newRunId } from '../../contracts/cases/index.ts';
import { consoleProgress, formatReport, reporterNames } from '../../contracts/reporters/index.ts';
import { TransportError } from '../../contracts/run/run-case.ts';
import { runContractSuite, type SuiteOptions } from '../../contracts/run/runner.ts';
import { CHEAP_BODY_BYTES, selectCases } from '../../contracts/run/select.ts';
import { DEFAULT_LIFECYCLE_BUDGET_MS } from '../../contracts/run/send-step.ts';
import { setupHints } from '../../contracts/run/setup-hints.ts';
import { DEFAULT_ANSWER_BUDGET_MS, DEFAULT_MAX_ANSWER_BYTES } from '../../contracts/run/transport-error.ts';
import { httpTarget } from '../../contracts/targets/http.ts';
import type { ContractCase } from '../../contracts/types.ts';
import { MAX_SEED } from '../../mocks/core/prng.ts';
import {
  type CliIo,
  type Command,
  checkOutputFile,
  parseCommandArgs,
  parseIntegerFlag,
  UsageError,
} from '../command.ts';
import { reporterFor } from '../reporter-choice.ts';

const MAX_ANSWER_MIB = DEFAULT_MAX_ANSWER_BYTES / 1024 / 1024;
const ANSWER_BUDGET_S = DEFAULT_ANSWER_BUDGET_MS / 1000;

const usage = `Usage: fc3-testkit verify --base-url URL [options]

Run the FC 3.0 contract suite against a server and grade it against the documentation: the
function resource (CreateFunction, GetFunction, UpdateFunction, DeleteFunction, ListFunctions
and the state lifecycle), triggers, tags, the resource group, the invocation switch, versions,
aliases, GetFunctionCode and its download, the function settings deploy tools read, and the
FC 2.0 tempBucketToken of the code upload (docs/contract-cases.md lists every case). Every case
cites its fact (reference section, rule id, documented or inferred). Every function it creates
is named <prefix>-<run id>-…, so it can run again and again against a long-lived server or
account holding other functions. It does not delete what it creates (several hundred functions
per full run): against a real account, remove the functions of that prefix afterwards.

Options:
  --base-url URL            the server, e.g. http://127.0.0.1:9000 (required)
  --access-key-id ID        sign requests (ACS3-HMAC-SHA256); enables the signature cases
  --access-key-secret KEY   the secret of --access-key-id
  --reporter NAME           ${reporterNames.join(' | ')} (default: from the --output extension:
                            .xml junit, .json json, .md markdown, else console)
  --output FILE             write the report to FILE (a json, junit or markdown report's
                            console summary is still printed)
  --seed N                  seed of the generated cases (default 1, 0 to 4294967295)
  --generated N             generated accepted and rejected creates, each, and generated operation
                            sequences (default ${DEFAULT_GENERATED})
  --only PATTERN            case ids to run: substring, or * glob; comma-separate several. A
                            pattern matching no case (or, with --documented-only, only inferred
                            ones) is a usage error; docs/contract-cases.md lists every case id
  --name-prefix P           prefix of created function names (default ct)
  --documented-only         skip inferred facts; inferred expectations only warn
  --max-body-bytes N        the server's body limit. The EntityTooLarge case runs only when N
                            is given and N <= ${CHEAP_BODY_BYTES} (16 MiB), or N > 16 MiB with --huge;
                            it sends N + 1 bytes. Cases whose body exceeds N are not applicable
  --huge                    also send ~140 MB bodies (100 MB code-size limit) and body limits
                            over 16 MiB
  --concurrency N           cases in flight (default 8)
  --lifecycle-budget-ms N   how long one lifecycle wait (a custom-container function becoming
                            Active, an update becoming Successful) may take, polling GetFunction
                            with back-off (1 to 86400000, default ${DEFAULT_LIFECYCLE_BUDGET_MS}); a case whose
                            function is not ready in time is not applicable, with the reason
  --advance-clock           the server is fc3-testkit serve: move its clock (POST /__fc3/clock)
                            instead of waiting. Waiting cases then run one at a time after the
                            others, and a function still preparing after 40 minutes of its clock
                            fails. The clock moves for everyone using that server
  --stateless               the server keeps no state (a mock answering from examples, such as
                            Prism): cases about what earlier requests did are not applicable,
                            with that reason, instead of failing
  -h, --help                show this help

Cases that address a real FC host (endpoint.*) send a Host header such as
1234.cn-beijing.fc.aliyuncs.com to --base-url and expect that region and account in functionArn.

verify reads an answer up to ${MAX_ANSWER_MIB} MiB, for up to ${ANSWER_BUDGET_S} s after the request was sent or
the answer began (5 s without a byte ends it sooner); past either, it stops reading and the case
fails with a "transport" finding naming the limit and the bytes read (FC's answers are JSON of a
few hundred KB). httpTarget's maxAnswerBytes and answerBudgetMs change them from TypeScript.

When the failures show that verify and the server disagree on credentials (one signs, the
other does not check, the pair differs, or a gateway in front answers 401) or on the body limit (EntityTooLarge within FC's
limit, or a body over --max-body-bytes accepted), a "hint:" line after the summary names the
flags of both sides (on stderr when a json or junit report goes to stdout).

Exit status: 0 every applicable case passed, 1 a case failed, 2 usage or connection error
(including an --only that selects no case, and a server that gives no HTTP answer to one
GET /__fc3/clock within 5 s before the cases start).

Examples:
  fc3-testkit verify --base-url http://127.0.0.1:9000
  fc3-testkit verify --base-url http://127.0.0.1:9000 --advance-clock
  fc3-testkit verify --base-url http://127.0.0.1:9000 --lifecycle-budget-ms 60000
  fc3-testkit verify --base-url http://127.0.0.1:9000 --reporter junit --output contract.xml
`;

const OPTIONS = {
  'base-url': { type: 'string' },
  'access-key-id': { type: 'string' },
  'access-key-secret': { type: 'string' },
  reporter: { type: 'string' },
  output: { type: 'string' },
  seed: { type: 'string' },
  generated: { type: 'string' },
  only: { type: 'string' },
  'name-prefix': { type: 'string' },
  'documented-only': { type: 'boolean' },
  'max-body-bytes': { type: 'string' },
  huge: { type: 'boolean' },
  concurrency: { type: 'string' },
  'lifecycle-budget-ms': { type: 'string' },
  'advance-clock': { type: 'boolean' },
  stateless: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

function credentialsOf(values: Values): SuiteOptions['credentials'] {
  const id = values['access-key-id'];
  const secret = values['access-key-secret'];
  if ((id === undefined) !== (secret === undefined))
    throw new UsageError('--access-key-id and --access-key-secret go together');
  return id && secret ? { accessKeyId: id, accessKeySecret: secret } : undefined;
}

function prefixOf(value: string | undefined): string {
  const prefix = value ?? 'ct';
  if (!/^[A-Za-z_][A-Za-z0-9_-]{0,23}$/.test(prefix)) {
    throw new UsageError(
      `--name-prefix must be a valid function-name start of at most 24 characters, got ${JSON.stringify(prefix)}`,
    );
  }
  return prefix;
}

/**
 * Parses the shared flags into suite options (the scorecard command uses it too).
 *
 * @example
 * suiteOptionsOf({ seed: '3' }).seed; // 3
 */
export function suiteOptionsOf(values: Values): SuiteOptions {
  const options: SuiteOptions = {
    seed: parseIntegerFlag({ flag: '--seed', value: values.seed, min: 0, max: MAX_SEED, fallback: 1 }),
    generated: parseIntegerFlag({
      flag: '--generated',
      value: values.generated,
      min: 0,
      max: 1000,
      fallback: DEFAULT_GENERATED,
    }),
    concurrency: parseIntegerFlag({
      flag: '--concurrency',
      value: values.concurrency,
      min: 1,
      max: 64,
      fallback: 8,
    }),
    namePrefix: prefixOf(values['name-prefix']),
    documentedOnly: values['documented-only'] ?? false,
    huge: values.huge ?? false,
    lifecycleBudgetMs: parseIntegerFlag({
      flag: '--lifecycle-budget-ms',
      value: values['lifecycle-budget-ms'],
      // 0 would make every waiting case "not applicable", which --only says more plainly.
      min: 1,
      max: 24 * 60 * 60_000,
      fallback: DEFAULT_LIFECYCLE_BUDGET_MS,
    }),
  };
  const credentials = credentialsOf(values);
  if (credentials) options.credentials = credentials;
  if (values.only) options.only = values.only;
  return options;
}

/**
 * The cases a run of these options selects; a usage error (exit 2) naming the flag when `--only`
 * (alone or with `--documented-only`) leaves no case to run, so a typo never passes empty.
 *
 * @example
 * selectedCasesOf({ ...options, runId: newRunId() }).length;
 */
export function selectedCasesOf(options: SuiteOptions & { runId: string }): ContractCase[] {
  return selectCases(catalogue(options), {
    only: options.only,
    documentedOnly: options.documentedOnly,
    names: { only: '--only', documentedOnly: '--documented-only' },
  });
}

function baseUrlOf(value: string | undefined): string {
  if (!value) throw new UsageError('--base-url is required');
  // URL.canParse: a port past 65535 or a malformed host is the flag's fault, named as such.
  if (!/^http:\/\/[^/]+\/?$/.test(value) || !URL.canParse(value))
    throw new UsageError(`--base-url must look like http://host:port, got ${JSON.stringify(value)}`);
  return value;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  const reporter = reporterFor(values.reporter, values.output);
  if (values.output !== undefined) checkOutputFile('--output', values.output);
  const runId = newRunId();
  const options = { ...suiteOptionsOf(values), runId };
  // Before the probe: a filter that selects nothing is a usage error whether or not the server is up.
  const cases = selectedCasesOf(options);
  const maxBodyBytes =
    values['max-body-bytes'] === undefined
      ? undefined
      : parseIntegerFlag({ flag: '--max-body-bytes', value: values['max-body-bytes'], min: 1 });
  const target = httpTarget({
    baseUrl: baseUrlOf(values['base-url']),
    ...(maxBodyBytes ? { maxBodyBytes } : {}),
    ...(values['advance-clock'] ? { advanceClock: true } : {}),
    ...(values.stateless ? { stateless: true } : {}),
  });
  try {
    await target.probe?.();
    // Fail fast when --advance-clock points at a server without our control API.
    await target.clock?.now();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    // The usual cause is a server not started yet, or another port.
    const hint = error instanceof TransportError ? '; start the server first, or check --base-url' : '';
    io.stderr.write(`fc3-testkit: verify: ${why}${hint}\n`);
    return 2;
  }
  const report = await runContractSuite(target, {
    ...options,
    cases,
    onResult: consoleProgress(process.stderr),
  });
  await target.close?.();
  const text = formatReport(report, reporter);
  const hints = setupHints(report, { signs: options.credentials !== undefined, maxBodyBytes });
  const hintText = hints.map((hint) => `${hint}\n`).join('');
  if (values.output) {
    await writeFile(values.output, text);
    if (reporter !== 'console') io.stdout.write(formatReport(report, 'console'));
    io.stdout.write(hintText);
  } else {
    io.stdout.write(text);
    // After a JSON or JUnit report on stdout, hints go to stderr so the report stays parseable.
    (reporter === 'console' ? io.stdout : io.stderr).write(hintText);
  }
  return report.totals.failed === 0 ? 0 : 1;
}

/**
 * The `verify` command.
 *
 * @example
 * await verifyCommand.run(['--base-url', 'http://127.0.0.1:9000'], io); // 0 when every case passes
 */
export const verifyCommand: Command = {
  name: 'verify',
  usage,
  run,
};
