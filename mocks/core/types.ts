/**
 * Public types of the emulator core. Adapters (MSW, nock, node:http) and the contract suite
 * depend only on these; everything else in `mocks/core` is private.
 */
import type { components } from '../../generated/openapi.ts';
import type { Codecs } from './codecs.ts';
import type { FcErrorCode } from './errors.ts';
import type { PredigestedBody } from './predigested.ts';

export type { Codecs } from './codecs.ts';

export type CreateFunctionInput = components['schemas']['CreateFunctionInput'];
export type FcFunction = components['schemas']['Function'];
export type FcErrorBody = components['schemas']['Error'];
export type FcTag = components['schemas']['Tag'];
export type FcTrigger = components['schemas']['Trigger'];
export type CreateTriggerInput = components['schemas']['CreateTriggerInput'];
export type UpdateTriggerInput = components['schemas']['UpdateTriggerInput'];

/**
 * The body of UpdateFunction: every CreateFunction field except `functionName`, `tags` and
 * `resourceGroupId` (lifecycle reference C.1), none required.
 */
export type UpdateFunctionInput = Partial<
  Omit<CreateFunctionInput, 'functionName' | 'tags' | 'resourceGroupId'>
>;

/** The body of a ListFunctions answer (lifecycle reference E.2). */
export interface ListFunctionsOutput {
  functions: FcFunction[];
  nextToken?: string;
}

/** The operations the emulator serves, named as the SDK and the spec's `operationId` name them. */
export type OperationName =
  | 'CreateFunction'
  | 'GetFunction'
  | 'GetFunctionCode'
  | 'UpdateFunction'
  | 'DeleteFunction'
  | 'ListFunctions'
  | 'CreateTrigger'
  | 'GetTrigger'
  | 'UpdateTrigger'
  | 'DeleteTrigger'
  | 'ListTriggers'
  | 'TagResources'
  | 'UntagResources'
  | 'ChangeResourceGroup'
  | 'DisableFunctionInvocation'
  | 'EnableFunctionInvocation'
  | 'PublishFunctionVersion'
  | 'ListFunctionVersions'
  | 'DeleteFunctionVersion'
  | 'CreateAlias'
  | 'ListAliases'
  | 'GetAlias'
  | 'UpdateAlias'
  | 'DeleteAlias'
  | 'GetAsyncInvokeConfig'
  | 'GetConcurrencyConfig'
  | 'GetScalingConfig'
  | 'GetProvisionConfig'
  | 'ListVpcBindings'
  | 'ListAsyncInvokeConfigs'
  | 'ListScalingConfigs'
  | 'GetTempBucketToken'
  | 'PutObject'
  | 'DownloadFunctionCode';

/**
 * A request as it crossed the wire: what every adapter hands to the core.
 * Header names are lowercase; a repeated header's values are joined with `,` (by `serve`, a signed
 * one's, `x-acs-*`, `host`, `content-type`, trimmed and sorted first: `headersFromRaw`, reference
 * A.4; MSW and nock hand on the Fetch `Headers` join, `, ` in the order received).
 *
 * @example
 * const wire: WireRequest = { method: 'POST', url: 'http://127.0.0.1:9000/2023-03-30/functions',
 *   headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode('{}') };
 */
export interface WireRequest {
  method: string;
  /** Absolute URL (scheme, host with port, path, query). */
  url: string;
  headers: Record<string, string>;
  /** The exact body bytes received, after de-chunking; empty array when there is no body. */
  body: Uint8Array;
  /** Set by an adapter that stopped reading because the body exceeded `maxBodyBytes`. */
  truncated?: boolean;
  /**
   * Internal to the Node server (ADR 028): the body's hash, parse and code package (for an upload
   * to the OSS receiver: its hash and CRC-64), computed in a worker thread by `predigest(body)`;
   * the core uses them instead of computing them again.
   * Leave it unset: the answer is the same without it.
   */
  predigested?: PredigestedBody;
}

/**
 * A response ready to be written by any adapter.
 *
 * @example
 * const wire: WireResponse = { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
 */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  /** A JSON text (a resource or an FC error envelope), or `''` for an answer without a body (204). */
  body: string;
  /** Set instead of `body` (then `''`) for an answer that is bytes: a code package (ADR 038). */
  bytes?: Uint8Array;
}

/** A time source; tests inject a fixed or stepping clock. */
export type Clock = () => Date;

/**
 * Which requests an injected fault applies to: an operation (or several) and a function name.
 * Omitted fields match everything.
 *
 * @example
 * const scope: FaultScope = { operation: 'UpdateFunction', match: { functionName: 'orders' } };
 */
export interface FaultScope {
  operation?: OperationName | OperationName[];
  match?: { functionName?: string };
}

/** Probabilistic faults: each matching request fails with `rate` probability, drawing a code from `codes`. */
export interface FaultPolicy extends FaultScope {
  rate: number;
  /** Catalogue codes ({@link FcErrorCode}); another string is a compile error, and throws at run time. */
  codes: FcErrorCode[];
}

/** Added latency in milliseconds: a constant or a uniform range. */
export type Latency = number | { min: number; max: number };

/**
 * Options of {@link createEmulator}. Every field is optional; unknown keys are refused.
 *
 * @example
 * const emulator = createEmulator({ seed: 7, accountId: '1234567890123456', regionId: 'cn-hangzhou' });
 */
export interface EmulatorOptions {
  /** Default account for hosts that do not name one (numeric, 16 digits like real accounts). */
  accountId?: string;
  /** Default region for hosts that do not name one. */
  regionId?: string;
  /** Seed for ids, request ids and fault sampling (an integer from 0 to 4294967295); the same seed gives the same answers. */
  seed?: number;
  /** The time source; the emulator's clock is this plus whatever {@link Emulator.advanceClock} added. */
  clock?: Clock;
  /**
   * AccessKey id → secret. When non-empty, every request must carry a valid signature: ACS3
   * (what the SDKs send) or the older ROA v1 (`acs AK:signature`, what terraform sends).
   */
  credentials?: Record<string, string>;
  /** Largest accepted body in bytes (default: enough for a 100 MB ZIP in Base64). */
  maxBodyBytes?: number;
  /** How many journal entries are kept (oldest dropped first). Default 1000. */
  journalLimit?: number;
  /** About how many bytes of text the journal keeps (oldest dropped first). Default 16 MiB. */
  journalBytes?: number;
  /** Switch inferred/unverified rules on or off by id (see docs/rules.md). */
  rules?: Record<string, boolean>;
  /** Allowed skew of the signed request time (`x-acs-date`, or `date` for ROA) in ms (default 15 minutes). */
  maxClockSkewMs?: number;
  /**
   * SHA-256 and strict Base64 implementations for large bodies (default: browser-safe ones).
   * `startServer`, `fc3Nock` and `createEmulator` imported in Node pass `node:crypto`/`Buffer` ones.
   */
  codecs?: Partial<Codecs>;
  /**
   * How long a custom-container function stays `Pending` after a create (and `InProgress` after an
   * update) on the emulator's clock, in ms. Default 3000. Code-package functions are ready at once.
   */
  preparationMs?: number;
}

/** The outcome class of a journal entry. */
export type CallOutcome = 'succeeded' | 'rejected' | 'faulted' | 'unrouted';

/**
 * One handled request, as recorded in the journal: the request and the answer as they were sent.
 *
 * @example
 * const last: JournalEntry | undefined = emulator.calls().at(-1);
 */
export interface JournalEntry {
  seq: number;
  at: string;
  /** The operation the request was routed to; undefined for an unknown method or path. */
  operation: OperationName | undefined;
  method: string;
  url: string;
  headers: Record<string, string>;
  /**
   * The parsed request body when it was a JSON object, else undefined. Strings longer than 4,096
   * characters are replaced by a summary with their length and SHA-256.
   */
  input: Record<string, unknown> | undefined;
  /** The request body as text (first 64 KiB). */
  rawBody: string;
  status: number;
  /** FC error code when the answer was an error. */
  code: string | undefined;
  /** The function the request named (path or body), if any. */
  functionName: string | undefined;
  outcome: CallOutcome;
  /** Rule id when a documented rule rejected the request. */
  ruleId: string | undefined;
  requestId: string;
  /** The answer body as sent, parsed (an OSS XML error stays text); undefined for an answer without a body (204). */
  response: unknown;
}

/**
 * Filter and page of {@link Emulator.calls}. `outcome: 'created'` is the earlier spelling of
 * `{ operation: 'CreateFunction', outcome: 'succeeded' }` and still accepted (not with another operation).
 *
 * @example
 * emulator.calls({ operation: 'UpdateFunction', outcome: 'rejected' });
 */
export interface CallFilter {
  operation?: OperationName;
  outcome?: CallOutcome | 'created';
  functionName?: string;
  /**
   * The code answered: not only {@link FcErrorCode}s, also OSS's (`InvalidObjectName`), the
   * download's `FunctionCodeNotFound` and whatever a cassette recorded, so any string.
   */
  code?: string;
  /** Only entries with a larger `seq`. */
  since?: number;
  /** At most this many entries (the oldest that match). */
  limit?: number;
}

/** Options of {@link Emulator.failNext}. */
export interface FailNextOptions extends FaultScope {
  /** How many following matching requests fail (default 1). */
  times?: number;
  /** Overrides the catalogue's message. */
  message?: string;
}

/** Options of {@link Emulator.failPreparation}. */
export interface FailPreparationOptions {
  /** `stateReasonCode` / `lastUpdateStatusReasonCode` of the failed function (default `ImagePullFailed`). */
  reasonCode?: string;
  /** `stateReason` / `lastUpdateStatusReason` (default a sentence naming the image). */
  reason?: string;
}

/**
 * A stateful, in-memory emulator of the Function Compute 3.0 function resource: CreateFunction,
 * GetFunction, UpdateFunction, DeleteFunction and ListFunctions, with the state lifecycle on its
 * own clock.
 *
 * @example
 * const emulator = createEmulator();
 * const res = await emulator.handle(new Request('http://127.0.0.1:9000/2023-03-30/functions', {
 *   method: 'POST', body: JSON.stringify(input) }));
 */
export interface Emulator {
  /** Fetch-API entry point. */
  handle(request: Request): Promise<Response>;
  /** Wire-level entry point used by adapters that already have the bytes. */
  dispatch(request: WireRequest): Promise<WireResponse>;
  /**
   * Forget every function, journal entry, nonce, scenario and clock offset; reseed. A request
   * still held by injected latency is answered from the state it arrived in, never the new one.
   */
  reset(): void;
  /** Make the next `times` matching requests fail with a catalogue code (another string throws `Fc3TestkitError`). */
  failNext(code: FcErrorCode, options?: FailNextOptions): void;
  /** Seeded probabilistic faults; `undefined` switches them off. */
  setFaults(policy: FaultPolicy | undefined): void;
  /** Added latency before every answer; `undefined` or 0 switches it off. */
  setLatency(latency: Latency | undefined): void;
  /** The next preparation of a function of this name (its create, or its next update; in any account or region, as `failNext`'s `match`) ends `Failed`. */
  failPreparation(functionName: string, options?: FailPreparationOptions): void;
  /** The emulator's current time: the clock option plus every {@link advanceClock}. */
  now(): Date;
  /** Moves the emulator's clock forward (lifecycle transitions, request ids, times); never past the year 9999. */
  advanceClock(ms: number): void;
  /** Journal entries, oldest first. */
  calls(filter?: CallFilter): JournalEntry[];
  /** Functions stored for an account/region (defaults to the emulator's), in name order, as GetFunction answers them now. */
  functions(scope?: { accountId?: string; regionId?: string }): FcFunction[];
  /** The triggers of a function in name order, as GetTrigger answers them ([] when there is no such function). */
  triggers(functionName: string, scope?: { accountId?: string; regionId?: string }): FcTrigger[];
  readonly accountId: string;
  readonly regionId: string;
  readonly seed: number;
  /** The body limit adapters should stop reading at (then set `truncated`). */
  readonly maxBodyBytes: number;
}
