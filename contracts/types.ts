/**
 * Public types of the contract suite: cases (data citing a documented fact), the exchanges they
 * produce, check failures, targets and the report.
 */
export type * from './case-types.ts';
export type * from './exchange-types.ts';
export type * from './expectation-types.ts';
export type * from './report-types.ts';
export type * from './target-types.ts';
