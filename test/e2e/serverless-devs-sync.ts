/**
 * The `s sync` part of the Serverless Devs stand-in (devsapp/fc3 `sync`; lifecycle H.3, I.1):
 * GetFunction with the qualifier, the triggers (`s remove`'s listing), the settings it reads and
 * swallows (async invoke, provision, scaling, concurrency, VPC bindings), then, unless the
 * function runs a custom container, GetFunctionCode with the qualifier and a plain HTTP GET of
 * its `url`, written to `<target>/<region>_<function>.zip` (devsapp extracts it there; this
 * stand-in keeps the archive, which is what the emulator answers).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from '@alicloud/fc20230330';
import { swallow } from './serverless-devs.ts';
import { removeTriggers } from './serverless-devs-triggers.ts';

type Client = InstanceType<(typeof fc.default)['default']>;

/** What `s sync` wrote: the function read, the props of its YAML and the package, if it downloaded one. */
export interface SyncResult {
  info: fc.Function | undefined;
  /** The function's props as `s sync` writes them into the YAML (lifecycle H.3; see {@link syncedProps}). */
  props: Record<string, unknown>;
  triggers: string[];
  /** The downloaded archive's path and bytes; undefined for a custom container. */
  code: { path: string; bytes: Buffer } | undefined;
}

const EMPTY = (value: unknown) =>
  value === undefined ||
  (Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0);

/**
 * The read-back as `s sync` keeps it (devsapp's getFunction in its "simple" form, then sync's own
 * unsets): the unset blocks, empty command and args, system fields and state left out, layers as
 * their ARNs, `resolvedImageUri` dropped (devsapp also parses `sessionAffinityConfig`, which its
 * deploy writes back as text: left as text here, as `sDeploy` sends props as they are). The custom runtime
 * block stays even when nothing is left of it (`{}`), which the next `s deploy` sends back.
 */
export function syncedProps(info: fc.Function): Record<string, unknown> {
  const props: Record<string, unknown> = JSON.parse(JSON.stringify(info.toMap()));
  const drop = (key: string) => delete props[key];
  const nested = (key: string) => props[key] as Record<string, unknown> | undefined;
  if (EMPTY(nested('nasConfig')?.mountPoints)) drop('nasConfig');
  if (!nested('vpcConfig')?.vpcId) drop('vpcConfig');
  if (!nested('logConfig')?.project) drop('logConfig');
  if (EMPTY(nested('ossMountConfig')?.mountPoints)) drop('ossMountConfig');
  for (const key of ['polarFsConfig', 'tracingConfig', 'environmentVariables'] as const) {
    const value = key === 'polarFsConfig' ? nested(key)?.mountPoints : props[key];
    if (EMPTY(value)) drop(key);
  }
  for (const [block, keys] of [
    ['customRuntimeConfig', ['command', 'args']],
    ['customContainerConfig', ['command', 'entrypoint', 'resolvedImageUri']],
  ] as const) {
    const config = nested(block);
    for (const key of keys)
      if (config && (key === 'resolvedImageUri' || EMPTY(config[key]))) delete config[key];
  }
  props.layers = ((props.layers ?? []) as { arn: string }[]).map((layer) => layer.arn);
  for (const key of [
    'lastModifiedTime',
    'functionId',
    'createdTime',
    'codeSize',
    'codeChecksum',
    'state',
    'lastUpdateStatus',
  ])
    drop(key);
  return props;
}

async function readSettings(client: Client, fn: string): Promise<void> {
  const latest = { qualifier: 'LATEST' };
  await swallow(() => client.getAsyncInvokeConfig(fn, new fc.GetAsyncInvokeConfigRequest(latest)));
  await swallow(() => client.getProvisionConfig(fn, new fc.GetProvisionConfigRequest(latest)));
  await swallow(() => client.getScalingConfig(fn, new fc.GetScalingConfigRequest(latest)));
  await swallow(() => client.getConcurrencyConfig(fn));
  await swallow(() => client.listVpcBindings(fn));
}

/**
 * `s sync --function-name <fn> [--qualifier q] --target-dir <dir>`.
 *
 * @example
 * const { code } = await sSync(client, { functionName: 'web', region: 'cn-hangzhou', targetDir: dir });
 */
export async function sSync(
  client: Client,
  options: { functionName: string; region: string; targetDir: string; qualifier?: string },
): Promise<SyncResult> {
  const { functionName: fn, qualifier } = options;
  const info = (await client.getFunction(fn, new fc.GetFunctionRequest({ qualifier }))).body;
  const triggers = await removeTriggers.discover(client, fn);
  await readSettings(client, fn);
  const props = info ? syncedProps(info) : {};
  if (info?.runtime === 'custom-container') return { info, props, triggers, code: undefined };
  const answer = await client.getFunctionCode(fn, new fc.GetFunctionCodeRequest({ qualifier }));
  const response = await fetch(answer.body?.url as string); // a plain GET, no signature
  if (response.status !== 200)
    throw new Error(`download failed: ${response.status} ${await response.text()}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const path = join(options.targetDir, `${options.region}_${fn}.zip`);
  writeFileSync(path, bytes);
  return { info, props, triggers, code: { path, bytes } };
}
