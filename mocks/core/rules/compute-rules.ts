/**
 * Rules about compute resources and runtimes (reference C.5, C.7–C.10).
 */
import { CUSTOM_RUNTIMES, type Rule } from './types.ts';

const EPSILON = 1e-9;
const GPU_CARD_MEMORY: Record<string, number> = {
  'fc.gpu.tesla.1': 16384,
  'fc.gpu.ampere.1': 24576,
  'fc.gpu.ada.1': 49152,
};

function ratioProblem(memorySize: number, cpu: number, note: string): string | undefined {
  const ratio = memorySize / 1024 / cpu;
  return ratio >= 1 - EPSILON && ratio <= 4 + EPSILON
    ? undefined
    : `the ratio of memorySize in GB to cpu must be between 1 and 4, got memorySize=${memorySize}${note} and cpu=${cpu}`;
}

/**
 * The cpu a function without one reads back: 0.35 where the memory admits it (rule
 * `cpu-memory-ratio`: memory in GB / cpu in [1, 4]), else the nearest multiple of 0.05 that
 * does, so the read-back is accepted when sent back (ADR 054; inferred, CF D.3).
 *
 * @example
 * defaultCpu(512); // 0.35
 * defaultCpu(8192); // 2
 * defaultCpu(128); // 0.1
 */
export function defaultCpu(memorySize: number): number {
  // In steps of 0.05: cpu >= GB / 4 is 5·MB / 1024 steps, cpu <= GB is 5·MB / 256 steps.
  return Math.min(Math.max(7, Math.ceil(memorySize / 204.8)), (memorySize * 5) >> 8) / 20;
}

/**
 * Whether a `customRuntimeConfig` sets nothing: `{}` or only empty `command` / `args`, the shell
 * GetFunction reads back for any function without one and Serverless Devs sends back (ADR 054).
 *
 * @example
 * isEmptyRuntimeShell({ command: [], args: [] }); // true
 */
export function isEmptyRuntimeShell(config: object): boolean {
  // Rules run after the schema: `command` and `args` are arrays here.
  for (const key in config)
    if ((key !== 'command' && key !== 'args') || (config as Record<string, unknown[]>)[key]?.length)
      return false;
  return true;
}

/**
 * Compute rules, in evaluation order.
 *
 * @example
 * computeRules.map((rule) => rule.id);
 */
export const computeRules: Rule[] = [
  {
    id: 'cpu-memory-ratio',
    check: ({ cpu, memorySize }) =>
      cpu === undefined || memorySize === undefined ? undefined : ratioProblem(memorySize, cpu, ''),
  },
  {
    // The function reads back memorySize 512, so cpu alone is held to it (ADR 054, inferred).
    id: 'cpu-memory-ratio-default-memory',
    check: ({ cpu, memorySize }) =>
      cpu === undefined || memorySize !== undefined ? undefined : ratioProblem(512, cpu, ' (the default)'),
  },
  {
    id: 'disk-needs-cpu',
    check: ({ cpu, diskSize }) =>
      diskSize !== undefined && cpu === undefined ? 'DiskSize must be set together with cpu' : undefined,
  },
  {
    id: 'concurrency-custom-runtimes-only',
    check: ({ runtime, instanceConcurrency }) =>
      instanceConcurrency !== undefined && instanceConcurrency > 1 && !CUSTOM_RUNTIMES.has(runtime)
        ? `instanceConcurrency is not supported for runtime ${runtime}: built-in runtimes are limited to 1`
        : undefined,
  },
  {
    id: 'gpu-custom-container-only',
    check: ({ runtime, gpuConfig }) =>
      gpuConfig?.gpuType !== undefined && runtime !== 'custom-container'
        ? `gpuConfig requires runtime custom-container, got ${runtime}`
        : undefined,
  },
  {
    id: 'gpu-memory-per-card',
    check: ({ gpuConfig }) => {
      const max = GPU_CARD_MEMORY[gpuConfig?.gpuType ?? ''];
      const size = gpuConfig?.gpuMemorySize;
      return max !== undefined && size !== undefined && size > max
        ? `gpuConfig.gpuMemorySize must be at most ${max} for ${gpuConfig?.gpuType}, got ${size}`
        : undefined;
    },
  },
  {
    id: 'custom-runtime-config-custom-only',
    check: ({ runtime, customRuntimeConfig }) =>
      customRuntimeConfig !== undefined &&
      (!CUSTOM_RUNTIMES.has(runtime) || runtime === 'custom-container') &&
      !isEmptyRuntimeShell(customRuntimeConfig)
        ? `customRuntimeConfig is only allowed for custom runtimes, got ${runtime}`
        : undefined,
  },
];
