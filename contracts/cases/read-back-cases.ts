/**
 * The read-back round trip (ADR 054): a function's GetFunction answer, mapped to an UpdateFunction
 * body (`readBackAsUpdate`), is accepted and changes nothing but `lastModifiedTime` (and the state
 * fields while the update is prepared). The body is the target's own earlier answer
 * (`CaseRequest.bodyFrom`), so a read-back the target would refuse, such as `cpu: 0.35` for an
 * 8192 MB function (the cpu-memory-ratio band, CF D.3), fails here.
 */
import type { Comparison, ContractCase } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';
import { getRequest, sameFunctionAs, untilActive, untilUpdated, updateRequest } from './function-requests.ts';

type Json = Record<string, unknown>;

const ROUND_TRIP = fact({
  reference: 'lifecycle C.2, F.7, CF D.3',
  statement:
    "a function's GetFunction read-back, sent back as its UpdateFunction body (service-owned fields out, layers as ARNs, the image's resolved fields out; ADR 054), is accepted and changes nothing but lastModifiedTime and the state fields",
  grade: 'inferred',
});

/** Every field of the read-back (step 1) comes back the same but lastModifiedTime and what moves. */
function sameAsReadBack(): Comparison {
  const moving = sameFunctionAs(1, 'lifecycle C.2, F.7');
  return { ...moving, except: [...(moving.except ?? []), 'lastModifiedTime'] };
}

function roundTrip(options: { id: string; title: string; input: Json; image?: boolean }): ContractCase {
  const name = String(options.input.functionName);
  return {
    id: options.id,
    title: options.title,
    fact: ROUND_TRIP,
    // Step 0 creates, step 1 reads back (a custom container once it is Active: lifecycle F.2).
    setup: [createRequest(options.input), getRequest(name, options.image ? { repeat: untilActive } : {})],
    request: updateRequest(name, undefined, { bodyFrom: { step: 1, as: 'update' } }),
    expect: { status: 200, compare: [sameAsReadBack()] },
    afterwards: [
      {
        request: getRequest(name, options.image ? { repeat: untilUpdated } : {}),
        expect: { status: 200, compare: [sameAsReadBack()] },
      },
    ],
    needs: ['state'],
  };
}

/**
 * The read-back round-trip cases of one run: a built-in function of 8192 MB without cpu (it reads
 * back the cpu its memory admits), a minimal one (it reads back the emulator's defaults, the empty
 * `customRuntimeConfig` shell among them) and a custom container (sending its image back keeps
 * the digest it resolved).
 *
 * @example
 * readBackCases(naming).some((c) => c.id === 'update.read-back.memory-8192'); // true
 */
export function readBackCases(naming: Naming): ContractCase[] {
  return [
    roundTrip({
      id: 'update.read-back.memory-8192',
      title: 'a function of 8192 MB created without cpu accepts its read-back, unchanged',
      input: { ...baseInput('builtin', naming.next('rb-8192')), memorySize: 8192 },
    }),
    roundTrip({
      id: 'update.read-back.minimal',
      title: 'a minimal python function accepts its read-back (the defaults it reads back), unchanged',
      input: baseInput('builtin', naming.next('rb-minimal')),
    }),
    roundTrip({
      id: 'update.read-back.container',
      title: 'a custom-container function accepts its read-back, its resolved image digest unchanged',
      input: baseInput('container', naming.next('rb-image')),
      image: true,
    }),
  ];
}
