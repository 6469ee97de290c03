/**
 * A faithful stand-in for Serverless Devs' `s deploy` and `s remove` of one function (devsapp/fc3,
 * lifecycle reference H.1 and H.2): the same calls in the same order, made with the clients
 * devsapp uses, unmodified: the official SDK for FC 3.0, `@alicloud/fc2` for `tempBucketToken`
 * and `ali-oss` for the upload of the zipped code folder. The same branching: create vs update on
 * the remote read, skipping the upload when the zip's CRC-64 equals the remote `codeChecksum`,
 * tags diffed against the remote ones, triggers created or updated (`TriggerAlreadyExists` →
 * update), a custom container polled every 2 s until ready, `info` reading the HTTP trigger's
 * addresses, and `remove`'s retried delete (serverless-devs-remove.ts). Reads whose errors devsapp swallows are made and their errors swallowed.
 * Waiting goes through `wait(ms)`, so a test can move the emulator's clock instead of sleeping.
 */
import { readFileSync } from 'node:fs';
import * as fc from '@alicloud/fc20230330';
import OSS from 'ali-oss';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { deleteFunctionWithRetry } from './serverless-devs-remove.ts';
import {
  deployTriggers,
  infoTriggers,
  readTriggers,
  removeTriggers,
  type TriggerProps,
} from './serverless-devs-triggers.ts';
import { removeVersions } from './serverless-devs-versions.ts';

type Client = InstanceType<(typeof fc.default)['default']>;

/** The one FC 2.0 call devsapp makes (`@alicloud/fc2`'s client). */
export interface Fc2Client {
  getTempBucketToken(): Promise<{
    data: {
      credentials: { AccessKeyId: string; AccessKeySecret: string; SecurityToken: string };
      ossBucket: string;
      objectName: string;
    };
  }>;
}

/** The function part of an `s.yaml`, as devsapp holds it after zipping `code`. */
export interface FunctionProps {
  functionName: string;
  runtime: string;
  handler: string;
  description?: string;
  memorySize?: number;
  /** The zip devsapp made of the `code` folder, on disk. */
  codeZip?: string;
  customContainerConfig?: { image: string };
  tags?: Array<{ key: string; value: string }>;
  /** The YAML `resourceGroupId`: a create sends it, an update moves the function when it differs. */
  resourceGroupId?: string;
  triggers?: TriggerProps[];
  /** `s sync` writes the function's read-back config here too (serverless-devs-sync.ts). */
  customRuntimeConfig?: { command?: string[]; args?: string[] };
  [key: string]: unknown;
}

/** What the stand-in needs: the clients, where OSS is (`FC_CODE_TEMP_OSS_ENDPOINT`), a way to wait. */
export interface DevsIo {
  client: Client;
  fc2: Fc2Client;
  accountId: string;
  ossEndpoint: string;
  wait(ms: number): Promise<void>;
}

/** How a deploy went: the path taken, whether code was uploaded, `info`'s function and URL. */
export interface DeployResult {
  path: 'create' | 'update';
  uploaded: boolean;
  info: fc.Function | undefined;
  url: { system_url?: string; system_intranet_url?: string } | undefined;
}

const POLL_MS = 2000;
const MAX_FAILED_READS = 3;

/** devsapp's FC_RESOURCES_EMPTY_CONFIG defaults, sent "to overwrite the online config" (C.2, CF B.3). */
const EMPTY_CONFIG = {
  description: '',
  environmentVariables: {},
  instanceIsolationMode: 'SHARE',
  internetAccess: true,
  layers: [],
  logConfig: {
    enableInstanceMetrics: false,
    enableRequestMetrics: false,
    logBeginRule: 'None',
    logstore: '',
    project: '',
  },
  nasConfig: { groupId: 0, mountPoints: [], userId: 0 },
  ossMountConfig: { mountPoints: [] },
  role: '',
  sessionAffinity: 'NONE',
  tracingConfig: {},
  vpcConfig: { securityGroupId: '', vSwitchIds: [], vpcId: '' },
};

const errorCode = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/** devsapp logs and carries on (H.1 phase 1, H.2 discovery). */
export async function swallow<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch {
    return undefined;
  }
}

async function remote(client: Client, name: string): Promise<fc.Function | undefined | 'unknown'> {
  try {
    return (await client.getFunction(name, new fc.GetFunctionRequest({}))).body;
  } catch (error) {
    return errorCode(error) === 'FunctionNotFound' ? undefined : 'unknown';
  }
}

/** H.1 step 9: upload the zip unless its CRC-64 is the remote checksum; the OSS pair, or none. */
async function uploadCode(io: DevsIo, props: FunctionProps, remoteChecksum: string | undefined) {
  if (!props.codeZip) return undefined;
  if (crc64XzDecimal(readFileSync(props.codeZip)) === remoteChecksum) return undefined;
  const { credentials, ossBucket, objectName } = (await io.fc2.getTempBucketToken()).data;
  const oss = new OSS({
    endpoint: io.ossEndpoint,
    accessKeyId: credentials.AccessKeyId,
    accessKeySecret: credentials.AccessKeySecret,
    stsToken: credentials.SecurityToken,
    bucket: ossBucket,
    timeout: 10_000,
  });
  const ossObjectName = `${io.accountId}/${objectName}`;
  await oss.put(ossObjectName, props.codeZip);
  return { ossBucketName: ossBucket, ossObjectName };
}

function body(props: FunctionProps, code: { ossBucketName: string; ossObjectName: string } | undefined) {
  const { codeZip: _zip, customContainerConfig, tags, triggers: _triggers, ...rest } = props;
  const config: Record<string, unknown> = { ...EMPTY_CONFIG, ...rest };
  if (code) config.code = new fc.InputCodeLocation(code);
  if (tags) config.tags = tags.map((tag) => new fc.Tag(tag));
  if (customContainerConfig)
    config.customContainerConfig = new fc.CustomContainerConfig({
      ...customContainerConfig,
      command: [],
      entrypoint: [],
    });
  return config;
}

/** devsapp's wait for a custom container (F.5): poll while Pending or InProgress; 3 Failed reads throw. */
async function waitUntilReady(io: DevsIo, name: string): Promise<void> {
  let failedReads = 0;
  for (;;) {
    const fn = (await io.client.getFunction(name, new fc.GetFunctionRequest({}))).body;
    if (fn?.state === 'Failed' && ++failedReads >= MAX_FAILED_READS) {
      throw new Error(
        `retry to wait function state ok failed reach ${MAX_FAILED_READS} times: ${fn.stateReason}`,
      );
    }
    if (fn?.state !== 'Pending' && fn?.lastUpdateStatus !== 'InProgress' && fn?.state !== 'Failed') return;
    await io.wait(POLL_MS);
  }
}

async function readSubResources(client: Client, name: string): Promise<void> {
  await swallow(() =>
    client.getAsyncInvokeConfig(name, new fc.GetAsyncInvokeConfigRequest({ qualifier: 'LATEST' })),
  );
  await swallow(() => client.listVpcBindings(name));
  await swallow(() => client.getScalingConfig(name, new fc.GetScalingConfigRequest({ qualifier: 'LATEST' })));
  await swallow(() => client.getConcurrencyConfig(name));
}

/** H.1 step 13: the tag diff against the remote tags, then the update. */
async function update(io: DevsIo, props: FunctionProps, online: fc.Function, code: object | undefined) {
  const remoteTags = online.tags ?? [];
  const local = props.tags ?? [];
  const removed = remoteTags
    .filter((tag) => !local.some((own) => own.key === tag.key))
    .map((tag) => tag.key as string);
  const added = local.filter(
    (tag) => !remoteTags.some((own) => own.key === tag.key && own.value === tag.value),
  );
  const resourceId = [online.functionArn as string];
  if (removed.length > 0)
    await io.client.untagResources(
      new fc.UntagResourcesRequest({ resourceId, resourceType: 'function', tagKey: removed }),
    );
  if (added.length > 0) {
    const tag = added.map((pair) => new fc.Tag(pair));
    await io.client.tagResources(
      new fc.TagResourcesRequest({
        body: new fc.TagResourcesInput({ resourceId, resourceType: 'FUNCTION', tag }),
      }),
    );
  }
  const { tags: _tags, ...config } = body(props, code as never);
  // H.1 step 13: the update defaults a custom runtime block's command and args to [].
  if (props.customRuntimeConfig)
    config.customRuntimeConfig = new fc.CustomRuntimeConfig({
      command: [],
      args: [],
      ...props.customRuntimeConfig,
    });
  await io.client.updateFunction(
    props.functionName,
    new fc.UpdateFunctionRequest({ body: new fc.UpdateFunctionInput(config) }),
  );
  await moveGroup(io, props, online);
}

/** H.1 step 13, last: a YAML `resourceGroupId` other than the remote one → ChangeResourceGroup, 200 expected. */
async function moveGroup(io: DevsIo, props: FunctionProps, online: fc.Function): Promise<void> {
  const wanted = props.resourceGroupId;
  if (!wanted || wanted === online.resourceGroupId) return;
  const input = new fc.ChangeResourceGroupInput({
    newResourceGroupId: wanted,
    resourceId: props.functionName,
    resourceType: 'function',
  });
  const moved = await io.client.changeResourceGroup(new fc.ChangeResourceGroupRequest({ body: input }));
  if (moved.statusCode !== 200) throw new Error(`change resource group answered ${moved.statusCode}`);
}

async function deployFunction(
  io: DevsIo,
  props: FunctionProps,
  code: object | undefined,
): Promise<DeployResult['path']> {
  const online = await remote(io.client, props.functionName); // 11.
  if (online !== undefined && online !== 'unknown') {
    await update(io, props, online, code);
    return 'update';
  }
  try {
    await io.client.createFunction(
      new fc.CreateFunctionRequest({ body: new fc.CreateFunctionInput(body(props, code as never)) }),
    );
    return 'create';
  } catch (error) {
    if (errorCode(error) !== 'FunctionAlreadyExists') throw error;
    const again = await remote(io.client, props.functionName);
    await update(io, props, again as fc.Function, code);
    return 'update';
  }
}

/**
 * `s deploy` of one function with its triggers (H.1 phases 1–4).
 *
 * @example
 * const result = await sDeploy(io, { functionName: 'f', runtime: 'nodejs20', handler: 'index.handler', codeZip });
 */
export async function sDeploy(io: DevsIo, props: FunctionProps): Promise<DeployResult> {
  const { client } = io;
  const name = props.functionName;
  const triggers = props.triggers ?? [];
  const first = await remote(client, name); // 1. remote config for the plan
  await readTriggers(client, name, triggers); // 2.
  await readSubResources(client, name); // 3, 4, 6, 7
  const code = await uploadCode(io, props, typeof first === 'object' ? first.codeChecksum : undefined); // 9.
  const path = await deployFunction(io, props, code); // 11–13
  if (props.runtime === 'custom-container') await waitUntilReady(io, name);
  await deployTriggers(client, name, triggers); // phase 3
  const info = (await client.getFunction(name, new fc.GetFunctionRequest({}))).body; // phase 4
  const url = await infoTriggers(client, name, triggers);
  return { path, uploaded: code !== undefined, info, url };
}

/**
 * `s remove` of one function (H.2): discovery reads, the triggers, the aliases and versions, then
 * the function, retried as devsapp does while a provision or resident scaling config holds it.
 *
 * @example
 * await sRemove(io, 'f'); // false when there was nothing to remove
 */
export async function sRemove(io: DevsIo, name: string): Promise<boolean> {
  const { client } = io;
  if ((await remote(client, name)) === undefined) return false;
  await swallow(() => client.listVpcBindings(name));
  await swallow(() =>
    client.listScalingConfigs(new fc.ListScalingConfigsRequest({ functionName: name, limit: 100 })),
  );
  await swallow(() => client.getConcurrencyConfig(name));
  const versions = await removeVersions.discover(client, name);
  const triggers = await removeTriggers.discover(client, name);
  await swallow(() =>
    client.listAsyncInvokeConfigs(new fc.ListAsyncInvokeConfigsRequest({ functionName: name, limit: 100 })),
  );
  await removeTriggers.delete(client, name, triggers);
  await removeVersions.delete(client, name, versions);
  await deleteFunctionWithRetry(io, name);
  return true;
}
