/**
 * `echo`: a success body returns the request's configuration unchanged (reference D.2, G.10):
 * every known input field, with layers turned into `{arn, size}` objects and the code package
 * never returned.
 */
import { specDocument } from '../../generated/spec-document.ts';
import type { CheckFailure } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, quoted } from './check.ts';
import { sameJson } from './same-json.ts';

const KNOWN = new Set(
  Object.keys(
    (specDocument as { components: { schemas: { CreateFunctionInput: { properties: object } } } }).components
      .schemas.CreateFunctionInput.properties,
  ),
);
// Masked by the service (inferred from the sample's `abc***`): judged by the `masking` check.
const MASKED = new Set(['customContainerConfig.registryConfig.authConfig.password']);

/** One field that did not come back as sent. */
export interface Mismatch {
  path: string;
  given: unknown;
  received: unknown;
}

/**
 * The fields of `given` that `received` does not repeat: objects compare key by key (extra
 * received keys are fine), arrays item by item with the same length, the rest by value.
 *
 * @example
 * subsetMismatches({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3, d: 4 } }, ''); // [{ path: 'b.c', given: 2, received: 3 }]
 */
export function subsetMismatches(given: unknown, received: unknown, path: string): Mismatch[] {
  if (MASKED.has(path)) return [];
  const here = [{ path, given, received }];
  if (Array.isArray(given)) {
    if (!Array.isArray(received) || received.length !== given.length) return here;
    return given.flatMap((item, i) => subsetMismatches(item, received[i], `${path}[${i}]`));
  }
  if (typeof given === 'object' && given !== null) {
    const object = asObject(received);
    if (!object) return here;
    const prefix = path === '' ? '' : `${path}.`;
    return Object.entries(given).flatMap(([key, value]) =>
      subsetMismatches(value, object[key], `${prefix}${key}`),
    );
  }
  return given === received ? [] : here;
}

// After an update, the echo is the merged configuration (lifecycle C.2, F.7: inferred).
const ECHO = { reference: 'D.2' };
const MERGED = { reference: 'lifecycle C.2, F.7', grade: 'inferred' as const };

function mismatchOf(updated: boolean) {
  return ({ given, received, path }: Mismatch): CheckFailure =>
    failure('echo', {
      message: `${path} was not echoed: sent ${quoted(given)}, got ${quoted(received)}`,
      received,
      documented: given,
      ...(updated ? MERGED : ECHO),
    });
}

function checkLayers(layers: unknown, received: unknown, out: CheckFailure[]): void {
  if (!Array.isArray(layers)) return;
  const arns = Array.isArray(received) ? received.map((layer) => asObject(layer)?.arn) : received;
  if (!sameJson(arns, layers)) {
    out.push(
      failure('echo', {
        message: 'layers are not echoed as {arn, size} objects in request order',
        received,
        documented: layers.map((arn) => ({ arn, size: '<integer>' })),
        reference: 'D.2, G.10',
      }),
    );
  }
}

/**
 * Fails for every input field not returned as sent, and when the body contains the code package.
 *
 * @example
 * echoCheck.run(input);
 */
export const echoCheck: ContractCheck = {
  name: 'echo',
  applies: (c) => c.expect.success !== undefined,
  run({ contractCase, json, exchange }) {
    const body = asObject(json);
    const echo = contractCase.expect.success?.echo;
    if (exchange.response.status !== 200 || !body || !echo) return [];
    const out: CheckFailure[] = [];
    const mismatch = mismatchOf(contractCase.expect.success?.kind === 'updated');
    for (const [key, value] of Object.entries(echo)) {
      if (!KNOWN.has(key) || key === 'code') continue;
      if (key === 'layers') checkLayers(value, body.layers, out);
      else out.push(...subsetMismatches(value, body[key], key).map(mismatch));
    }
    const contains = Object.entries(contractCase.expect.success?.contains ?? {});
    for (const [key, value] of contains) {
      const missed = subsetMismatches(value, body[key], key).map(({ path, given, received }) =>
        failure('echo', {
          message: `${path} is ${quoted(received)}, expected ${quoted(given)}`,
          received,
          documented: given,
          reference: contractCase.fact.reference,
          grade: contractCase.fact.grade,
        }),
      );
      out.push(...missed);
    }
    for (const [key, value] of Object.entries(contractCase.expect.success?.exact ?? {})) {
      if (sameJson(value, body[key])) continue;
      out.push(
        failure('echo', {
          message: `${key} is ${quoted(body[key])}, expected exactly ${quoted(value)} (an update replaces a top-level key whole)`,
          received: body[key],
          documented: value,
          ...MERGED,
        }),
      );
    }
    for (const secret of ['code', 'zipFile']) {
      if (secret in body) {
        out.push(
          failure('echo', {
            message: `the body returns ${secret}; the code package is never returned`,
            received: Object.keys(body),
            documented: 'no code / zipFile',
            reference: 'D.2',
          }),
        );
      }
    }
    return out;
  },
};
