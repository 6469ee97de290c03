/**
 * Broken variants for triggers, tags, the absent settings and the upload token: each breaks one
 * fact of contracts/cases/trigger-cases.ts, and the case that owns the fact must catch it.
 */
import { createEmulator, type EmulatorOptions, type WireResponse } from '../../../mocks/index.ts';
import type { Mutant } from './variants.ts';
import { broken } from './wrap.ts';

const codeOf = (answer: WireResponse): string | undefined => {
  try {
    return (JSON.parse(answer.body) as { Code?: string }).Code;
  } catch {
    return undefined;
  }
};

/** Replaces every answer with error `code` by `replacement`. */
const replaceCode =
  (code: string, replacement: (answer: WireResponse) => WireResponse) => (options: EmulatorOptions) =>
    broken(createEmulator(options), {
      response: (answer) => (codeOf(answer) === code ? replacement(answer) : answer),
    });

const accepted = (answer: WireResponse): WireResponse => ({ ...answer, status: 200, body: '{}' });
const recoded =
  (status: number, code: string) =>
  (answer: WireResponse): WireResponse => ({
    ...answer,
    status,
    body: JSON.stringify({ ...(JSON.parse(answer.body) as object), Code: code }),
  });

/**
 * The trigger and tag variants.
 *
 * @example
 * triggerMutants.map((m) => m.caseId); // ['trigger.create.duplicate', …]
 */
export const triggerMutants: readonly Mutant[] = [
  {
    name: 'duplicate trigger accepted',
    breaks: 'lifecycle G (TriggerAlreadyExists)',
    check: 'status',
    caseId: 'trigger.create.duplicate',
    make: replaceCode('TriggerAlreadyExists', accepted),
  },
  {
    name: 'function with triggers deleted',
    breaks: 'lifecycle D.3 (FunctionNotEmpty)',
    check: 'status',
    caseId: 'trigger.delete-function.not-empty',
    make: replaceCode('FunctionNotEmpty', (a) => ({ ...a, status: 204, body: '' })),
  },
  {
    name: 'missing trigger answered as a missing function',
    breaks: 'lifecycle G (TriggerNotFound)',
    check: 'errorCode',
    caseId: 'trigger.get.missing',
    make: replaceCode('TriggerNotFound', recoded(404, 'FunctionNotFound')),
  },
  {
    name: 'the 51st trigger accepted',
    breaks: 'CF G.11 (50 triggers per function)',
    check: 'status',
    caseId: 'trigger.rule.max-50',
    make: replaceCode('LimitExceeded', accepted),
  },
  {
    name: 'TagResources ignored',
    breaks: 'lifecycle I.5',
    check: 'echo',
    caseId: 'tags.tag-resources.reflected',
    // TagResources answers 204 without reaching the emulator: it succeeds, and nothing is tagged.
    make: (options) => {
      const emulator = createEmulator(options);
      return {
        maxBodyBytes: emulator.maxBodyBytes,
        handle: (request: Request) =>
          request.method === 'POST' && new URL(request.url).pathname === '/2023-03-30/tags-v2'
            ? Promise.resolve(
                new Response(null, {
                  status: 204,
                  headers: { 'x-acs-request-id': '1-0', 'x-fc-request-id': '1-0' },
                }),
              )
            : emulator.handle(request),
      };
    },
  },
  {
    name: 'absent async config answered PathNotSupported',
    breaks: 'T.6 (AsyncConfigNotExists)',
    check: 'status',
    caseId: 'settings.async-invoke-config.none',
    make: replaceCode('AsyncConfigNotExists', recoded(400, 'PathNotSupported')),
  },
  {
    name: 'tempBucketToken not served',
    breaks: 'lifecycle H.1 step 9',
    check: 'status',
    caseId: 'upload.temp-bucket-token',
    make: (options) =>
      broken(createEmulator(options), {
        response: (answer, wire) =>
          wire.url.includes('/tempBucketToken')
            ? {
                ...answer,
                status: 400,
                body: JSON.stringify({
                  Code: 'PathNotSupported',
                  Message: 'x',
                  RequestId: '1-00000000-000000000000000000000000',
                }),
              }
            : answer,
      }),
  },
];
