/**
 * The case catalogue: every case of one run, built from the run's naming, seed and count:
 * CreateFunction (sample, protocol, response, state, auth, rules), the function resource
 * (get, update, delete, list, lifecycle, their rules, create rules re-checked on update), triggers,
 * tags, the resource group and the invocation switch, and the generated cases.
 */
import { checkOptionKeys } from '../../mocks/core/option-keys.ts';
import { checkNumericOptions } from '../run/numeric-options.ts';
import type { ContractCase } from '../types.ts';
import { aliasCases } from './alias-cases.ts';
import { aliasReadCases } from './alias-read-cases.ts';
import { authCases } from './auth-cases.ts';
import { codeCases } from './code-cases.ts';
import { createNaming, newRunId } from './context.ts';
import { deleteCases } from './delete-cases.ts';
import { generatedCases } from './generated-cases.ts';
import { getCases } from './get-cases.ts';
import { lifecycleCases } from './lifecycle-cases.ts';
import { listCases } from './list-cases.ts';
import { operationRuleCases } from './operation-rule-cases.ts';
import { protocolCases } from './protocol-cases.ts';
import { readBackCases } from './read-back-cases.ts';
import { responseCases } from './response-cases.ts';
import { ruleCases } from './rule-cases.ts';
import { sampleCases } from './sample-cases.ts';
import { sequenceCases } from './sequence-cases.ts';
import { stateCases } from './state-cases.ts';
import { switchCases } from './switch-cases.ts';
import { triggerCases } from './trigger-cases.ts';
import { updateCases } from './update-cases.ts';
import { updateRuleCases } from './update-rule-cases.ts';
import { versionCases } from './version-cases.ts';

/** Options of {@link buildCases}. */
export interface BuildCasesOptions {
  /** Prefix of every function name the suite creates. Default `ct`. */
  namePrefix?: string;
  /** Run id inside every name; default random, so repeated runs never collide. */
  runId?: string;
  /** Seed of the generated cases. Default 1. */
  seed?: number;
  /** Generated accepted and rejected create cases, each, and generated operation sequences. Default 25. */
  generated?: number;
}

/**
 * The default number of generated cases of each kind.
 *
 * @example
 * buildCases({ generated: DEFAULT_GENERATED });
 */
export const DEFAULT_GENERATED = 25;

/**
 * Builds every case of one run; the same options give the same cases.
 *
 * @example
 * const cases = buildCases({ runId: 'docs', seed: 1 });
 * cases.find((c) => c.id === 'sample.code-package')?.fact.reference; // 'D.2, D.3, D.4, F'
 */
export function buildCases(options: BuildCasesOptions = {}): ContractCase[] {
  checkOptionKeys({ adapter: 'buildCases', options, known: BUILD_CASES_OPTION_KEYS });
  checkNumericOptions('buildCases', options);
  return catalogue(options);
}

/** Every key of {@link BuildCasesOptions} (the type check keeps the list whole). */
export const BUILD_CASES_OPTION_KEYS = Object.keys({
  namePrefix: true,
  runId: true,
  seed: true,
  generated: true,
} satisfies Record<keyof BuildCasesOptions, true>);

/**
 * {@link buildCases} without its key check, for callers whose options hold more (the suite's).
 *
 * @example
 * catalogue({ runId: 'docs' }).length;
 */
export function catalogue(options: BuildCasesOptions): ContractCase[] {
  const naming = createNaming({ prefix: options.namePrefix ?? 'ct', runId: options.runId ?? newRunId() });
  const seed = options.seed ?? 1;
  const count = options.generated ?? DEFAULT_GENERATED;
  const cases = [
    ...sampleCases(naming),
    ...protocolCases(naming),
    ...responseCases(naming),
    ...stateCases(naming),
    ...authCases(naming),
    ...ruleCases(naming),
    ...getCases(naming),
    ...updateCases(naming),
    ...readBackCases(naming),
    ...deleteCases(naming),
    ...listCases(naming),
    ...lifecycleCases(naming),
    ...operationRuleCases(naming),
    ...updateRuleCases(naming),
    ...triggerCases(naming),
    ...switchCases(naming),
    ...versionCases(naming),
    ...aliasCases(naming),
    ...aliasReadCases(naming),
    ...codeCases(naming),
    ...generatedCases({ naming, seed, count }),
    ...sequenceCases({ naming, seed, count }),
  ];
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`duplicate contract case id ${c.id}`);
    seen.add(c.id);
  }
  return cases.map((c) => ({ origin: 'catalogue', ...c }));
}

export { createNaming, newRunId } from './context.ts';
