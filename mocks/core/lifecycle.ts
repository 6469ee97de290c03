/**
 * The function state lifecycle on the emulator's clock (lifecycle reference F). Nothing is
 * scheduled: the state fields are computed from the record's preparation whenever a function is
 * read, so a test moves the clock instead of sleeping.
 *
 * | moment (F.6)                  | state / reason code   | lastUpdateStatus / reason code |
 * |-------------------------------|-----------------------|--------------------------------|
 * | create, preparing             | Pending / Creating    | InProgress / ImageOptimizing   |
 * | update, preparing             | Active                | InProgress / ImageOptimizing   |
 * | ready                         | Active                | Successful                     |
 * | create ended Failed           | Failed / <code>       | Failed / <code>                |
 * | update ended Failed           | Active                | Failed / <code>                |
 */
import type { FunctionRecord, Preparation, PreparationFailure } from './function-record.ts';

/** The six state fields of a `Function` body, plus the image acceleration status. */
export interface LifecycleFields {
  state: 'Pending' | 'Active' | 'Failed';
  stateReason: string;
  stateReasonCode: string;
  lastUpdateStatus: 'Successful' | 'Failed' | 'InProgress';
  lastUpdateStatusReason: string;
  lastUpdateStatusReasonCode: string;
  /** `customContainerConfig.accelerationInfo.status` (F.1). */
  accelerationStatus: 'Preparing' | 'Ready';
}

/** The state field names (GetFunction carries them, ListFunctions omits them: lifecycle B.2, E.2). */
export const STATE_FIELDS = [
  'state',
  'stateReason',
  'stateReasonCode',
  'lastUpdateStatus',
  'lastUpdateStatusReason',
  'lastUpdateStatusReasonCode',
] as const;

const OPTIMIZING = {
  lastUpdateStatus: 'InProgress',
  lastUpdateStatusReason: 'The system is currently processing the acceleration optimization for the image.',
  lastUpdateStatusReasonCode: 'ImageOptimizing',
} as const;

const ACTIVE = { state: 'Active', stateReason: '', stateReasonCode: '' } as const;
const SUCCESSFUL = {
  lastUpdateStatus: 'Successful',
  lastUpdateStatusReason: '',
  lastUpdateStatusReasonCode: '',
} as const;

function failed(
  failure: PreparationFailure,
): Pick<LifecycleFields, 'lastUpdateStatus' | 'lastUpdateStatusReason' | 'lastUpdateStatusReasonCode'> {
  return {
    lastUpdateStatus: 'Failed',
    lastUpdateStatusReason: failure.reason,
    lastUpdateStatusReasonCode: failure.reasonCode,
  };
}

/**
 * The lifecycle fields of a record at emulator time `nowMs`.
 *
 * @example
 * lifecycleAt(record, emulator.now().getTime()).state; // 'Pending' while a container image is prepared
 */
export function lifecycleAt(record: Pick<FunctionRecord, 'preparation'>, nowMs: number): LifecycleFields {
  const { kind, readyAt, failure, imageReady } = record.preparation;
  const accelerated = imageReady ? 'Ready' : 'Preparing';
  if (nowMs < readyAt) {
    const state =
      kind === 'create'
        ? { state: 'Pending', stateReason: 'Function creating', stateReasonCode: 'Creating' }
        : ACTIVE;
    return { ...state, ...OPTIMIZING, accelerationStatus: accelerated } as LifecycleFields;
  }
  if (!failure) return { ...ACTIVE, ...SUCCESSFUL, accelerationStatus: 'Ready' };
  const state =
    kind === 'create'
      ? { state: 'Failed', stateReason: failure.reason, stateReasonCode: failure.reasonCode }
      : ACTIVE;
  return { ...state, ...failed(failure), accelerationStatus: accelerated } as LifecycleFields;
}

/** What {@link nextPreparation} needs to know. */
export interface PreparationPlan {
  /** The record being updated; undefined for a create. */
  previous: Pick<FunctionRecord, 'preparation'> | undefined;
  nowMs: number;
  /** How long this preparation takes (0 for code packages). */
  durationMs: number;
  failure: PreparationFailure | undefined;
  /** The update leaves a ready image as it was (F.7: acceleration restarts only for a new image). */
  imageReady?: boolean;
}

/**
 * The preparation a create or update starts. An update of a function whose creation failed
 * prepares it anew, as a create (F.2: Failed → redeploy → Pending, inferred).
 *
 * @example
 * nextPreparation({ previous: undefined, nowMs: Date.now(), durationMs: 3000, failure: undefined }).kind; // 'create'
 */
export function nextPreparation(plan: PreparationPlan): Preparation {
  const { previous, nowMs, durationMs, failure, imageReady } = plan;
  const recreate = previous === undefined || lifecycleAt(previous, nowMs).state !== 'Active';
  // Most preparations (code packages) are over at once: one shared value each (records never mutate).
  if (durationMs === 0 && !failure) return recreate ? CREATED : UPDATED;
  const preparation: Preparation = {
    kind: recreate ? 'create' : 'update',
    readyAt: nowMs + durationMs,
    failure,
  };
  return imageReady && !recreate ? { ...preparation, imageReady } : preparation;
}

const CREATED: Preparation = Object.freeze({ kind: 'create', readyAt: 0, failure: undefined });
const UPDATED: Preparation = Object.freeze({ kind: 'update', readyAt: 0, failure: undefined });
