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
  /** Section of reference/fc3-createfunction.md, e.g. `B.1` or `D.3, F`. */
  reference: string;
  /** Rule id of docs/rules.md when the fact is a validation rule. */
  ruleId?: string;
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
}

/** What a successful create must answer, beyond the status. */
export interface SuccessExpectation {
  /** The input whose known fields must come back unchanged (reference D.2). */
  echo: Record<string, unknown>;
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
  success?: SuccessExpectation;
}

/** Something a case needs from the run before it applies. */
export type CaseNeed =
  | 'credentials'
  | 'state'
  | 'body-limit'
  | 'huge-bodies'
  | 'unverified-rules'
  | 'fc-host';

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
  /** Requests sent first, each of which must succeed (e.g. the create a duplicate needs). */
  setup?: CaseRequest[];
  request: CaseRequest;
  expect: CaseExpectation;
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
  /** Resolves when the target answers at all; rejects with the reason otherwise. */
  probe?(): Promise<void>;
  close?(): Promise<void>;
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
