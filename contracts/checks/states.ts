/**
 * `states`: the lifecycle fields of a Function answer (lifecycle F.1, F.2, F.6): `Pending` with
 * reason code `Creating` right after a custom-container create, `Active` once prepared, an update
 * `InProgress` while the new image is optimised, and so on.
 */
import type { ContractCheck } from './check.ts';
import { asObject, failure, quoted } from './check.ts';

function fieldValue(body: Record<string, unknown>, field: string): unknown {
  if (field !== 'accelerationStatus') return body[field];
  return asObject(asObject(asObject(body.customContainerConfig)?.accelerationInfo))?.status;
}

/**
 * Fails for every state field that does not hold an expected value.
 *
 * @example
 * statesCheck.run(input); // [] for {"state":"Pending","stateReasonCode":"Creating",…} right after create
 */
export const statesCheck: ContractCheck = {
  name: 'states',
  applies: (c) => (c.expect.states?.length ?? 0) > 0,
  run({ contractCase, json, exchange }) {
    const body = asObject(json);
    if (!body || exchange.response.status !== 200) return [];
    return (contractCase.expect.states ?? []).flatMap(({ field, value, reference, grade }) => {
      const allowed = Array.isArray(value) ? value : [value];
      const got = fieldValue(body, field);
      if (allowed.includes(String(got)) && typeof got === 'string') return [];
      const shown = field === 'accelerationStatus' ? 'customContainerConfig.accelerationInfo.status' : field;
      return [
        failure('states', {
          message: `${shown} is ${quoted(got)}, expected ${allowed.map((v) => quoted(v)).join(' or ')}`,
          received: got,
          documented: value,
          reference,
          grade,
        }),
      ];
    });
  },
};
