/**
 * A faithful stand-in for Serverless Devs' `s deploy` and `s remove` of one function (devsapp/fc3,
 * lifecycle reference H.1 and H.2): the same calls in the same order, made with the official SDK,
 * unmodified, with the same branching (create vs update on the remote read, skipping unchanged
 * code by its CRC-64, polling a custom container every 2 s until it is ready). Sub-resource reads
 * whose errors devsapp swallows are made and their errors swallowed. Waiting goes through
 * `wait(ms)`, so a test can move the emulator's clock instead of sleeping.
 */
import * as fc from '@alicloud/fc20230330';
import { decodeBase64 } from '../../mocks/core/base64.ts';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';

type Client = InstanceType<(typeof fc.default)['default']>;

/** The function part of an `s.yaml`, as plain fields of CreateFunctionInput. */
export interface FunctionProps {
  functionName: string;
  runtime: string;
  handler: string;
  description?: string;
  memorySize?: number;
  code?: { zipFile: string };
  customContainerConfig?: { image: string };
}

/** What the stand-in needs: the SDK client and a way to wait. */
export interface DevsIo {
  client: Client;
  wait(ms: number): Promise<void>;
}

/** How a deploy went: the path taken and the final GetFunction body (devsapp's `info`). */
export interface DeployResult {
  path: 'create' | 'update';
  codeSent: boolean;
  info: fc.Function | undefined;
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

async function swallow(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch {
    // devsapp logs and carries on (H.1 phase 1, H.2 discovery)
  }
}

async function remote(client: Client, name: string): Promise<fc.Function | undefined | 'unknown'> {
  try {
    return (await client.getFunction(name, new fc.GetFunctionRequest({}))).body;
  } catch (error) {
    return errorCode(error) === 'FunctionNotFound' ? undefined : 'unknown';
  }
}

function body(props: FunctionProps, withCode: boolean): Record<string, unknown> {
  const { code, customContainerConfig, ...rest } = props;
  const config: Record<string, unknown> = { ...EMPTY_CONFIG, ...rest };
  if (withCode && code) config.code = new fc.InputCodeLocation(code);
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

async function update(io: DevsIo, props: FunctionProps, online: fc.Function | undefined): Promise<boolean> {
  const local = props.code ? crc64XzDecimal(decodeBase64(props.code.zipFile) ?? new Uint8Array()) : undefined;
  const codeSent = local !== undefined && local !== online?.codeChecksum;
  const input = new fc.UpdateFunctionInput(body(props, codeSent));
  await io.client.updateFunction(props.functionName, new fc.UpdateFunctionRequest({ body: input }));
  return codeSent;
}

/**
 * `s deploy` of one function (H.1 phases 1, 2 and 4; no triggers or other resources).
 *
 * @example
 * const result = await sDeploy({ client, wait }, { functionName: 'f', runtime: 'nodejs20', handler: 'index.handler', code });
 */
export async function sDeploy(io: DevsIo, props: FunctionProps): Promise<DeployResult> {
  const { client } = io;
  const name = props.functionName;
  await remote(client, name); // 1. remote config for the plan
  await readSubResources(client, name); // 3, 4, 6, 7
  const online = await remote(client, name); // 11.
  const isImage = props.runtime === 'custom-container';
  let path: DeployResult['path'] = 'update';
  let codeSent = true;
  if (online === undefined || online === 'unknown') {
    try {
      await client.createFunction(
        new fc.CreateFunctionRequest({ body: new fc.CreateFunctionInput(body(props, true)) }),
      );
      path = 'create';
    } catch (error) {
      if (errorCode(error) !== 'FunctionAlreadyExists') throw error;
      codeSent = await update(io, props, undefined);
    }
  } else {
    codeSent = await update(io, props, online);
  }
  if (isImage) await waitUntilReady(io, name);
  const info = (await client.getFunction(name, new fc.GetFunctionRequest({}))).body; // phase 4
  return { path, codeSent, info };
}

/**
 * `s remove` of one function (H.2): discovery reads, then the delete.
 *
 * @example
 * await sRemove({ client, wait }, 'f'); // false when there was nothing to remove
 */
export async function sRemove(io: DevsIo, name: string): Promise<boolean> {
  const { client } = io;
  if ((await remote(client, name)) === undefined) return false;
  await swallow(() => client.listVpcBindings(name));
  await swallow(() =>
    client.listScalingConfigs(new fc.ListScalingConfigsRequest({ functionName: name, limit: 100 })),
  );
  await swallow(() => client.getConcurrencyConfig(name));
  await swallow(() => client.listAliases(name, new fc.ListAliasesRequest({ limit: 100 })));
  await swallow(() => client.listFunctionVersions(name, new fc.ListFunctionVersionsRequest({ limit: 100 })));
  await swallow(() => client.listTriggers(name, new fc.ListTriggersRequest({ limit: 10 })));
  await swallow(() =>
    client.listAsyncInvokeConfigs(new fc.ListAsyncInvokeConfigsRequest({ functionName: name, limit: 100 })),
  );
  await client.deleteFunction(name);
  return true;
}
