/**
 * Public types of the contract suite: cases (data citing a documented fact), the exchanges they
 * produce, check failures, targets and the report.
 */

/** How sure we are of a fact: stated by a primary source, or our reading of secondary ones. */
export type Grade = 'documented' | 'inferred';

/**
 * The documented fact a case (or a check) stands on.
 *
 * @example
 * const fact: Fact = { reference: 'B.1', ruleId: 'timeout-range', statement: '`timeout` in [1, 86400] s', grade: 'documented' };
 */
export interface Fact {
  /**
   * Reference sections: bare ones (`B.1`, `D.3, F`) are of reference/fc3-createfunction.md;
   * `lifecycle B.3` (and the bare sections after it) of reference/fc3-function-lifecycle.md,
   * `CF C.5` switches back.
   */
  reference: string;
  /** Rule id of docs/rules.md when the fact is a validation rule. */
  ruleId?: string;
  /** The operation whose rule it is, when not CreateFunction (one id may serve several). */
  operation?: string;
  statement: string;
  grade: Grade;
}

/** A body built only when sent (for bodies too large to keep as data). */
export type LazyBody = () => Uint8Array;

/**
 * A request body: a JSON value (serialised with `JSON.stringify`), raw text sent verbatim, exact
 * bytes, or a lazily built byte array.
 */
export type CaseBody = Record<string, unknown> | unknown[] | string | Uint8Array | LazyBody;

/**
 * How a request is signed when the suite has credentials. `false` never signs; the object form
 * breaks the signature in one documented way.
 *
 * @example
 * const skewed: Signing = { dateOffsetMs: -20 * 60_000 };
 */
export interface Signing {
  /**
   * Default `ACS3` (the SDKs); `ROA` is the older v1 scheme terraform sends (lifecycle §H.6);
   * `FC2` the FC 2.0 scheme of `tempBucketToken` (T.7).
   */
  scheme?: 'ACS3' | 'ROA' | 'FC2';
  /** Sign as this AccessKey id instead of the configured one. */
  accessKeyId?: string;
  /** Sign with this secret instead of the configured one. */
  accessKeySecret?: string;
  /** Shift the signed time (`x-acs-date`, or `date` for ROA) from now. */
  dateOffsetMs?: number;
  nonce?: string;
  /** Replace the body after signing (the signed hash then describes the original body). */
  tamperedBody?: string;
  /** Header names removed after signing. */
  stripHeaders?: string[];
}

/**
 * One HTTP request of a case. `path` is appended to the target's base URL.
 *
 * @example
 * const request: CaseRequest = { method: 'POST', path: '/2023-03-30/functions', body: { functionName: 'f' } };
 */
export interface CaseRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: CaseBody;
  /** Undefined: signed whenever credentials are configured. */
  signed?: boolean | Signing;
  /** Pad the JSON body with spaces to one byte over the target's declared body limit. */
  overLimit?: boolean;
  /**
   * Address a real FC host name (reference A.2), e.g. `1234.cn-beijing.fc.aliyuncs.com`: sent to
   * the base URL with this `Host` header, or to this host in the URL (see `ContractTarget.fcHosts`).
   */
  host?: string;
  /** Sent again until the function reaches a state, or through every page of a listing. */
  repeat?: CaseRepeat;
  /**
   * Let this much time pass on the target first (timestamps have whole seconds): the target's
   * clock is moved when the suite may, else the suite sleeps.
   */
  delayMs?: number;
}

/** The lifecycle fields a wait looks at (lifecycle F.1). */
export type StateField = 'state' | 'lastUpdateStatus';

/**
 * How a request repeats: GetFunction polled (with back-off) until the state fields reach
 * `until`, every answer on the way holding one of the `waiting` values (lifecycle F.2, F.5); or
 * ListFunctions followed through `nextToken` to the last page (lifecycle E.2).
 *
 * @example
 * const repeat: CaseRepeat = { poll: { until: { state: 'Active' }, waiting: { state: ['Pending'] } } };
 */
export type CaseRepeat =
  | {
      poll: {
        until: Partial<Record<StateField, string>>;
        waiting: Partial<Record<StateField, string[]>>;
      };
    }
  | { pages: { maxPages: number } };

/** A request after the one under test, with its own expectation (e.g. the GetFunction after a delete). */
export interface CaseStep {
  request: CaseRequest;
  expect: CaseExpectation;
}

/** What a successful create (or read, or update) must answer, beyond the status. */
export interface SuccessExpectation {
  /**
   * The configuration whose known fields must come back unchanged (reference D.2): the input of
   * a create, the stored configuration of a read, the merged one of an update (its `code`, when
   * present, is the package whose checksum and size the answer must report).
   */
  echo: Record<string, unknown>;
  /**
   * Which answer this is: `created` (default; timestamps equal and near now, the state of a fresh
   * function), `read` (GetFunction) or `updated` (`lastModifiedTime` near now).
   */
  kind?: 'created' | 'read' | 'updated';
  /** Top-level fields that must come back exactly so, not merely containing what was sent. */
  exact?: Record<string, unknown>;
  /**
   * Top-level fields the service sets outside the input (e.g. `invocationRestriction`, lifecycle
   * I.5) that must contain these values, compared like `echo` (extra keys are fine).
   */
  contains?: Record<string, unknown>;
  /** Check the documented sample's fields and types; the flavour picks which fields apply. */
  sample?: 'code' | 'container';
  /** The region (and account, when the host names one) `functionArn` must carry (A.2, D.2). */
  arn?: { regionId: string; accountId?: string };
}

/**
 * What the documentation says must come back.
 *
 * @example
 * const expectation: CaseExpectation = { status: 409, code: 'FunctionAlreadyExists', statusGrade: 'inferred' };
 */
export interface CaseExpectation {
  status: number;
  /** Grade of the status itself when it is less certain than the case (e.g. 200, 409). */
  statusGrade?: Grade;
  /** FC error code of an error answer. */
  code?: string;
  /** The error's `Message`, exactly (e.g. `function 'f' does not exist.`, lifecycle G). */
  message?: string;
  success?: SuccessExpectation;
  /** Fields compared with the answer of an earlier step of the case. */
  compare?: Comparison[];
  /** State fields a Function answer must carry (lifecycle F.1, F.6). */
  states?: StateExpectation[];
  /** What the ListFunctions answer (every page of it) must list. */
  listed?: ListExpectation;
  /** A success without a body: 204 and nothing, or a JSON object (DeleteFunction, lifecycle D.2). */
  noContent?: boolean;
  /** What a success body that is not a `Function` must carry (e.g. ChangeResourceGroup's). */
  answer?: AnswerExpectation;
}

/**
 * Top-level fields of a JSON success answer other than a `Function`, with their exact values or
 * JSON types (`string`, `boolean`, `number`, `object`, `array`, `null`).
 *
 * @example
 * const answer: AnswerExpectation = { exact: { success: true }, reference: 'lifecycle I.5', grade: 'inferred' };
 */
export interface AnswerExpectation {
  exact?: Record<string, unknown>;
  types?: Record<string, string>;
  /** Lists whose items carry these values of one field, in this order (`versions` by `versionId`). */
  items?: Record<string, { key: string; values: unknown[] }>;
  reference: string;
  grade: Grade;
}

/**
 * A field-by-field comparison with the answer of an earlier step. Steps are numbered over the
 * whole case: setup requests first, then the request under test, then the `afterwards` steps.
 *
 * @example
 * const same: Comparison = { step: 0, relation: 'same', fields: ['functionId', 'createdTime'],
 *   reference: 'lifecycle F.7', grade: 'inferred' };
 */
export interface Comparison {
  step: number;
  /** `same` values, `differs` (e.g. a new functionId), `later` (an ISO time strictly after). */
  relation: 'same' | 'differs' | 'later';
  /** Top-level fields; `*` means every field of the earlier answer except `except`. */
  fields: string[] | '*';
  except?: string[];
  reference: string;
  grade: Grade;
}

/**
 * One state field a Function answer must carry.
 *
 * @example
 * const pending: StateExpectation = { field: 'state', value: 'Pending', reference: 'lifecycle F.2', grade: 'documented' };
 */
export interface StateExpectation {
  /** A top-level field, or `accelerationStatus` for `customContainerConfig.accelerationInfo.status`. */
  field: string;
  /** The value, or the values allowed. */
  value: string | string[];
  reference: string;
  grade: Grade;
}

/**
 * The functions a listing must show across all its pages: exactly `names`, in this order, each
 * once, at most `limit` a page, listed with their configuration and without the state fields.
 *
 * @example
 * const listed: ListExpectation = { names: ['ct-x-a', 'ct-x-b'], limit: 1 };
 */
export interface ListExpectation {
  names: string[];
  limit: number;
  /** Configuration each listed function must carry, by name (compared like `echo`). */
  items?: Record<string, Record<string, unknown>>;
  /** The last page read is not the last page: it must carry a `nextToken`. */
  more?: boolean;
}

/** Something a case needs from the run before it applies. */
export type CaseNeed =
  | 'credentials'
  /** The target keeps what earlier requests did (Prism answers from examples and does not). */
  | 'state'
  | 'body-limit'
  | 'huge-bodies'
  | 'unverified-rules'
  | 'fc-host'
  /** A GET request with a body (node:http sends one; fetch refuses to). */
  | 'get-body';

/**
 * One contract case: data that cites its fact, the request(s) to send and the expected answer.
 *
 * @example
 * const c: ContractCase = { id: 'protocol.wrong-method.put', title: 'PUT is not CreateFunction',
 *   fact, request: { method: 'PUT', path: '/2023-03-30/functions' }, expect: { status: 400, code: 'PathNotSupported' } };
 */
export interface ContractCase {
  id: string;
  title: string;
  fact: Fact;
  /** Requests sent first, each of which must succeed (2xx; e.g. the create a duplicate needs). */
  setup?: CaseRequest[];
  request: CaseRequest;
  expect: CaseExpectation;
  /** Requests after the one under test, each checked against its own expectation. */
  afterwards?: CaseStep[];
  needs?: CaseNeed[];
  /** `generated` cases come from seeded property generators. */
  origin?: 'catalogue' | 'generated';
}

/** A request as actually sent. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** A response as received; header names lowercase. */
export interface ReceivedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request/response pair. */
export interface Exchange {
  request: SentRequest;
  response: ReceivedResponse;
  /** When the response arrived. */
  at: Date;
}

/**
 * A check's "received vs documented" verdict.
 *
 * @example
 * const failure: CheckFailure = { check: 'status', message: 'status differs', received: 201, documented: 200,
 *   reference: 'D.1', grade: 'inferred' };
 */
export interface CheckFailure {
  check: string;
  message: string;
  received: unknown;
  documented: unknown;
  /** Reference section the failed expectation comes from. */
  reference: string;
  grade: Grade;
  /**
   * Set to `exchange` when `documented` is not a documented value but one the answer itself set
   * (e.g. the header value an error body must repeat); reporters then say "expected".
   */
  basis?: 'exchange';
}

/**
 * Where requests go: any server, an in-process emulator, or a mocking library.
 *
 * @example
 * const target = httpTarget({ baseUrl: 'http://127.0.0.1:9000' });
 */
export interface ContractTarget {
  name: string;
  /** Scheme, host and port; request paths are appended. */
  baseUrl: string;
  send(request: SentRequest): Promise<ReceivedResponse>;
  /** The body limit the target declares, if any (enables the EntityTooLarge case). */
  maxBodyBytes?: number;
  /**
   * How a request reaches a real FC host name (reference A.2): `host-header` sends it to
   * `baseUrl` with that `Host` header (node:http), `url` puts the host in the URL (fetch-based
   * targets, which cannot set `Host`, and interceptors that answer FC hosts). Unset: the
   * host-addressed cases do not apply.
   */
  fcHosts?: 'host-header' | 'url';
  /**
   * The target answers from examples and keeps no state (Prism): cases that need `state` do not
   * apply, with that reason, instead of failing.
   */
  stateless?: boolean;
  /**
   * The target's clock, when the suite may move it (our emulator: `advanceClock`, or
   * `POST /__fc3/clock`): lifecycle waits then advance it instead of sleeping.
   */
  clock?: TargetClock;
  /**
   * Reads the target's clock without moving it, or resolves `undefined` when the target has none
   * (`fc3-testkit serve`: `GET /__fc3/clock`). Asked only after a timestamp check failed, to say
   * in that failure how far the target's clock is from this machine's.
   */
  readClock?(): Promise<number | undefined>;
  /** The target can send a GET with a body (node:http can; fetch refuses to build one). */
  getBodies?: boolean;
  /** Resolves when the target answers at all; rejects with the reason otherwise. */
  probe?(): Promise<void>;
  close?(): Promise<void>;
}

/**
 * A target clock the suite can read and move forward.
 *
 * @example
 * const clock: TargetClock = { now: async () => emulator.now().getTime(), advance: async (ms) => emulator.advanceClock(ms) };
 */
export interface TargetClock {
  /** The target's current time in ms since the epoch. */
  now(): Promise<number>;
  advance(ms: number): Promise<void>;
}

/** The verdict of one case. */
export type CaseStatus = 'passed' | 'failed' | 'not-applicable';

/** The outcome of one case. */
export interface CaseResult {
  case: ContractCase;
  status: CaseStatus;
  /** Why the case did not apply. */
  reason?: string;
  failures: CheckFailure[];
  /** Failures of inferred expectations while running `documentedOnly`. */
  warnings: CheckFailure[];
  exchanges: Exchange[];
  /** A shell command that replays the last request, for failures. */
  reproducer?: string;
  durationMs: number;
}

/**
 * The outcome of a whole run.
 *
 * @example
 * const ok = report.totals.failed === 0;
 */
export interface ContractReport {
  target: string;
  baseUrl: string;
  startedAt: string;
  durationMs: number;
  seed: number;
  runId: string;
  documentedOnly: boolean;
  results: CaseResult[];
  totals: { passed: number; failed: number; notApplicable: number; total: number };
}
