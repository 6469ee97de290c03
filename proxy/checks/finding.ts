/**
 * A finding of the proxy: a contract check failure that also says whose fault it is — `client`
 * (what the client sent breaks the spec or a rule) or `server` (what the upstream answered differs
 * from the documentation). Check names carry the side: `client.rule`, `server.echo`.
 */
import { type FailureOptions, failure } from '../../contracts/checks/check.ts';
import type { CheckFailure } from '../../contracts/types.ts';

/** Whose side of the exchange a finding is about. */
export type Side = 'client' | 'server';

/**
 * One finding.
 *
 * @example
 * const finding: Finding = { side: 'server', check: 'server.status', message: '…', received: 201,
 *   documented: [200], reference: 'D.1', grade: 'inferred' };
 */
export interface Finding extends CheckFailure {
  side: Side;
}

/**
 * Builds a finding for `side`, named `<side>.<check>`.
 *
 * @example
 * finding('client', 'contentSha256', { message: 'hash differs', received: 'ab…', documented: 'cd…', reference: 'A.4' });
 */
export function finding(side: Side, check: string, options: FailureOptions): Finding {
  return { side, ...failure(`${side}.${check}`, options) };
}

/**
 * A contract-suite failure seen by the proxy, as a server-side finding.
 *
 * @example
 * const findings = statusCheck.run(input).map(serverFinding);
 */
export function serverFinding(failed: CheckFailure): Finding {
  return { side: 'server', ...failed, check: `server.${failed.check}` };
}
