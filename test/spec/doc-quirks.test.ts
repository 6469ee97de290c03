/**
 * The documented sample response is kept verbatim (ADR 005). Each inconsistency is listed in
 * `x-fc-doc-quirks`; here every listed quirk is asserted as a fact about the sample, so a quirk
 * cannot silently disappear (or be "fixed") without this table changing too.
 */
import { describe, expect, it } from 'vitest';
import { getPointer, loadSpec, responseExamples } from './spec-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: the sample is free-form JSON; each predicate reads a few fields.
type Sample = Record<string, any>;

const spec = loadSpec();
const sample = responseExamples(spec).find((e) => e.status === '200' && e.name === 'sample')?.value as Sample;
const masked = (value: string): boolean => /\*{3}|x{3}|\.x\./.test(value);
const regionOf = (arn: string): string | undefined => arn.split(':')[2];
const hostOf = (image: string): string | undefined => image.split('/')[0];

const facts: Record<string, (s: Sample) => boolean> = {
  'cpu-memory-ratio': (s) => {
    const ratio = s.memorySize / 1024 / s.cpu;
    return s.cpu === 1 && s.memorySize === 512 && (ratio < 1 || ratio > 4);
  },
  'arn-name-mismatch': (s) => !s.functionArn.endsWith(`:functions/${s.functionName}`),
  'layer-region-mismatch': (s) =>
    regionOf(s.layers[0].arn) !== regionOf(s.functionArn) && masked(s.layers[0].arn),
  'container-config-on-python': (s) => s.runtime === 'python3.10' && s.customContainerConfig !== undefined,
  'gpu-on-python': (s) => s.runtime === 'python3.10' && s.gpuConfig !== undefined,
  'custom-runtime-config-on-python': (s) => s.runtime === 'python3.10' && s.customRuntimeConfig !== undefined,
  'codeChecksum-masked': (s) => !/^\d+$/.test(s.codeChecksum) && masked(s.codeChecksum),
  'functionId-masked': (s) =>
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s.functionId) &&
    masked(s.functionId),
  'account-ids-masked': (s) => masked(s.role) && masked(s.vpcConfig.role),
  'registry-password-masked': (s) => masked(s.customContainerConfig.registryConfig.authConfig.password),
  'network-ids-masked': (s) =>
    [s.vpcConfig.vpcId, s.vpcConfig.vSwitchIds[0], s.vpcConfig.securityGroupId].every((id: string) =>
      masked(id),
    ),
  'nas-server-masked': (s) => {
    const addr: string = s.nasConfig.mountPoints[0].serverAddr;
    return masked(addr) && !addr.includes('.nas.aliyuncs.com');
  },
  'name-server-masked': (s) => !/^\d{1,3}(\.\d{1,3}){3}$/.test(s.customDNS.nameServers[0]),
  'resolved-image-differs': (s) => {
    const { image, resolvedImageUri } = s.customContainerConfig;
    return hostOf(image) !== hostOf(resolvedImageUri) && masked(resolvedImageUri);
  },
  'acceleration-type-lowercase': (s) => s.customContainerConfig.accelerationType === 'default',
  'acceleration-status-contradiction': (s) =>
    s.customContainerConfig.accelerationInfo.status === 'Ready' &&
    s.lastUpdateStatusReasonCode === 'ImageOptimizing',
  'modified-after-created': (s) => Date.parse(s.lastModifiedTime) > Date.parse(s.createdTime),
};

describe('x-fc-doc-quirks', () => {
  const quirks = spec['x-fc-doc-quirks'];

  it('lists exactly the quirks asserted here', () => {
    expect(quirks.map((q) => q.id).sort()).toEqual(Object.keys(facts).sort());
  });

  it.each(quirks.map((q) => [q.id, q] as const))('%s holds for the sample', (id, quirk) => {
    expect(getPointer(sample, quirk.path), `path ${quirk.path}`).toBeDefined();
    expect(quirk.statement.length).toBeGreaterThan(20);
    expect(quirk.reference).toMatch(/^[A-H](\.\d+)?(, [A-H](\.\d+)?)*$/);
    expect(facts[id]?.(sample)).toBe(true);
  });

  it('the ratio quirk is real: (512 MB / 1024) / 1 vCPU = 0.5, outside [1, 4]', () => {
    expect(sample.memorySize / 1024 / sample.cpu).toBe(0.5);
  });
});
