/**
 * The check every function that accepts a contract target runs first: `mswTarget` and
 * `nockTarget` are asynchronous, and their promise passed on unawaited would otherwise run the
 * whole suite against `undefined` and fail every case as a transport error.
 */
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import type { ContractTarget } from '../types.ts';

function isThenable(value: unknown): boolean {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * Throws {@link Fc3TestkitError} unless `value` is a contract target (`name`, `baseUrl`, `send`);
 * a promise gets a message saying to await it.
 *
 * @example
 * checkTarget('runContractSuite', await mswTarget()); // passes
 * checkTarget('runContractSuite', mswTarget()); // throws: the target is a Promise
 */
export function checkTarget(caller: string, value: unknown): asserts value is ContractTarget {
  if (isThenable(value)) {
    throw new Fc3TestkitError(
      `${caller}: the target is a Promise, not a target; mswTarget(…) and nockTarget(…) are asynchronous: await mswTarget(…) (or nockTarget(…)) first and pass what it resolves to`,
    );
  }
  const target = value as Partial<ContractTarget> | null;
  const valid =
    typeof value === 'object' &&
    target !== null &&
    typeof target.name === 'string' &&
    typeof target.baseUrl === 'string' &&
    typeof target.send === 'function';
  if (!valid) {
    throw new Fc3TestkitError(
      `${caller}: expected a contract target ({ name, baseUrl, send }, e.g. httpTarget({ baseUrl }), emulatorTarget(emulator) or await mswTarget()), got ${value === null ? 'null' : typeof value}`,
    );
  }
}
