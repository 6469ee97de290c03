import { describe, expect, it } from 'vitest';
import { createEmulator, Fc3TestkitError } from '../../mocks/index.ts';
import { EMPTY_ZIP, EMPTY_ZIP_CRC64, minimalInput, post } from '../helpers/requests.ts';

const fixedClock = () => new Date('2024-05-06T07:08:09.123Z');
const REQUEST_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;

describe('a successful create', () => {
  it('answers 200 with the Function body: echo, defaults and computed fields', async () => {
    const emulator = createEmulator({
      clock: fixedClock,
      accountId: '1234567890123456',
      regionId: 'cn-shanghai',
    });
    const res = await post(
      emulator,
      minimalInput({ description: 'd', layers: ['acs:fc:cn-shanghai:1:layers/l/versions/2'] }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const id = res.headers.get('x-acs-request-id');
    expect(id).toMatch(REQUEST_ID);
    expect(res.headers.get('x-fc-request-id')).toBe(id);
    expect(res.json).toMatchObject({
      functionName: 'hello-fc3',
      runtime: 'python3.10',
      handler: 'index.handler',
      description: 'd',
      functionArn: 'acs:fc:cn-shanghai:1234567890123456:functions/hello-fc3',
      codeChecksum: EMPTY_ZIP_CRC64,
      codeSize: 22,
      createdTime: '2024-05-06T07:08:09Z',
      lastModifiedTime: '2024-05-06T07:08:09Z',
      state: 'Active',
      lastUpdateStatus: 'Successful',
      timeout: 3,
      memorySize: 512,
      cpu: 0.35,
      diskSize: 512,
      internetAccess: true,
      instanceConcurrency: 1,
      environmentVariables: {},
      vpcConfig: { vpcId: '', vSwitchIds: [], securityGroupId: '' },
      nasConfig: { userId: 0, groupId: 0, mountPoints: [] },
    });
    expect(res.json.functionId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(res.json.layers).toEqual([
      { arn: 'acs:fc:cn-shanghai:1:layers/l/versions/2', size: expect.any(Number) },
    ]);
    expect(res.json).not.toHaveProperty('code');
    expect(Object.keys(res.json)).toEqual([...Object.keys(res.json)].sort());
  });

  it('takes account and region from real FC host names', async () => {
    const emulator = createEmulator();
    const a = await post(emulator, minimalInput(), { host: '5555.ap-southeast-1.fc.aliyuncs.com' });
    expect(a.json.functionArn).toBe('acs:fc:ap-southeast-1:5555:functions/hello-fc3');
    const b = await post(emulator, minimalInput(), { host: 'fcv3.cn-beijing.aliyuncs.com' });
    expect(b.json.functionArn).toBe(`acs:fc:cn-beijing:${emulator.accountId}:functions/hello-fc3`);
    const c = await post(emulator, minimalInput(), { host: '5555.ap-southeast-1-internal.fc.aliyuncs.com' });
    expect(c.json.Code).toBe('FunctionAlreadyExists');
  });

  it('returns a custom-container function as Pending with the password masked', async () => {
    const res = await post(
      createEmulator(),
      minimalInput({
        runtime: 'custom-container',
        code: undefined,
        customContainerConfig: {
          image: 'registry-vpc.cn-hangzhou.aliyuncs.com/demo/app:v1',
          registryConfig: { authConfig: { userName: 'admin', password: 'secret-pass' } },
        },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ state: 'Pending', lastUpdateStatus: 'InProgress', codeSize: 0 });
    const config = res.json.customContainerConfig as {
      registryConfig: { authConfig: { password: string } };
      resolvedImageUri: string;
    };
    expect(config.registryConfig.authConfig.password).toBe('sec***');
    expect(config.resolvedImageUri).toMatch(
      /^registry-vpc\.cn-hangzhou\.aliyuncs\.com\/demo\/app@sha256:[0-9a-f]{64}$/,
    );
  });

  it('ignores unknown fields and does not echo them', async () => {
    const res = await post(createEmulator(), minimalInput({ surprise: 1, Tags: [] }));
    expect(res.status).toBe(200);
    expect(res.json).not.toHaveProperty('surprise');
  });

  it('accepts the empty "clearing" values that Serverless Devs sends (reference B.3)', async () => {
    const res = await post(
      createEmulator(),
      minimalInput({
        vpcConfig: { securityGroupId: '', vSwitchIds: [], vpcId: '' },
        nasConfig: { groupId: 0, userId: 0, mountPoints: [] },
        ossMountConfig: { mountPoints: [] },
        tracingConfig: {},
        logConfig: {
          enableInstanceMetrics: false,
          enableRequestMetrics: false,
          logBeginRule: 'None',
          logstore: '',
          project: '',
        },
        environmentVariables: {},
        layers: [],
        instanceIsolationMode: 'SHARE',
        sessionAffinity: 'NONE',
        description: '',
        role: '',
      }),
    );
    expect(res.status, JSON.stringify(res.json)).toBe(200);
  });
});

describe('state', () => {
  it('answers 409 FunctionAlreadyExists for a second create of the same name', async () => {
    const emulator = createEmulator();
    expect((await post(emulator, minimalInput())).status).toBe(200);
    const again = await post(emulator, minimalInput({ description: 'other body' }));
    expect(again.status).toBe(409);
    expect(again.json).toEqual({
      Code: 'FunctionAlreadyExists',
      Message: "function 'hello-fc3' already exists",
      RequestId: expect.stringMatching(REQUEST_ID),
    });
  });

  it('treats names case-sensitively and keeps emulators apart', async () => {
    const one = createEmulator();
    const two = createEmulator();
    expect((await post(one, minimalInput({ functionName: 'Abc' }))).status).toBe(200);
    expect((await post(one, minimalInput({ functionName: 'abc' }))).status).toBe(200);
    expect((await post(two, minimalInput({ functionName: 'Abc' }))).status).toBe(200);
    expect(one.functions()).toHaveLength(2);
    expect(two.functions()).toHaveLength(1);
  });

  it('200 concurrent creates over 20 names give exactly 20 successes', async () => {
    const emulator = createEmulator();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => post(emulator, minimalInput({ functionName: `fn-${i % 20}` }))),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(20);
    expect(results.filter((r) => r.json.Code === 'FunctionAlreadyExists')).toHaveLength(180);
    expect(
      emulator
        .functions()
        .map((f) => f.functionName)
        .sort(),
    ).toEqual(Array.from({ length: 20 }, (_, i) => `fn-${i}`).sort());
  });

  it('reset() forgets functions and journal', async () => {
    const emulator = createEmulator();
    await post(emulator, minimalInput());
    emulator.reset();
    expect(emulator.functions()).toEqual([]);
    expect(emulator.calls()).toEqual([]);
    expect((await post(emulator, minimalInput())).status).toBe(200);
  });

  it('bodies share no mutable defaults', async () => {
    const emulator = createEmulator();
    await post(emulator, minimalInput({ functionName: 'm1' }));
    await post(emulator, minimalInput({ functionName: 'm2' }));
    const first = emulator.functions()[0] as {
      tags: unknown[];
      environmentVariables: Record<string, string>;
    };
    first.tags.push({ Key: 'k', Value: 'v' });
    first.environmentVariables.A = 'b';
    const third = await post(emulator, minimalInput({ functionName: 'm3' }));
    expect(third.json).toMatchObject({ tags: [], environmentVariables: {} });
  });

  it('the same seed gives the same ids', async () => {
    const ids = async () =>
      (await post(createEmulator({ seed: 42, clock: fixedClock }), minimalInput())).json.functionId;
    expect(await ids()).toBe(await ids());
  });
});

describe('bad input gets FC answers, never a crash', () => {
  const cases: Array<{ name: string; body: string | Uint8Array; message: RegExp }> = [
    { name: 'malformed JSON', body: '{"functionName": ', message: /not valid JSON/ },
    { name: 'empty body', body: '', message: /empty/ },
    { name: 'array', body: '[]', message: /must be a JSON object, got an array/ },
    { name: 'null', body: 'null', message: /got null/ },
    { name: 'string', body: '"x"', message: /got a string/ },
    { name: 'invalid UTF-8', body: new Uint8Array([0x7b, 0xff, 0x7d]), message: /UTF-8/ },
    {
      name: 'wrong nested type',
      body: JSON.stringify(minimalInput({ vpcConfig: { vSwitchIds: 'vsw-1' } })),
      message: /vpcConfig\.vSwitchIds must be of type array/,
    },
    // The composite code rules hold vacuously for a non-object: the type is what is wrong.
    ...(
      [
        [null, /^code must be of type object, got null$/],
        ['x', /^code must be of type object, got "x"$/],
        [5, /^code must be of type object, got 5$/],
        [[], /^code must be of type object, got \[\]$/],
      ] as const
    ).map(([code, message]) => ({
      name: `code ${JSON.stringify(code)}`,
      body: JSON.stringify(minimalInput({ code })),
      message,
    })),
    {
      name: 'code null beside a customContainerConfig (not "both set")',
      body: JSON.stringify(
        minimalInput({ code: null, runtime: 'custom-container', customContainerConfig: { image: 'r/a:1' } }),
      ),
      message: /^code must be of type object, got null$/,
    },
    {
      name: 'code.zipFile a number beside ossBucketName (not "combined")',
      body: JSON.stringify(minimalInput({ code: { zipFile: 5, ossBucketName: 'b' } })),
      message: /^code\.zipFile must be of type string, got 5$/,
    },
    {
      name: 'customContainerConfig not an object',
      body: JSON.stringify(
        minimalInput({ code: undefined, runtime: 'custom-container', customContainerConfig: 'img' }),
      ),
      message: /^customContainerConfig must be of type object, got "img"$/,
    },
    {
      name: 'map value not a string',
      body: JSON.stringify(minimalInput({ environmentVariables: { A: 1 } })),
      message: /environmentVariables\.A must be of type string/,
    },
  ];
  it.each(cases)('$name → 400 InvalidArgument naming the problem', async ({ body, message }) => {
    const res = await post(createEmulator(), body);
    expect(res.status).toBe(400);
    expect(res.json.Code).toBe('InvalidArgument');
    expect(res.json.Message).toMatch(message);
    expect(res.json.RequestId).toMatch(REQUEST_ID);
  });

  it('__proto__ and constructor keys pollute nothing', async () => {
    const emulator = createEmulator();
    const body =
      '{"functionName":"p","runtime":"python3.10","handler":"h","code":{"zipFile":"' +
      EMPTY_ZIP +
      '"},"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"vpcConfig":{"__proto__":{"polluted":true}}}';
    const res = await post(emulator, body);
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(emulator.functions()[0]?.functionName).toBe('p');
  });

  it('oversized bodies get EntityTooLarge', async () => {
    const res = await post(
      createEmulator({ maxBodyBytes: 100 }),
      minimalInput({ description: 'x'.repeat(200) }),
    );
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({
      Code: 'EntityTooLarge',
      Message: 'payload size exceeds maximum allowed size (100 bytes)',
    });
  });

  it('other paths and methods get PathNotSupported', async () => {
    const emulator = createEmulator();
    const patch = await post(emulator, undefined, { method: 'PATCH' });
    expect(patch).toMatchObject({
      status: 400,
      json: { Code: 'PathNotSupported', Message: "'PATCH' against '/2023-03-30/functions' is not supported" },
    });
    const other = await post(emulator, minimalInput(), { path: '/2021-04-06/services/s/functions' });
    expect(other.json.Code).toBe('PathNotSupported');
    // A path no row serves (here InvokeFunction, which FC has) says so after FC's wording; a
    // known path with another method keeps FC's wording alone (above).
    const invoke = await post(emulator, {}, { path: '/2023-03-30/functions/f/invocations' });
    expect(invoke.json).toMatchObject({
      Code: 'PathNotSupported',
      Message:
        "'POST' against '/2023-03-30/functions/f/invocations' is not supported (fc3-testkit emulates no operation on this path)",
    });
    expect(emulator.calls({ outcome: 'unrouted' })).toHaveLength(3);
  });
});

describe('options', () => {
  it('rejects a non-numeric account id with a toolkit error', () => {
    expect(() => createEmulator({ accountId: 'abc' })).toThrow(/accountId must be numeric/);
  });

  // One seed range for the emulator, the fixture builders and every --seed: the generator keeps
  // 32 bits, so 2 ** 32 gave seed 0's ids (as it built seed 0's fixture, ADR 044).
  it.each([2 ** 32, 2 ** 53 - 1, -1, 1.5])('refuses seed %d, naming the range', (seed) => {
    expect(() => createEmulator({ seed })).toThrow(
      new Fc3TestkitError(`seed must be an integer from 0 to 4294967295, got ${seed}`),
    );
  });

  it('tells seeds above 2 ** 31 apart up to the largest', async () => {
    const functionId = async (seed: number) =>
      (await post(createEmulator({ seed }), minimalInput())).json.functionId;
    expect(createEmulator({ seed: 4_294_967_295 }).seed).toBe(4_294_967_295);
    const ids = await Promise.all([0, 5, 2 ** 31 + 5, 4_294_967_295].map(functionId));
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(4);
  });
});
