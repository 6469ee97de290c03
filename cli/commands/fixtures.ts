/**
 * `fc3-testkit fixtures`: prints seeded fixtures as NDJSON (one JSON document per line).
 */

import { OPERATION_NAMES } from '../../mocks/core/operation-names.ts';
import { MAX_SEED } from '../../mocks/core/prng.ts';
import { operationRules } from '../../mocks/core/rule-catalogue.ts';
import {
  buildCreateFunctionInput,
  buildFunction,
  buildInvalidCreateFunctionInput,
  fixtureTraits,
  hugeRuleIds,
  isRuleId,
  offByDefaultRuleIds,
  type RuleId,
  routineRuleIds,
  ruleIds,
  type Trait,
} from '../../mocks/fixtures/index.ts';
import { type CliIo, type Command, parseCommandArgs, parseIntegerFlag, UsageError } from '../command.ts';
import { writeLines } from '../write-lines.ts';

const KINDS = ['input', 'function', 'invalid'] as const;
type Kind = (typeof KINDS)[number];

/** Lines of at most `width` characters listing `words` comma-separated, indented by `indent`. */
function wrap(words: readonly string[], indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const [i, word] of words.entries()) {
    const item = i < words.length - 1 ? `${word},` : word;
    if (line !== '' && indent + line.length + 1 + item.length > width) {
      lines.push(line);
      line = item;
    } else line = line === '' ? item : `${line} ${item}`;
  }
  return [...lines, line].map((text) => `${' '.repeat(indent)}${text}`).join('\n');
}

const usage = `Usage: fc3-testkit fixtures [options]

Print seeded CreateFunction fixtures as NDJSON, one JSON document per line.
Record i (from 0) uses seed + i: the same options always print the same bytes.
A reader that closes early (| head) ends the run quietly, exit 0; any other write
error (a full disk) is one line on stderr and exit 1 (ADR 049).

Options:
  -n, --count N     how many records (default 1, at most 10000)
  -s, --seed N      seed of the first record (default 1, 0 to 4294967295; the last record's
                    seed + count - 1 must stay within it)
  -k, --kind KIND   input     a valid CreateFunctionInput (default)
                    function  a plausible Function response body
                    invalid   {ruleId, expectedCode, input}: breaks exactly one rule
  -t, --trait T     traits of input/function records; repeat or comma-separate:
                    ${fixtureTraits.join(', ')}
  -r, --rule ID     rule ids for --kind invalid (repeatable; default: every rule id
                    except ${hugeRuleIds.join(', ')} and the rules a default emulator does not
                    enforce (${offByDefaultRuleIds.join(', ')}), cycled in docs/rules.md order).
                    Named with --rule, such a rule's records carry "offByDefault": true: an
                    emulator refuses them only with the rule switched on (rules: { ID: true }).
                    Invalid fixtures are CreateFunction inputs, so these are the CreateFunction
                    rules (the other operations' rules in docs/rules.md have none):
${wrap(ruleIds, 20, 96)}
      --allow-huge  allow ${hugeRuleIds.join(', ')}, whose input is a ~140 MB line
  -h, --help        show this help

Examples:
  fc3-testkit fixtures --count 3 --seed 5
  fc3-testkit fixtures --kind function --trait custom-container,vpc
  fc3-testkit fixtures --kind invalid --rule cpu-memory-ratio --rule tags-max --count 4
`;

const OPTIONS = {
  count: { type: 'string', short: 'n' },
  seed: { type: 'string', short: 's' },
  kind: { type: 'string', short: 'k' },
  trait: { type: 'string', short: 't', multiple: true },
  rule: { type: 'string', short: 'r', multiple: true },
  'allow-huge': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function splitList(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

function parseKind(value: string | undefined): Kind {
  const kind = value ?? 'input';
  if (!(KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
  return kind as Kind;
}

function parseTraits(values: string[] | undefined): Trait[] {
  const traits = splitList(values);
  // `--trait ,` (an unset variable between commas, say) names none: not the same as no flag.
  if (values !== undefined && traits.length === 0)
    throw new UsageError(`--trait names no trait; use one of ${fixtureTraits.join(', ')}`);
  const unknown = traits.find((trait) => !(fixtureTraits as readonly string[]).includes(trait));
  if (unknown !== undefined) {
    throw new UsageError(`unknown trait ${JSON.stringify(unknown)}; use one of ${fixtureTraits.join(', ')}`);
  }
  return traits as Trait[];
}

/** Names the operations of a rule that is not a CreateFunction rule, or says it is no rule at all. */
function unknownRuleMessage(id: string): string {
  const owners = OPERATION_NAMES.filter((name) => operationRules(name).some((rule) => rule.id === id));
  const where = owners.length > 0 ? `a rule of ${owners.join(', ')}, not of CreateFunction` : 'not a rule id';
  return `${JSON.stringify(id)} is ${where}; --kind invalid builds CreateFunction inputs only, for the rules 'fc3-testkit fixtures --help' lists (the CreateFunction table of docs/rules.md)`;
}

function parseRules(values: string[] | undefined, allowHuge: boolean): RuleId[] {
  const rules = splitList(values);
  const unknown = rules.find((rule) => !isRuleId(rule));
  if (unknown !== undefined) throw new UsageError(unknownRuleMessage(unknown));
  const huge = (rules as RuleId[]).find((rule) => hugeRuleIds.includes(rule));
  if (huge !== undefined && !allowHuge) {
    throw new UsageError(`the input for ${huge} is a ~140 MB line; add --allow-huge to print it`);
  }
  if (rules.length > 0) return rules as RuleId[];
  return routineRuleIds.filter((id) => !offByDefaultRuleIds.includes(id));
}

interface Plan {
  kind: Kind;
  count: number;
  seed: number;
  traits: Trait[];
  rules: RuleId[];
  allowHuge: boolean;
}

function plan(args: string[]): Plan | undefined {
  const { values } = parseCommandArgs(args, OPTIONS);
  if (values.help) return undefined;
  const kind = parseKind(values.kind);
  if (kind === 'invalid' && values.trait) {
    throw new UsageError('--trait applies to --kind input and function only');
  }
  if (kind !== 'invalid' && values.rule) throw new UsageError('--rule applies to --kind invalid only');
  if (kind !== 'invalid' && values['allow-huge'])
    throw new UsageError('--allow-huge applies to --kind invalid only');
  const allowHuge = values['allow-huge'] === true;
  const count = parseIntegerFlag({ flag: '--count', value: values.count, min: 1, max: 10_000, fallback: 1 });
  const seed = parseIntegerFlag({ flag: '--seed', value: values.seed, min: 0, max: MAX_SEED, fallback: 1 });
  if (seed + count - 1 > MAX_SEED) {
    throw new UsageError(
      `--seed ${seed} with --count ${count} goes past the largest seed, ${MAX_SEED} (record i uses seed + i)`,
    );
  }
  return {
    kind,
    count,
    seed,
    traits: parseTraits(values.trait),
    rules: parseRules(values.rule, allowHuge),
    allowHuge,
  };
}

function record(p: Plan, index: number): unknown {
  const seed = p.seed + index;
  if (p.kind === 'function') return buildFunction({ seed, traits: p.traits });
  if (p.kind === 'input') return buildCreateFunctionInput({ seed, traits: p.traits });
  const ruleId = p.rules[index % p.rules.length] as RuleId;
  const fixture = buildInvalidCreateFunctionInput(ruleId, { seed, allowHuge: p.allowHuge });
  const { expectedCode, input } = fixture;
  return offByDefaultRuleIds.includes(ruleId)
    ? { ruleId, expectedCode, offByDefault: true, input }
    : { ruleId, expectedCode, input };
}

/**
 * The `fixtures` subcommand.
 *
 * @example
 * await fixturesCommand.run(['--count', '2', '--kind', 'invalid'], { stdout: process.stdout, stderr: process.stderr });
 */
export const fixturesCommand: Command = {
  name: 'fixtures',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const p = plan(args);
    if (p === undefined) {
      io.stdout.write(usage);
      return 0;
    }
    // Built one at a time as they are written: a reader that closes early stops the building too.
    function* lines(plan: Plan): Generator<string> {
      for (let index = 0; index < plan.count; index++) yield `${JSON.stringify(record(plan, index))}\n`;
    }
    return (await writeLines(io.stdout, lines(p))) === 'failed' ? 1 : 0;
  },
};
