/**
 * Deliberately broken variants of the emulator, one documented behaviour broken per variant, and
 * the check (and optionally the case) that must catch each.
 */

import type { FetchHandler } from '../../../contracts/index.ts';
import { defaultCpu } from '../../../mocks/core/rules/compute-rules.ts';
import {
  createEmulator,
  type Emulator,
  type EmulatorOptions,
  type WireRequest,
} from '../../../mocks/index.ts';
import { broken, editJson, onError, onSuccess, operationOf, requestJson } from './wrap.ts';

/** One broken variant. */
export interface Mutant {
  name: string;
  /** The fact it breaks (reference section). */
  breaks: string;
  /** A check that must report it. */
  check: string;
  /** A case that must fail, when one case owns the fact. */
  caseId?: string;
  /** The broken fact is about signatures: run the suite signed (the others run unsigned, faster). */
  signed?: boolean;
  make(options: EmulatorOptions): FetchHandler;
}

const set = (key: string, value: unknown) => (body: Record<string, unknown>) => ({ ...body, [key]: value });
const drop = (key: string) => (body: Record<string, unknown>) => {
  const { [key]: _dropped, ...rest } = body;
  return rest;
};
const wrapped = (edit: Parameters<typeof broken>[1]) => (options: EmulatorOptions) =>
  broken(createEmulator(options), {
    ...edit,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });

function duplicateAccepted(options: EmulatorOptions): FetchHandler {
  const main: Emulator = createEmulator(options);
  return broken(main, {
    response: async (answer, wire) =>
      answer.status === 409
        ? createEmulator({ ...options, credentials: {} }).dispatch({ ...wire, headers: { ...wire.headers } })
        : answer,
  });
}

/** Puts the request's registry password back into the answer, unmasked. */
function clearPassword(body: Record<string, unknown>, wire: WireRequest): Record<string, unknown> {
  const sent = requestJson(wire)?.customContainerConfig as { registryConfig?: unknown } | undefined;
  const given = body.customContainerConfig as Record<string, unknown> | undefined;
  if (!sent?.registryConfig || !given) return body;
  return { ...body, customContainerConfig: { ...given, registryConfig: sent.registryConfig } };
}

/**
 * The cpu default before ADR 054: a function that never set cpu read back 0.35 whatever its
 * memory (a cpu equal to its memory's derived default is taken as never set).
 */
function oldCpuDefault(body: Record<string, unknown>): Record<string, unknown> {
  const memory = typeof body.memorySize === 'number' ? body.memorySize : 512;
  return body.cpu === defaultCpu(memory) ? { ...body, cpu: 0.35 } : body;
}

function rewriteRequest(edit: (body: Record<string, unknown>) => Record<string, unknown>) {
  return wrapped({
    request: (wire) => {
      const body = requestJson(wire);
      return body ? { ...wire, body: new TextEncoder().encode(JSON.stringify(edit(body))) } : wire;
    },
  });
}

/**
 * Every broken variant.
 *
 * @example
 * mutants.length >= 15; // true
 */
export const mutants: readonly Mutant[] = [
  {
    name: 'success status 201',
    breaks: 'D.1',
    check: 'status',
    caseId: 'sample.code-package',
    make: wrapped({ response: (a) => (a.status === 200 ? { ...a, status: 201 } : a) }),
  },
  {
    name: 'FC 2.0 error body {errorCode, errorMessage}',
    breaks: 'E.1',
    check: 'envelope',
    make: wrapped({
      response: onError((a) => editJson(a, (b) => ({ errorCode: b.Code, errorMessage: b.Message }))),
    }),
  },
  {
    name: 'duplicate name accepted',
    breaks: 'E.2, G.7',
    check: 'status',
    caseId: 'state.duplicate-name',
    make: duplicateAccepted,
  },
  {
    name: 'functionArn missing',
    breaks: 'D.2',
    check: 'computedFields',
    make: wrapped({ response: onSuccess(drop('functionArn')) }),
  },
  {
    name: 'functionArn malformed',
    breaks: 'D.2',
    check: 'computedFields',
    make: wrapped({
      response: onSuccess((b) => ({
        ...b,
        functionArn: String(b.functionArn).replace(':functions/', ':function/'),
      })),
    }),
  },
  {
    name: 'timeout 86401 accepted',
    breaks: 'B.1 timeout-range',
    check: 'status',
    caseId: 'rule.timeout-range.reject.above-max',
    make: rewriteRequest((b) => (b.timeout === 86401 ? { ...b, timeout: 86400 } : b)),
  },
  {
    name: 'wrong error code InvalidParameter',
    breaks: 'E.2',
    check: 'errorCode',
    make: wrapped({
      response: onError((a) =>
        editJson(a, (b) => (b.Code === 'InvalidArgument' ? { ...b, Code: 'InvalidParameter' } : b)),
      ),
    }),
  },
  {
    name: 'RequestId missing from error body',
    breaks: 'E.1',
    check: 'envelope',
    make: wrapped({ response: onError((a) => editJson(a, drop('RequestId'))) }),
  },
  {
    name: '500 for bad input',
    breaks: 'E.2',
    check: 'status',
    caseId: 'rule.cpu-range.reject.zero',
    make: wrapped({
      response: (a) => (a.status === 400 && a.body.includes('"InvalidArgument"') ? { ...a, status: 500 } : a),
    }),
  },
  {
    name: 'content type text/plain',
    breaks: 'A.1',
    check: 'contentType',
    make: wrapped({ response: (a) => ({ ...a, headers: { ...a.headers, 'content-type': 'text/plain' } }) }),
  },
  {
    name: 'two content types, JSON first',
    breaks: 'A.1',
    check: 'contentType',
    make: wrapped({
      response: (a) => ({
        ...a,
        headers: { ...a.headers, 'content-type': 'application/json; charset=utf-8, text/html' },
      }),
    }),
  },
  {
    name: 'default timeout 60',
    breaks: 'D.3',
    check: 'defaults',
    caseId: 'sample.minimal-defaults',
    make: wrapped({
      response: onSuccess((b, wire) => ('timeout' in (requestJson(wire) ?? {}) ? b : { ...b, timeout: 60 })),
    }),
  },
  {
    name: 'layers returned as strings',
    breaks: 'D.2',
    check: 'echo',
    caseId: 'sample.code-package',
    make: wrapped({
      response: onSuccess((b) => ({ ...b, layers: (b.layers as { arn: string }[]).map((l) => l.arn) })),
    }),
  },
  {
    name: 'description not echoed',
    breaks: 'D.2',
    check: 'echo',
    caseId: 'sample.code-package',
    make: wrapped({ response: onSuccess(drop('description')) }),
  },
  {
    name: 'timestamps not ISO-8601',
    breaks: 'D.2',
    check: 'computedFields',
    make: wrapped({
      response: onSuccess((b) => ({
        ...b,
        createdTime: new Date(String(b.createdTime)).toUTCString(),
        lastModifiedTime: new Date(String(b.lastModifiedTime)).toUTCString(),
      })),
    }),
  },
  {
    name: 'checksum wrong',
    breaks: 'F',
    check: 'computedFields',
    caseId: 'sample.code-package',
    make: wrapped({ response: onSuccess(set('codeChecksum', '1234567890')) }),
  },
  {
    name: 'codeSize wrong',
    breaks: 'F',
    check: 'computedFields',
    caseId: 'sample.code-package',
    make: wrapped({ response: onSuccess((b) => ({ ...b, codeSize: Number(b.codeSize) + 1 })) }),
  },
  {
    name: 'no request-id header',
    breaks: 'D.1',
    check: 'requestId',
    make: wrapped({
      response: (a) => {
        const { 'x-acs-request-id': _a, 'x-fc-request-id': _f, ...headers } = a.headers;
        return { ...a, headers };
      },
    }),
  },
  {
    name: 'state Failed after create',
    breaks: 'D.4',
    check: 'computedFields',
    make: wrapped({ response: onSuccess(set('state', 'Failed')) }),
  },
  {
    name: 'sample field stateReason missing',
    breaks: 'D.2',
    check: 'sampleConformance',
    caseId: 'sample.code-package',
    make: wrapped({ response: onSuccess(drop('stateReason')) }),
  },
  {
    name: 'PathNotSupported answered 404',
    breaks: 'E.2',
    check: 'status',
    caseId: 'protocol.wrong-method.put',
    make: wrapped({ response: (a) => (a.body.includes('"PathNotSupported"') ? { ...a, status: 404 } : a) }),
  },
  {
    name: 'signatures not verified',
    breaks: 'A.4',
    signed: true,
    check: 'status',
    caseId: 'auth.wrong-secret',
    make: (options) => createEmulator({ ...options, credentials: {} }),
  },
  {
    name: 'tags-max not enforced',
    breaks: 'C.15 tags-max',
    check: 'status',
    caseId: 'rule.tags-max.reject.21',
    make: rewriteRequest((b) =>
      Array.isArray(b.tags) && b.tags.length > 20 ? { ...b, tags: b.tags.slice(0, 20) } : b,
    ),
  },
  {
    name: 'ARN region ignores the host',
    breaks: 'A.2, D.2',
    check: 'computedFields',
    caseId: 'endpoint.account-host',
    make: wrapped({
      response: onSuccess((b) => ({
        ...b,
        functionArn: String(b.functionArn).replace(/^acs:fc:[^:]+:/, 'acs:fc:cn-hangzhou:'),
      })),
    }),
  },
  {
    name: 'the read-back customRuntimeConfig shell refused on a built-in runtime (before ADR 054)',
    breaks: 'C.10 custom-runtime-config-custom-only',
    check: 'status',
    caseId: 'rule.custom-runtime-config-custom-only.accept.python-empty-shell',
    // What the rule did before: an empty shell counted as a customRuntimeConfig like any other.
    make: rewriteRequest((b) =>
      JSON.stringify(b.customRuntimeConfig) === '{}' ? { ...b, customRuntimeConfig: { port: 9000 } } : b,
    ),
  },
  {
    name: 'cpu without memorySize not held to the 512 MB default (before ADR 054)',
    breaks: 'C.5, D.3 cpu-memory-ratio-default-memory',
    check: 'status',
    caseId: 'rule.cpu-memory-ratio-default-memory.reject.cpu-0.55',
    make: (options) =>
      createEmulator({ ...options, rules: { ...options.rules, 'cpu-memory-ratio-default-memory': false } }),
  },
  {
    name: 'cpu read back as 0.35 whatever the memory (before ADR 054)',
    breaks: 'CF D.3, lifecycle C.2 (ADR 054)',
    check: 'status',
    // 8192 MB reads back cpu 0.35, which cpu-memory-ratio refuses when it is sent back.
    caseId: 'update.read-back.memory-8192',
    make: wrapped({
      response: (answer, wire) =>
        ['create', 'get', 'update'].includes(operationOf(wire))
          ? onSuccess(oldCpuDefault)(answer, wire)
          : answer,
    }),
  },
  {
    name: 'password echoed in clear',
    breaks: 'D.2',
    check: 'masking',
    caseId: 'masking.registry-password',
    make: wrapped({ response: onSuccess(clearPassword) }),
  },
  {
    name: 'x-acs-request-id dropped',
    breaks: 'D.1',
    check: 'requestId',
    caseId: 'sample.code-package',
    make: wrapped({
      response: (a) => {
        const { 'x-acs-request-id': _dropped, ...headers } = a.headers;
        return { ...a, headers };
      },
    }),
  },
];
