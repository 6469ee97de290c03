/**
 * Rules about instance isolation and session affinity (reference C.11, C.12).
 */
import { defaultCpu } from './compute-rules.ts';
import type { Rule } from './types.ts';

function isJsonObjectText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Isolation and affinity rules, in evaluation order.
 *
 * @example
 * isolationRules.map((rule) => rule.id);
 */
export const isolationRules: Rule[] = [
  {
    id: 'isolation-needs-2-vcpu',
    check: ({ instanceIsolationMode, cpu, memorySize = 512 }) => {
      if (instanceIsolationMode === undefined || instanceIsolationMode === 'SHARE') return undefined;
      // Without cpu, the one the function reads back: the default of its memory (ADR 054).
      const used = cpu ?? defaultCpu(memorySize);
      return used < 2
        ? `instanceIsolationMode ${instanceIsolationMode} requires cpu >= 2, got ${cpu ?? `${used}, the default for memorySize ${memorySize}`}`
        : undefined;
    },
  },
  {
    id: 'request-isolation-limits',
    check: ({ instanceIsolationMode, instanceConcurrency, sessionAffinity }) => {
      if (instanceIsolationMode !== 'REQUEST_EXCLUSIVE') return undefined;
      if (instanceConcurrency !== undefined && instanceConcurrency !== 1) {
        return `instanceIsolationMode REQUEST_EXCLUSIVE requires instanceConcurrency 1, got ${instanceConcurrency}`;
      }
      return sessionAffinity !== undefined && sessionAffinity !== 'NONE'
        ? `instanceIsolationMode REQUEST_EXCLUSIVE cannot be combined with sessionAffinity ${sessionAffinity}`
        : undefined;
    },
  },
  {
    id: 'session-isolation-needs-affinity',
    check: ({ instanceIsolationMode, sessionAffinity }) =>
      instanceIsolationMode === 'SESSION_EXCLUSIVE' &&
      (sessionAffinity === undefined || sessionAffinity === 'NONE')
        ? 'instanceIsolationMode SESSION_EXCLUSIVE requires a sessionAffinity other than NONE'
        : undefined,
  },
  {
    id: 'session-affinity-config-json',
    check: ({ sessionAffinityConfig }) =>
      sessionAffinityConfig !== undefined &&
      sessionAffinityConfig !== '' &&
      !isJsonObjectText(sessionAffinityConfig)
        ? 'sessionAffinityConfig must be the text of a JSON object'
        : undefined,
  },
];
