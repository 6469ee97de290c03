/**
 * The contract suite's cases: data that cites its fact, the requests to send and what they need
 * from the run.
 */
import type { CaseExpectation, FieldOfStep } from './expectation-types.ts';

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
   * Reference sections: bare ones (`B.1`, `D.3, F`) are of the CreateFunction notes;
   * `lifecycle B.3` (and the bare sections after it) of the function-lifecycle notes,
   * `CF C.5` switches back (docs/sources.md maps each to its subject and public sources).
   */
  reference: string;
  /** Rule id of docs/rules.md when the fact is a validation rule. */
  ruleId?: string;
  /** The operation whose rule it is, when not CreateFunction (one id may serve several). */
  operation?: string;
  statement: string;
  grade: Grade;
  /**
   * Set on a fact of an unverified rule (docs/rules.md: one secondary source, off by default);
   * its grade is inferred, and reporters call it unverified.
   */
  unverified?: true;
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
  /**
   * Send to the URL an earlier step answered instead of `path` (steps numbered as in a
   * `Comparison`): `s sync` downloads GetFunctionCode's `url` with a plain GET (lifecycle H.3,
   * I.1). The suite follows only a URL on the target's own origin; any other makes the case not
   * applicable, so a run never reaches a host it was not pointed at. `path` is then only a label.
   */
  follow?: FieldOfStep;
  /**
   * Send as the body an earlier step's answer (a GetFunction `Function`) mapped to the
   * UpdateFunction body that sends it back (ADR 054, `readBackAsUpdate`, contracts/cases/read-back.ts),
   * instead of `body`: a read-modify-write as `s sync` then `s deploy` make it (lifecycle H.1, H.3).
   * An answer that is not a JSON object fails the case.
   */
  bodyFrom?: BodyFromStep;
}

/**
 * The earlier step (numbered as in a `Comparison`) whose answer is the body, and how it is mapped.
 *
 * @example
 * const readBack: BodyFromStep = { step: 1, as: 'update' };
 */
export interface BodyFromStep {
  step: number;
  as: 'update';
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
