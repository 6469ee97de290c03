/**
 * What a case expects of an answer: status and code, the success body, comparisons with earlier
 * steps, lifecycle states and listings.
 */
import type { Grade } from './case-types.ts';

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
  /** The answer is a download, not JSON: the package an earlier answer describes. */
  download?: DownloadExpectation;
}

/**
 * A field of an earlier step's JSON answer (steps numbered as in a {@link Comparison}).
 *
 * @example
 * const size: FieldOfStep = { step: 0, field: 'codeSize' };
 */
export interface FieldOfStep {
  step: number;
  field: string;
}

/**
 * What the bytes of a download must match: their length the `size` fields, their CRC-64/XZ (as
 * FC's unsigned decimal text, CF F) the `checksum` fields. A download answer is not JSON, so the
 * content-type and request-id checks pass it by.
 *
 * @example
 * const download: DownloadExpectation = { size: [{ step: 0, field: 'codeSize' }],
 *   checksum: [{ step: 1, field: 'checksum' }], reference: 'lifecycle I.1', grade: 'documented' };
 */
export interface DownloadExpectation {
  size: FieldOfStep[];
  checksum: FieldOfStep[];
  reference: string;
  grade: Grade;
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
