/**
 * ADR 054's mapping of a GetFunction read-back to the UpdateFunction body that sends it back, as
 * devsapp's `sync` makes it: the one copy, used by the contract suite's `bodyFrom` steps and by
 * test/core/read-back.test.ts.
 */
import { LISTING_OMITS } from '../checks/listing.ts';

type Json = Record<string, unknown>;

/**
 * Fields a read-back carries that UpdateFunction does not take: service-owned (lifecycle F.7),
 * the six state fields among them, and those of their own APIs (tags, resource group,
 * invocation restriction).
 *
 * @example
 * READ_BACK_ONLY.includes('codeChecksum'); // true
 */
export const READ_BACK_ONLY: readonly string[] = [
  'functionId',
  'functionArn',
  'functionName',
  'createdTime',
  'lastModifiedTime',
  'codeSize',
  'codeChecksum',
  ...LISTING_OMITS,
  'tags',
  'resourceGroupId',
  'invocationRestriction',
  'lockInfo',
];

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The update body of a read-back (ADR 054): the fields of {@link READ_BACK_ONLY} left out,
 * `layers` as their ARNs in order, `customContainerConfig` without `resolvedImageUri` and
 * `accelerationInfo`; every other field as read, the empty shells included. A masked registry
 * password is sent as read (the suite knows no other). `readBack` itself is left as it is.
 *
 * @example
 * readBackAsUpdate({ functionName: 'f', cpu: 2, layers: [{ arn: 'acs:fc:…', size: 1 }] });
 * // { cpu: 2, layers: ['acs:fc:…'] }
 */
export function readBackAsUpdate(readBack: Json): Json {
  const body: Json = { ...readBack };
  for (const key of READ_BACK_ONLY) delete body[key];
  if (Array.isArray(readBack.layers))
    body.layers = readBack.layers.map((layer: unknown) => (isObject(layer) ? layer.arn : layer));
  if (isObject(body.customContainerConfig)) {
    const { resolvedImageUri: _uri, accelerationInfo: _info, ...given } = body.customContainerConfig;
    body.customContainerConfig = given;
  }
  return body;
}
