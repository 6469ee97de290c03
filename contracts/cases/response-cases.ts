/**
 * Values the service derives instead of echoing: the ARN's region and account from the FC host a
 * request addresses (reference A.2, D.2), and the masked registry password (D.2).
 */
import type { ContractCase } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';

/** One real FC host form of reference A.2 and the region/account an ARN must then carry. */
interface HostForm {
  id: string;
  host: string;
  regionId: string;
  /** Only the account-scoped forms name an account. */
  accountId?: string;
  title: string;
}

const ACCOUNT = '5550000000000042';

const HOST_FORMS: readonly HostForm[] = [
  {
    id: 'endpoint.account-host',
    host: `${ACCOUNT}.cn-beijing.fc.aliyuncs.com`,
    regionId: 'cn-beijing',
    accountId: ACCOUNT,
    title: 'A create on <accountId>.<region>.fc.aliyuncs.com gets an ARN of that region and account',
  },
  {
    id: 'endpoint.account-host-internal',
    host: `${ACCOUNT}.cn-shanghai-internal.fc.aliyuncs.com`,
    regionId: 'cn-shanghai',
    accountId: ACCOUNT,
    title:
      'A create on the internal <accountId>.<region>-internal.fc.aliyuncs.com gets that region and account',
  },
  {
    id: 'endpoint.gateway-host',
    host: 'fcv3.ap-southeast-1.aliyuncs.com',
    regionId: 'ap-southeast-1',
    title: 'A create on the OpenAPI gateway fcv3.<region>.aliyuncs.com gets an ARN of that region',
  },
  {
    id: 'endpoint.regional-host',
    host: 'me-central-1.fc.aliyuncs.com',
    regionId: 'me-central-1',
    title: 'A create on the regional <region>.fc.aliyuncs.com form gets an ARN of that region',
  },
];

const HOST_FACT = fact({
  reference: 'A.2, D.2',
  statement:
    'functionArn is acs:fc:<region>:<accountId>:functions/<name> for the region (and account) of the FC endpoint addressed',
});

function hostCase(form: HostForm, naming: Naming): ContractCase {
  const input = baseInput('builtin', naming.next('host'));
  const arn = form.accountId
    ? { regionId: form.regionId, accountId: form.accountId }
    : { regionId: form.regionId };
  return {
    id: form.id,
    title: form.title,
    fact: HOST_FACT,
    request: createRequest(input, { host: form.host }),
    // 200 itself is inferred (D.1); the ARN format is documented.
    expect: { status: 200, statusGrade: 'inferred', success: { echo: input, arn } },
    needs: ['fc-host'],
  };
}

function maskingCase(naming: Naming): ContractCase {
  const input = baseInput('container', naming.next('masked'));
  const container = input.customContainerConfig as Record<string, unknown>;
  container.registryConfig = { authConfig: { userName: 'admin', password: 'Registry-Secret-42' } };
  return {
    id: 'masking.registry-password',
    title: 'A registry password comes back masked (first characters, then ***), never in clear',
    fact: fact({
      reference: 'D.2',
      statement:
        'customContainerConfig.registryConfig.authConfig.password is returned masked, like the sample abc***',
      grade: 'inferred',
    }),
    request: createRequest(input),
    expect: { status: 200, statusGrade: 'inferred', success: { echo: input } },
  };
}

/**
 * The host-addressed ARN cases and the masking case of one run.
 *
 * @example
 * responseCases(naming).map((c) => c.id); // ['endpoint.account-host', …, 'masking.registry-password']
 */
export function responseCases(naming: Naming): ContractCase[] {
  return [...HOST_FORMS.map((form) => hostCase(form, naming)), maskingCase(naming)];
}
