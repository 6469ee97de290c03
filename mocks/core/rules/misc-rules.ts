/**
 * Rules about lifecycle hooks, tags and layers (reference B.1, B.2, C.13, C.15, G.11).
 */
import type { FcTag } from '../types.ts';
import type { Rule } from './types.ts';

const LAYER_ARN = /^acs:fc:[a-z0-9-]+:\d+:layers\/[A-Za-z0-9_-]+\/versions\/\d+$/;
const HOOK_LIMITS = { initializer: 300, preStop: 90 } as const;

interface Hook {
  handler?: string;
  command?: string[];
  timeout?: number;
}

function hooks(input: {
  instanceLifecycleConfig?: Record<string, unknown>;
}): Array<[keyof typeof HOOK_LIMITS, Hook]> {
  const config = input.instanceLifecycleConfig ?? {};
  return (Object.keys(HOOK_LIMITS) as Array<keyof typeof HOOK_LIMITS>)
    .filter((name) => config[name] !== undefined)
    .map((name) => [name, config[name] as Hook]);
}

/**
 * The message for a repeated tag key (rule `tags-unique-keys`), or undefined.
 *
 * @example
 * tagRepeatedProblem([{ Key: 'a' }, { Key: 'a' }]); // 'tags must have unique keys, "a" is repeated'
 */
export function tagRepeatedProblem(tags: readonly FcTag[]): string | undefined {
  const seen = new Set<string | undefined>();
  const duplicate = tags.find((tag) => seen.size === seen.add(tag.Key).size);
  return duplicate ? `tags must have unique keys, ${JSON.stringify(duplicate.Key)} is repeated` : undefined;
}

/**
 * Hook, tag and layer rules, in evaluation order.
 *
 * @example
 * miscRules.map((rule) => rule.id);
 */
export const miscRules: Rule[] = [
  {
    id: 'hook-handler-xor-command',
    check: (input) => {
      const both = hooks(input).find(([, hook]) => hook.handler && hook.command && hook.command.length > 0);
      return both ? `instanceLifecycleConfig.${both[0]} cannot set both handler and command` : undefined;
    },
  },
  {
    id: 'hook-timeout-limits',
    check: (input) => {
      for (const [name, hook] of hooks(input)) {
        const max = HOOK_LIMITS[name];
        if (hook.timeout !== undefined && (hook.timeout < 1 || hook.timeout > max)) {
          return `instanceLifecycleConfig.${name}.timeout must be between 1 and ${max}, got ${hook.timeout}`;
        }
      }
      return undefined;
    },
  },
  {
    id: 'tags-max',
    check: ({ tags }) =>
      tags !== undefined && tags.length > 20
        ? `tags must have at most 20 items, got ${tags.length}`
        : undefined,
  },
  { id: 'tags-unique-keys', check: ({ tags }) => tagRepeatedProblem(tags ?? []) },
  {
    id: 'layers-arn-format',
    check: ({ layers }) => {
      const bad = (layers ?? []).find((arn) => !LAYER_ARN.test(arn));
      return bad === undefined
        ? undefined
        : `layers item ${JSON.stringify(bad)} is not a layer version ARN acs:fc:<region>:<account>:layers/<name>/versions/<n>`;
    },
  },
];
