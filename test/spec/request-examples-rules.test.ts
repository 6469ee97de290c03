/**
 * Request examples must satisfy the emulator's cross-field rules too, not only the schema. Each
 * `by: emulator` rule of `x-fc-rules` gets a small, independent predicate here (a reading of
 * docs/rules.md, not the emulator's code) plus one input that violates it, so that a predicate
 * that always answers true is caught.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { createFunctionOperation, loadSpec, requestExamples } from './spec-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: request bodies are free-form JSON here.
type Input = Record<string, any>;

/** CRC-64/XZ (ECMA-182, reflected, init and xorout all ones) as an unsigned decimal string (F). */
function crc64xz(bytes: Uint8Array): string {
  const poly = 0xc96c5795d7870f42n;
  let crc = 0xffffffffffffffffn;
  for (const byte of bytes) {
    crc ^= BigInt(byte);
    for (let bit = 0; bit < 8; bit++) crc = crc & 1n ? (crc >> 1n) ^ poly : crc >> 1n;
  }
  return (crc ^ 0xffffffffffffffffn).toString();
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const CUSTOM = /^custom(\.debian\d+)?$/;
const CARD_MB: Record<string, number> = {
  'fc.gpu.tesla.1': 16384,
  'fc.gpu.ampere.1': 24576,
  'fc.gpu.ada.1': 49152,
};
const CODE_LIMIT = 100 * 1024 * 1024;
/** Decoded size of a Base64 text without decoding it (the limit is on the ZIP, F). */
const decodedLength = (b64: string): number => (b64.length / 4) * 3 - (b64.match(/=*$/)?.[0].length ?? 0);
const decoded = (i: Input): Buffer => Buffer.from(i.code?.zipFile ?? '', 'base64');
const isObjectJson = (text: string): boolean => {
  try {
    const v = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
};
const hooks = (i: Input): Input[] =>
  [i.instanceLifecycleConfig?.initializer, i.instanceLifecycleConfig?.preStop].filter(Boolean);
const within = (v: number | undefined, min: number, max: number): boolean =>
  v === undefined || (v >= min && v <= max);

interface Check {
  holds: (i: Input) => boolean;
  /** Built lazily: the size-limit violation is a 140 MB string. */
  violation: () => Input;
}

const base: Input = {
  functionName: 'f',
  runtime: 'python3.10',
  handler: 'index.handler',
  code: { zipFile: 'UEsFBg==' },
};
const container: Input = { functionName: 'c', runtime: 'custom-container', handler: 'handler' };

const checks: Record<string, Check> = {
  'custom-container-needs-image': {
    holds: (i) => i.runtime !== 'custom-container' || Boolean(i.customContainerConfig?.image),
    violation: () => ({ ...container, customContainerConfig: { port: 9000 } }),
  },
  'code-required-for-code-runtimes': {
    holds: (i) => i.runtime === 'custom-container' || i.code !== undefined,
    violation: () => ({ ...base, code: undefined }),
  },
  'cpu-memory-ratio': {
    holds: (i) =>
      i.cpu === undefined || i.memorySize === undefined || within(i.memorySize / 1024 / i.cpu, 1, 4),
    violation: () => ({ ...base, cpu: 1, memorySize: 512 }),
  },
  'cpu-memory-ratio-default-memory': {
    holds: (i) => i.cpu === undefined || i.memorySize !== undefined || within(0.5 / i.cpu, 1, 4),
    violation: () => ({ ...base, cpu: 1, memorySize: undefined }),
  },
  'disk-needs-cpu': {
    holds: (i) => i.diskSize === undefined || i.cpu !== undefined,
    violation: () => ({ ...base, diskSize: 512 }),
  },
  'concurrency-custom-runtimes-only': {
    holds: (i) =>
      (i.instanceConcurrency ?? 1) <= 1 || CUSTOM.test(i.runtime) || i.runtime === 'custom-container',
    violation: () => ({ ...base, instanceConcurrency: 2 }),
  },
  'gpu-custom-container-only': {
    holds: (i) => i.gpuConfig === undefined || i.runtime === 'custom-container',
    violation: () => ({ ...base, gpuConfig: { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 1024 } }),
  },
  'gpu-memory-per-card': {
    holds: (i) =>
      i.gpuConfig?.gpuMemorySize === undefined ||
      i.gpuConfig.gpuMemorySize <= (CARD_MB[i.gpuConfig.gpuType] ?? 0),
    violation: () => ({ ...container, gpuConfig: { gpuType: 'fc.gpu.tesla.1', gpuMemorySize: 24576 } }),
  },
  'custom-runtime-config-custom-only': {
    holds: (i) => i.customRuntimeConfig === undefined || CUSTOM.test(i.runtime),
    violation: () => ({ ...base, customRuntimeConfig: { port: 9000 } }),
  },
  'isolation-needs-2-vcpu': {
    // Without cpu, the default of its memory (ADR 054): memory GB / 4 rounded up to 0.05 is 2 above 7987.2 MB.
    holds: (i) =>
      (i.instanceIsolationMode ?? 'SHARE') === 'SHARE' ||
      (i.cpu !== undefined ? i.cpu >= 2 : (i.memorySize ?? 512) > 7987.2),
    violation: () => ({ ...base, instanceIsolationMode: 'SESSION_EXCLUSIVE', cpu: 1, memorySize: 2048 }),
  },
  'request-isolation-limits': {
    holds: (i) =>
      i.instanceIsolationMode !== 'REQUEST_EXCLUSIVE' ||
      ((i.instanceConcurrency ?? 1) === 1 && (i.sessionAffinity ?? 'NONE') === 'NONE'),
    violation: () => ({ ...base, instanceIsolationMode: 'REQUEST_EXCLUSIVE', sessionAffinity: 'MCP_SSE' }),
  },
  'session-isolation-needs-affinity': {
    holds: (i) => i.instanceIsolationMode !== 'SESSION_EXCLUSIVE' || (i.sessionAffinity ?? 'NONE') !== 'NONE',
    violation: () => ({ ...base, instanceIsolationMode: 'SESSION_EXCLUSIVE' }),
  },
  'session-affinity-config-json': {
    holds: (i) => i.sessionAffinityConfig === undefined || isObjectJson(i.sessionAffinityConfig),
    violation: () => ({ ...base, sessionAffinityConfig: '[1]' }),
  },
  'hook-handler-xor-command': {
    holds: (i) => hooks(i).every((h) => !(h.handler !== undefined && h.command !== undefined)),
    violation: () => ({
      ...base,
      instanceLifecycleConfig: { initializer: { handler: 'i.h', command: ['x'] } },
    }),
  },
  'hook-timeout-limits': {
    holds: (i) =>
      within(i.instanceLifecycleConfig?.initializer?.timeout, 1, 300) &&
      within(i.instanceLifecycleConfig?.preStop?.timeout, 1, 90),
    violation: () => ({ ...base, instanceLifecycleConfig: { preStop: { handler: 'i.p', timeout: 91 } } }),
  },
  'tags-max': {
    holds: (i) => (i.tags ?? []).length <= 20,
    violation: () => ({
      ...base,
      tags: Array.from({ length: 21 }, (_, n) => ({ Key: `k${n}`, Value: 'v' })),
    }),
  },
  'tags-unique-keys': {
    holds: (i) => new Set((i.tags ?? []).map((t: Input) => t.Key)).size === (i.tags ?? []).length,
    violation: () => ({ ...base, tags: [{ Key: 'a' }, { Key: 'a' }] }),
  },
  'layers-arn-format': {
    holds: (i) =>
      (i.layers ?? []).every((l: string) =>
        /^acs:fc:[a-z0-9-]+:\d+:layers\/[A-Za-z0-9_-]+\/versions\/\d+$/.test(l),
      ),
    violation: () => ({ ...base, layers: ['fc_layer'] }),
  },
  'zipFile-base64': {
    holds: (i) => i.code?.zipFile === undefined || BASE64.test(i.code.zipFile),
    violation: () => ({ ...base, code: { zipFile: 'not base64!' } }),
  },
  'checksum-match': {
    holds: (i) =>
      i.code?.checksum === undefined ||
      i.code.zipFile === undefined ||
      crc64xz(decoded(i)) === i.code.checksum,
    violation: () => ({ ...base, code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', checksum: '1' } }),
  },
  'code-size-limit': {
    holds: (i) => decodedLength(i.code?.zipFile ?? '') <= CODE_LIMIT,
    violation: () => ({ ...base, code: { zipFile: 'A'.repeat(Math.ceil((CODE_LIMIT + 1) / 3) * 4) } }),
  },
};

const spec = loadSpec();
const emulatorRules = createFunctionOperation(spec)['x-fc-rules'].filter((r) => r.by === 'emulator');
const examples = requestExamples(spec);

describe('request examples satisfy every emulator rule', () => {
  it('CRC-64/XZ helper matches the reference check values (F)', () => {
    expect(crc64xz(new TextEncoder().encode('123456789'))).toBe('11051210869376104954');
    expect(crc64xz(Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64'))).toBe('2220831586920633690');
  });

  it('has one check per emulator rule of x-fc-rules', () => {
    expect(Object.keys(checks).sort()).toEqual(emulatorRules.map((r) => r.id).sort());
  });

  it.each(Object.entries(checks))('%s: the check rejects its violation', (_id, check) => {
    expect(check.holds(check.violation())).toBe(false);
  });

  describe.each(examples.map((e) => [e.name, e.value as Input] as const))('example %s', (_name, input) => {
    it.each(Object.entries(checks))('satisfies %s', (_id, check) => {
      expect(check.holds(input)).toBe(true);
    });
  });

  it('the sample carries a checksum that is really checked', () => {
    const sample = examples.find((e) => e.name === 'sample')?.value as Input;
    expect(sample.code.checksum).toBe(crc64xz(decoded(sample)));
    expect(decoded(sample).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
  });
});
