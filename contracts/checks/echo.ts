/**
 * `echo`: a success body returns the request's configuration unchanged (reference D.2, G.10):
 * every known input field, with layers turned into `{arn, size}` objects and the code package
 * never returned.
 */
import { specDocument } from '../../generated/spec-document.ts';
import type { CheckFailure } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure } from './check.ts';

const KNOWN = new Set(
  Object.keys(
    (specDocument as { components: { schemas: { CreateFunctionInput: { properties: object } } } }).components
      .schemas.CreateFunctionInput.properties,
  ),
);
// Masked by the service (inferred from the sample's `abc***`): judged by the `masking` check.
const MASKED = new Set(['customContainerConfig.registryConfig.authConfig.password']);

interface SubsetOptions {
  given: unknown;
  received: unknown;
  path: string;
  out: CheckFailure[];
}

function mismatch({ given, received, path, out }: SubsetOptions): void {
  out.push(
    failure('echo', {
      message: `${path} was not echoed: sent ${JSON.stringify(given)}, got ${JSON.stringify(received)}`,
      received,
      documented: given,
      reference: 'D.2',
    }),
  );
}

function compareSubset(options: SubsetOptions): void {
  const { given, received, path, out } = options;
  if (MASKED.has(path)) return;
  if (Array.isArray(given)) {
    if (!Array.isArray(received) || received.length !== given.length) {
      mismatch(options);
      return;
    }
    for (const [i, item] of given.entries())
      compareSubset({ given: item, received: received[i], path: `${path}[${i}]`, out });
    return;
  }
  if (typeof given === 'object' && given !== null) {
    const object = asObject(received);
    if (!object) {
      mismatch(options);
      return;
    }
    for (const [key, value] of Object.entries(given)) {
      compareSubset({ given: value, received: object[key], path: `${path}.${key}`, out });
    }
    return;
  }
  if (given !== received) mismatch(options);
}

function checkLayers(layers: unknown, received: unknown, out: CheckFailure[]): void {
  if (!Array.isArray(layers)) return;
  const arns = Array.isArray(received) ? received.map((layer) => asObject(layer)?.arn) : received;
  if (JSON.stringify(arns) !== JSON.stringify(layers)) {
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
    for (const [key, value] of Object.entries(echo)) {
      if (!KNOWN.has(key) || key === 'code') continue;
      if (key === 'layers') checkLayers(value, body.layers, out);
      else compareSubset({ given: value, received: body[key], path: key, out });
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
