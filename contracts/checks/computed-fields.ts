/**
 * `computedFields`: the values the service computes on create (reference D.2, D.4, F): ARN,
 * function id, CRC-64/XZ checksum and size of the ZIP, ISO-8601 UTC timestamps near "now" and the
 * initial state.
 */
import type { CheckFailure, SuccessExpectation } from '../types.ts';
import type { CheckInput, ContractCheck, FailureOptions } from './check.ts';
import { asObject, failure, quoted } from './check.ts';
import { referenceBase64, referenceCrc64Xz } from './independent-codecs.ts';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

type Report = (options: FailureOptions) => void;

type ArnScope = NonNullable<SuccessExpectation['arn']>;

const REGION = /^[a-z0-9-]+$/;
const ACCOUNT = /^\d+$/;

/** Whether `arn` is `acs:fc:<region>:<account>:functions/<name>`, region and account as scoped. */
function isArn(arn: unknown, name: string, scope: ArnScope | undefined): boolean {
  if (typeof arn !== 'string' || !arn.startsWith('acs:fc:') || !arn.endsWith(`:functions/${name}`))
    return false;
  // Split the middle rather than build a pattern per answer: this runs on every success.
  const middle = arn.slice('acs:fc:'.length, arn.length - `:functions/${name}`.length).split(':');
  if (middle.length !== 2) return false;
  const [region, account] = middle as [string, string];
  const regionOk = scope ? region === scope.regionId : REGION.test(region);
  const accountOk = scope?.accountId ? account === scope.accountId : ACCOUNT.test(account);
  return regionOk && accountOk;
}

function checkArn(arn: unknown, name: string, scope: ArnScope | undefined, report: Report): void {
  if (isArn(arn, name, scope)) return;
  const documented = `acs:fc:${scope?.regionId ?? '<region>'}:${scope?.accountId ?? '<accountId>'}:functions/${name}`;
  const named = scope?.accountId ? 'region and account' : 'region';
  report({
    message: `functionArn ${quoted(arn)} is not ${documented}${scope ? ` (the ${named} of the addressed host)` : ''}`,
    received: arn,
    documented,
    reference: scope ? 'D.2, A.2' : 'D.2',
  });
}

function checkIdentity(body: Record<string, unknown>, expected: SuccessExpectation, report: Report): void {
  checkArn(body.functionArn, String(expected.echo.functionName), expected.arn, report);
  if (typeof body.functionId !== 'string' || body.functionId === '') {
    report({
      message: 'functionId is not a non-empty string',
      received: body.functionId,
      documented: 'aa715851-1c20-4b89-a8fb-…',
      reference: 'D.2',
    });
  }
}

function checkCode(
  body: Record<string, unknown>,
  code: Record<string, unknown> | undefined,
  report: Report,
  updated = false,
): void {
  // After an update the package is the body's, or else the stored one (lifecycle F.7, inferred).
  const source = updated
    ? { reference: 'lifecycle F.7, CF F', grade: 'inferred' as const }
    : { reference: 'F, D.2' };
  const zip = typeof code?.zipFile === 'string' ? referenceBase64(code.zipFile) : undefined;
  if (!zip) {
    if (typeof body.codeChecksum !== 'string' || !/^\d*$/.test(body.codeChecksum)) {
      report({
        message: 'codeChecksum is not a decimal string',
        received: body.codeChecksum,
        documented: '<decimal CRC-64/XZ>',
        reference: 'F',
      });
    }
    return;
  }
  const checksum = referenceCrc64Xz(zip);
  if (body.codeChecksum !== checksum) {
    report({
      message: `codeChecksum ${quoted(body.codeChecksum)} is not the CRC-64/XZ of the ZIP (${checksum})`,
      received: body.codeChecksum,
      documented: checksum,
      ...source,
    });
  }
  if (body.codeSize !== zip.byteLength) {
    report({
      message: `codeSize ${quoted(body.codeSize)} is not the ZIP's ${zip.byteLength} bytes`,
      received: body.codeSize,
      documented: zip.byteLength,
      ...source,
    });
  }
}

function checkTimes(body: Record<string, unknown>, input: CheckInput, report: Report): void {
  const { createdTime, lastModifiedTime } = body;
  const kind = input.contractCase.expect.success?.kind ?? 'created';
  for (const [field, value] of [
    ['createdTime', createdTime],
    ['lastModifiedTime', lastModifiedTime],
  ] as const) {
    if (typeof value !== 'string' || !ISO_UTC.test(value) || Number.isNaN(Date.parse(value))) {
      report({
        message: `${field} ${quoted(value)} is not ISO-8601 UTC`,
        received: value,
        documented: '2023-04-01T08:15:27Z',
        reference: 'D.2',
      });
    }
  }
  if (kind === 'created' && createdTime !== lastModifiedTime) {
    report({
      message: 'lastModifiedTime differs from createdTime right after create',
      received: lastModifiedTime,
      documented: createdTime,
      reference: 'D.2',
      grade: 'inferred',
    });
  }
  if (kind === 'read') return;
  // A create stamps createdTime, an update lastModifiedTime (lifecycle F.7), both "now".
  const [field, value] =
    kind === 'created' ? ['createdTime', createdTime] : ['lastModifiedTime', lastModifiedTime];
  const now = input.exchange.at.getTime() + (input.clockOffsetMs ?? 0);
  const skew = Math.abs(Date.parse(String(value)) - now);
  if (typeof value === 'string' && ISO_UTC.test(value) && !(skew <= input.clockToleranceMs)) {
    report({
      message: `${field} ${value} is ${Math.round(skew / 1000)} s away from now`,
      received: value,
      documented: new Date(now).toISOString(),
      reference: kind === 'created' ? 'D.2' : 'lifecycle F.7',
      grade: 'inferred',
    });
  }
}

// Preparation may still run (Pending/InProgress) or be done (Active/Successful); a code package
// may skip the pending phase (D.4, inferred), an image never does.
function checkState(body: Record<string, unknown>, container: boolean, report: Report): void {
  const pair = `${String(body.state)}/${String(body.lastUpdateStatus)}`;
  const allowed = container ? ['Pending/InProgress'] : ['Pending/InProgress', 'Active/Successful'];
  if (!allowed.includes(pair)) {
    report({
      message: `state/lastUpdateStatus ${pair} is not a state right after create`,
      received: pair,
      documented: allowed,
      reference: 'D.4',
    });
  }
}

/**
 * Whether a failure is the "timestamp is not now" one of {@link computedFieldsCheck} (the runner
 * explains it when the target's clock was moved).
 *
 * @example
 * report.results.flatMap((r) => r.failures).filter(isTimestampFailure);
 */
export function isTimestampFailure(failure: CheckFailure): boolean {
  return failure.check === 'computedFields' && / s away from now$/.test(failure.message);
}

/**
 * Fails for each computed field that is missing or wrong.
 *
 * @example
 * computedFieldsCheck.run(input);
 */
export const computedFieldsCheck: ContractCheck = {
  name: 'computedFields',
  applies: (c) => c.expect.success !== undefined,
  run(input) {
    const body = asObject(input.json);
    const expected = input.contractCase.expect.success;
    const echo = expected?.echo;
    if (input.exchange.response.status !== 200 || !body || !expected || !echo) return [];
    const out: CheckFailure[] = [];
    const report: Report = (options) => out.push(failure('computedFields', options));
    checkIdentity(body, expected, report);
    checkCode(body, asObject(echo.code), report, expected.kind === 'updated');
    checkTimes(body, input, report);
    // Later answers are judged by the case's `states` (the lifecycle moves on).
    if ((expected.kind ?? 'created') === 'created')
      checkState(body, echo.runtime === 'custom-container', report);
    return out;
  },
};
