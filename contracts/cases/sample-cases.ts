/**
 * Cases around the documented sample response (reference D.2, D.3, D.4, F): a create that mirrors
 * the sample, a container create, the smallest create (defaults) and the "clearing" values (B.3).
 */
import type { ContractCase, Fact } from '../types.ts';
import { createRequest, fact, type Naming, requestExample } from './context.ts';

interface SampleSpec {
  id: string;
  /** The spec's request example the input starts from. */
  example: string;
  title: string;
  fact: Fact;
  sample?: 'code' | 'container';
}

const SAMPLE_SPECS: readonly SampleSpec[] = [
  {
    id: 'sample.code-package',
    example: 'sample',
    title:
      'A create mirroring the documented sample answers with every sample field, echo and computed values',
    sample: 'code',
    fact: fact({
      reference: 'D.2, D.3, D.4, F',
      statement:
        'the answer is the Function: every field of the documented sample with its type, the input echoed, ' +
        'defaults filled, ARN, CRC-64/XZ checksum, code size, ISO-8601 UTC timestamps and state computed',
    }),
  },
  {
    id: 'sample.custom-container',
    example: 'container',
    title: 'A custom-container create answers with the container fields of the sample',
    sample: 'container',
    fact: fact({
      reference: 'B.2, D.2, D.4',
      statement:
        'a container function reports customContainerConfig (with resolvedImageUri, accelerationInfo) and a preparing state',
    }),
  },
  {
    id: 'sample.minimal-defaults',
    example: 'minimal',
    title: 'The smallest valid create gets the documented defaults',
    fact: fact({
      reference: 'D.3',
      statement: 'omitted fields come back with the service defaults (timeout 3, internetAccess true, …)',
    }),
  },
  {
    id: 'sample.clearing-values',
    example: 'clearing',
    title: 'Empty "clearing" values are accepted and echoed',
    fact: fact({
      reference: 'B.3',
      statement: 'empty strings, lists and zero ids sent by Serverless Devs are accepted',
    }),
  },
];

/**
 * The sample cases of one run.
 *
 * @example
 * sampleCases(createNaming({ prefix: 'ct', runId: 'r1' })).map((c) => c.id);
 */
export function sampleCases(naming: Naming): ContractCase[] {
  return SAMPLE_SPECS.map((spec) => {
    const input = { ...requestExample(spec.example), functionName: naming.next(spec.example) };
    const success = spec.sample ? { echo: input, sample: spec.sample } : { echo: input };
    return {
      id: spec.id,
      title: spec.title,
      fact: spec.fact,
      request: createRequest(input),
      // 200 itself is inferred (D.1, ADR 001); the body is documented.
      expect: { status: 200, statusGrade: 'inferred', success },
    };
  });
}
