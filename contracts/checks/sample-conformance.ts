/**
 * `sampleConformance`: a success body has every field of the documented sample response, each
 * with the sample's JSON type (reference D.2; sample in spec/openapi.yaml).
 */
import { sampleResponse } from '../cases/context.ts';
import type { CheckFailure } from '../types.ts';
import type { ContractCheck } from './check.ts';
import { asObject, failure, jsonType } from './check.ts';

// Fields the quirk register (x-fc-doc-quirks) says do not belong to that kind of function: their
// presence is not required, but their type is still checked when present.
const NOT_REQUIRED: Record<'code' | 'container', ReadonlySet<string>> = {
  code: new Set(['customContainerConfig', 'gpuConfig', 'customRuntimeConfig']),
  container: new Set(['customRuntimeConfig', 'gpuConfig']),
};

interface CompareOptions {
  sample: unknown;
  received: unknown;
  path: string;
  out: CheckFailure[];
}

function compareTypes({ sample, received, path, out }: CompareOptions): void {
  const want = jsonType(sample);
  const got = jsonType(received);
  if (want !== got) {
    out.push(
      failure('sampleConformance', {
        message: `${path} is ${got}, the sample has ${want}`,
        received,
        documented: sample,
        reference: 'D.2',
      }),
    );
    return;
  }
  if (want === 'array') {
    const first = (sample as unknown[])[0];
    (received as unknown[]).forEach((item, i) => {
      if (first !== undefined) compareTypes({ sample: first, received: item, path: `${path}[${i}]`, out });
    });
  } else if (want === 'object') {
    for (const [key, value] of Object.entries(received as Record<string, unknown>)) {
      const expected = (sample as Record<string, unknown>)[key];
      if (expected !== undefined)
        compareTypes({ sample: expected, received: value, path: `${path}.${key}`, out });
    }
  }
}

/**
 * Fails for each sample field that is missing or has another JSON type (nested fields are
 * compared wherever both sides have them).
 *
 * @example
 * sampleConformanceCheck.run(input);
 */
export const sampleConformanceCheck: ContractCheck = {
  name: 'sampleConformance',
  applies: (c) => c.expect.success?.sample !== undefined,
  run({ contractCase, json, exchange }) {
    const body = asObject(json);
    if (exchange.response.status !== 200 || !body) return [];
    const flavour = contractCase.expect.success?.sample ?? 'code';
    const out: CheckFailure[] = [];
    for (const [key, value] of Object.entries(sampleResponse())) {
      if (!(key in body)) {
        if (!NOT_REQUIRED[flavour].has(key)) {
          out.push(
            failure('sampleConformance', {
              message: `sample field ${key} is missing`,
              received: undefined,
              documented: value,
              reference: 'D.2',
            }),
          );
        }
        continue;
      }
      compareTypes({ sample: value, received: body[key], path: key, out });
    }
    return out;
  },
};
