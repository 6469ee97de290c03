/**
 * Sends an earlier answer back (`CaseRequest.bodyFrom`): a GetFunction read-back mapped to the
 * UpdateFunction body that sends it back (ADR 054), as `s sync` then `s deploy` do (lifecycle
 * H.1, H.3). The body is known only once that step has answered.
 */
import { readBackAsUpdate } from '../cases/read-back.ts';
import type { CaseRequest, CheckFailure } from '../types.ts';
import type { Followed } from './follow-url.ts';
import type { KeptSteps } from './kept-steps.ts';
import { prepareFor, type StepContext } from './send-step.ts';

/**
 * The request of `request` with the mapped answer of `request.bodyFrom.step` as its body; a
 * failure when that answer is no JSON object, not applicable when the body is over the target's
 * declared limit (a correct server answers EntityTooLarge).
 *
 * @example
 * bodyFrom({ method: 'PUT', path: '/2023-03-30/functions/f', bodyFrom: { step: 1, as: 'update' } }, kept, context);
 */
export function bodyFrom(request: CaseRequest, earlier: KeptSteps, context: StepContext): Followed {
  const { step } = request.bodyFrom as NonNullable<CaseRequest['bodyFrom']>;
  const kept = earlier.answer(step);
  if (!kept || 'received' in kept) {
    const failure: CheckFailure = {
      check: 'read-back',
      message: `step ${step + 1} answered a body that is not a JSON object, so there is no read-back to send back`,
      received: kept?.received,
      documented: 'a Function JSON object',
      reference: 'lifecycle B.3',
      grade: 'documented',
    };
    return { failure };
  }
  const sent = prepareFor({ ...request, body: readBackAsUpdate(kept.object) }, context);
  const limit = context.target.maxBodyBytes;
  if (limit !== undefined && sent.body.byteLength > limit)
    return {
      notApplicable: `the read-back of step ${step + 1} (${sent.body.byteLength} bytes) exceeds the declared body limit (${limit} bytes); a correct server answers EntityTooLarge`,
    };
  return { sent };
}
