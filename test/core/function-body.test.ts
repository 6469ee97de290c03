import { describe, expect, it } from 'vitest';
import type { CreateFunctionInput, FcFunction } from '../../mocks/core/types.ts';
import { buildCreateFunctionInput, buildFunction, fixtureTraits } from '../../mocks/fixtures/index.ts';
import { createEmulator } from '../../mocks/index.ts';

const URL_ = 'http://127.0.0.1:9000/2023-03-30/functions';

async function created(input: CreateFunctionInput): Promise<FcFunction> {
  const emulator = createEmulator({ accountId: '1234567890123456', regionId: 'cn-hangzhou' });
  const response = await emulator.handle(new Request(URL_, { method: 'POST', body: JSON.stringify(input) }));
  expect(response.status).toBe(200);
  return (await response.json()) as FcFunction;
}

/** The values a fixture seeds instead of taking them from an emulator's store. */
function withoutSeeded(body: FcFunction): Record<string, unknown> {
  const { functionId, createdTime, lastModifiedTime, resourceGroupId, layers, ...rest } = body;
  const container = rest.customContainerConfig;
  if (container?.resolvedImageUri) {
    rest.customContainerConfig = {
      ...container,
      resolvedImageUri: container.resolvedImageUri.replace(/[0-9a-f]{64}$/, '<digest>'),
    };
  }
  return { ...rest, layers: layers?.map((layer) => layer.arn) };
}

// One writer: the fixture body and the emulator's answer to the same input differ only in the
// values the fixture seeds.
describe('the body writer', () => {
  it("writes every key of the spec's Function schema, in alphabetical order, and no other", async () => {
    const { specDocument } = await import('../../generated/spec-document.ts');
    const { functionBody } = await import('../../mocks/core/function-body.ts');
    const keys = Object.keys(
      (specDocument as unknown as { components: { schemas: { Function: { properties: object } } } })
        .components.schemas.Function.properties,
    );
    const record = {
      scope: { accountId: '1', regionId: 'r' },
      shape: { config: {}, layers: [], tags: [] },
      preparation: { kind: 'create', readyAt: 0, failure: undefined },
    };
    expect(Object.keys(functionBody(record as never, 0))).toEqual([...keys].sort());
  });
});

describe('buildFunction and the emulator write the same body', () => {
  it.each(fixtureTraits)('trait %s, key for key', async (trait) => {
    for (const seed of [1, 2, 3]) {
      const input = buildCreateFunctionInput({
        seed,
        traits: [trait],
        accountId: '1234567890123456',
        regionId: 'cn-hangzhou',
      });
      const fixture = buildFunction({ input, accountId: '1234567890123456', regionId: 'cn-hangzhou' });
      const answer = await created(input);
      expect(Object.keys(fixture)).toEqual(Object.keys(answer));
      expect(withoutSeeded(fixture)).toEqual(withoutSeeded(answer));
    }
  });

  it('has the documented defaults and the empty shells (CF D.2, D.3, B.3)', async () => {
    const body = await created({
      functionName: 'bare',
      runtime: 'nodejs20',
      handler: 'index.handler',
      code: { zipFile: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' },
    });
    expect(body).toMatchObject({
      cpu: 0.35,
      memorySize: 512,
      diskSize: 512,
      timeout: 3,
      internetAccess: true,
      customDNS: { dnsOptions: [], nameServers: [], searches: [] },
      customRuntimeConfig: {},
      gpuConfig: {},
      nasConfig: { groupId: 0, mountPoints: [], userId: 0 },
      vpcConfig: { securityGroupId: '', vSwitchIds: [], vpcId: '' },
      state: 'Active',
      stateReason: '',
      lastUpdateStatus: 'Successful',
      codeChecksum: '2220831586920633690',
      codeSize: 22,
    });
    expect(Object.keys(body)).toEqual([...Object.keys(body)].sort());
  });
});
