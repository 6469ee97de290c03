/**
 * Sends an earlier answer back (`CaseRequest.bodyFrom`): a GetFunction read-back mapped to the
 * UpdateFunction body that sends it back (ADR 054), as `s sync` then `s deploy` do (lifecycle
 * H.1, H.3). The body is known only once that step has answered.
 */
import { clip } from '../../mocks/core/errors.ts';
import { readBackAsUpdate } from '../cases/read-back.ts';
import type { CaseRequest, CheckFailure } from '../types.ts';
import type { Followed } from './follow-url.ts';
import type { KeptSteps } from './kept-steps.ts';
import { prepareFor, type StepContext } from './send-step.ts';

/** A `read-back` failure: nothing is sent. */
function readBackFailure(problem: string, received?: unknown): Followed {
  const failure: CheckFailure = {
    check: 'read-back',
    message: `${problem}, so there is no read-back to send back`,
    received,
    documented: 'a Function JSON object',
    reference: 'lifecycle B.3',
    grade: 'documented',
  };
  return { failure };
}

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
  if (!kept)
    return readBackFailure(
      `the case's bodyFrom names step ${step + 1}, which is no earlier step of it (a mistake in the case, not in the target)`,
    );
  if ('received' in kept)
    return readBackFailure(`step ${step + 1} answered a body that is not a JSON object`, kept.received);
  let sent: ReturnType<typeof prepareFor>;
  try {
    sent = prepareFor({ ...request, body: readBackAsUpdate(kept.object) }, context);
  } catch (error) {
    // JSON.parse takes any depth, JSON.stringify overflows the stack past some thousands.
    return readBackFailure(
      `the answer of step ${step + 1} cannot be encoded again (${clip(String(error), 200)})`,
    );
  }
  const limit = context.target.maxBodyBytes;
  if (limit !== undefined && sent.body.byteLength > limit)
    return {
      notApplicable: `the read-back of step ${step + 1} (${sent.body.byteLength} bytes) exceeds the declared body limit (${limit} bytes); a correct server answers EntityTooLarge`,
    };
  return { sent };
}
