/**
 * Function versions in the core (lifecycle I.2, B.1; ADR 033), given/want: ids from 1, never
 * reused, per function and afresh after a re-create; the snapshot GetFunction answers for a
 * version; listing in both directions with paging; LATEST and odd ids on the delete path; the
 * cascade of DeleteFunction; the inferred rules switched off.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const T0 = new Date('2024-05-01T08:00:00Z').getTime();
let emulator: Emulator;
const make = (rules: Record<string, boolean> = {}) => {
  let offset = 0;
  const e = createEmulator({ seed: 5, clock: () => new Date(T0 + offset), rules });
  return { e, tick: (ms: number) => (offset += ms) };
};
let tick: (ms: number) => number;
const publish = async (body?: unknown, fn = 'f') => call(emulator, 'POST', `/functions/${fn}/versions`, body);
const ids = async (query = '') =>
  (
    ((await call(emulator, 'GET', `/functions/f/versions${query}`)).json?.versions ?? []) as {
      versionId: string;
    }[]
  ).map((v) => v.versionId);

beforeEach(async () => {
  ({ e: emulator, tick } = make());
  const input = minimalInput({ functionName: 'f', description: 'the function', memorySize: 512 });
  expect((await call(emulator, 'POST', '/functions', input)).status).toBe(200);
});

describe('PublishFunctionVersion', () => {
  it('answers the Version model, ids from 1, with no body, {} or a description', async () => {
    const first = await publish();
    expect(first).toMatchObject({ status: 200 });
    expect(first.json).toEqual({
      createdTime: '2024-05-01T08:00:00Z',
      description: '',
      lastModifiedTime: '2024-05-01T08:00:00Z',
      versionId: '1',
    });
    expect((await publish({})).json?.versionId).toBe('2');
    expect((await publish({ description: 'v3', unknown: 1 })).json).toMatchObject({
      versionId: '3',
      description: 'v3',
    });
  });

  it.each([
    [{ description: 5 }, 'description must be a string, got 5'],
    [{ description: null }, 'description must be a string, got null'],
    ['[1]', 'request body must be a JSON object'],
  ])('refuses %j with 400 naming the field', async (body, message) => {
    const answer = await publish(body);
    expect(answer.status).toBe(400);
    expect(answer.json?.Code).toBe('InvalidArgument');
    expect(String(answer.json?.Message)).toContain(message.split(',')[0]);
  });

  it('never gives an id again, even after the newest is deleted; a re-created function starts at 1', async () => {
    await publish();
    await publish();
    expect((await call(emulator, 'DELETE', '/functions/f/versions/2')).status).toBe(204);
    expect((await publish()).json?.versionId).toBe('3');
    expect(await ids()).toEqual(['3', '1']);
    expect((await call(emulator, 'DELETE', '/functions/f')).status).toBe(204);
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(
      200,
    );
    expect(await ids()).toEqual([]);
    expect((await publish()).json?.versionId).toBe('1');
  });

  it('counts per function', async () => {
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'g' }))).status).toBe(
      200,
    );
    await publish();
    expect((await publish(undefined, 'g')).json?.versionId).toBe('1');
  });

  it('answers 404 FunctionNotFound for a missing function and 400 for a bad name', async () => {
    expect((await publish(undefined, 'nope')).json?.Code).toBe('FunctionNotFound');
    expect((await publish(undefined, '9bad')).status).toBe(400);
  });
});

describe('GetFunction with a version qualifier', () => {
  it('answers the function as published, with the version’s description and times, while LATEST moves on', async () => {
    tick(60_000);
    await publish({ description: 'first' });
    tick(60_000);
    const update = await call(emulator, 'PUT', '/functions/f', { memorySize: 1024, description: 'changed' });
    expect(update.status).toBe(200);
    const v1 = (await call(emulator, 'GET', '/functions/f?qualifier=1')).json ?? {};
    const latest = (await call(emulator, 'GET', '/functions/f?qualifier=LATEST')).json ?? {};
    expect(v1).toMatchObject({
      memorySize: 512,
      description: 'first',
      createdTime: '2024-05-01T08:01:00Z',
      lastModifiedTime: '2024-05-01T08:01:00Z',
      functionName: 'f',
      functionArn: latest.functionArn,
      functionId: latest.functionId,
      state: 'Active',
    });
    expect(latest).toMatchObject({ memorySize: 1024, description: 'changed' });
    const { memorySize, description, createdTime, lastModifiedTime, ...rest } = v1;
    const { memorySize: _m, description: _d, createdTime: _c, lastModifiedTime: _l, ...latestRest } = latest;
    expect(rest).toEqual(latestRest);
  });

  it('keeps no triggers and no invocation switch in the version', async () => {
    const trigger = { triggerName: 't', triggerType: 'http', triggerConfig: '{"methods":["GET"]}' };
    expect((await call(emulator, 'POST', '/functions/f/triggers', trigger)).status).toBe(200);
    expect((await call(emulator, 'POST', '/functions/f/invoke/disable', { reason: 'x' })).status).toBe(200);
    await publish();
    const v1 = (await call(emulator, 'GET', '/functions/f?qualifier=1')).json ?? {};
    expect(v1.invocationRestriction).toBeUndefined();
  });

  it('shows a version published while the function is Pending turning Active on the clock', async () => {
    const image = minimalInput({
      functionName: 'c',
      runtime: 'custom-container',
      code: undefined,
      customContainerConfig: { image: 'registry-vpc.cn-hangzhou.aliyuncs.com/demo/app:v1' },
    });
    expect((await call(emulator, 'POST', '/functions', image)).status).toBe(200);
    expect((await publish(undefined, 'c')).status).toBe(200);
    expect((await call(emulator, 'GET', '/functions/c?qualifier=1')).json?.state).toBe('Pending');
    tick(3_600_000);
    expect((await call(emulator, 'GET', '/functions/c?qualifier=1')).json?.state).toBe('Active');
  });

  it.each([
    ['2', 404, 'VersionNotFound', "version '2' of function 'f' does not exist"],
    ['01', 404, 'VersionNotFound', "version '01' of function 'f' does not exist"],
    [
      '99999999999999999999',
      404,
      'VersionNotFound',
      "version '99999999999999999999' of function 'f' does not exist",
    ],
    ['-1', 404, 'AliasNotFound', "alias '-1' of function 'f' does not exist"],
  ])('?qualifier=%s answers %d %s', async (qualifier, status, code, message) => {
    await publish();
    const answer = await call(emulator, 'GET', `/functions/f?qualifier=${encodeURIComponent(qualifier)}`);
    expect(answer).toMatchObject({ status, json: { Code: code, Message: message } });
  });
});

describe('ListFunctionVersions', () => {
  beforeEach(async () => {
    for (let i = 0; i < 5; i++) await publish({ description: `v${i + 1}` });
  });

  it('lists newest first by default and oldest first with FORWARD, echoing the direction', async () => {
    expect(await ids()).toEqual(['5', '4', '3', '2', '1']);
    expect(await ids('?direction=')).toEqual(['5', '4', '3', '2', '1']);
    expect(await ids('?direction=FORWARD')).toEqual(['1', '2', '3', '4', '5']);
    const page = await call(emulator, 'GET', '/functions/f/versions?direction=FORWARD');
    expect(page.json?.direction).toBe('FORWARD');
    expect(page.json).not.toHaveProperty('nextToken');
  });

  /** Every page of one direction, `limit` at a time (at most 50 pages), as version ids. */
  const allPages = async (direction: string, limit: number) => {
    const seen: string[] = [];
    let token = '';
    for (let round = 0; round < 50; round++) {
      const query = `?limit=${limit}&direction=${direction}${token ? `&nextToken=${encodeURIComponent(token)}` : ''}`;
      const page = (await call(emulator, 'GET', `/functions/f/versions${query}`)).json ?? {};
      seen.push(...(page.versions as { versionId: string }[]).map((v) => v.versionId));
      if (typeof page.nextToken !== 'string') break;
      token = page.nextToken;
    }
    return seen;
  };

  it('takes versions[0] of limit=1 as the latest (s version remove, H.3) and pages to the end', async () => {
    expect(await allPages('FORWARD', 2)).toEqual(['1', '2', '3', '4', '5']);
    expect(await allPages('BACKWARD', 2)).toEqual(['5', '4', '3', '2', '1']);
    expect(await ids('?limit=1')).toEqual(['5']);
  });

  it('pages past deleted versions, each left one once, and starts at the next when a token’s version goes', async () => {
    for (let i = 0; i < 20; i++) await publish();
    for (const id of [1, 2, 7, 8, 9, 13, 25]) {
      expect((await call(emulator, 'DELETE', `/functions/f/versions/${id}`)).status).toBe(204);
    }
    expect((await publish()).json?.versionId).toBe('26');
    const left = [
      '3',
      '4',
      '5',
      '6',
      '10',
      '11',
      '12',
      ...Array.from({ length: 11 }, (_, i) => String(14 + i)),
      '26',
    ];
    for (const limit of [1, 3, 100]) {
      expect(await allPages('FORWARD', limit)).toEqual(left);
      expect(await allPages('BACKWARD', limit)).toEqual([...left].reverse());
    }
    const first = (await call(emulator, 'GET', '/functions/f/versions?limit=2&direction=FORWARD')).json ?? {};
    expect((await call(emulator, 'DELETE', '/functions/f/versions/5')).status).toBe(204);
    const token = encodeURIComponent(String(first.nextToken));
    const second = await ids(`?limit=2&direction=FORWARD&nextToken=${token}`);
    expect(second).toEqual(['6', '10']);
  });

  it.each([
    ['?direction=UP', 'direction must be BACKWARD or FORWARD, got "UP"'],
    ['?direction=backward', 'direction must be BACKWARD or FORWARD, got "backward"'],
    ['?limit=0', 'limit must be an integer between 1 and 100, got "0"'],
    ['?limit=101', 'limit must be an integer between 1 and 100, got "101"'],
    ['?nextToken=Mw%3D%3D', 'is not a token this server issued'],
    [`?nextToken=${encodeURIComponent(btoa('0#abc'))}`, 'does not name a version'],
  ])('refuses %s with 400 naming the parameter', async (query, message) => {
    const answer = await call(emulator, 'GET', `/functions/f/versions${query}`);
    expect(answer.status).toBe(400);
    expect(answer.json?.Code).toBe('InvalidArgument');
    expect(String(answer.json?.Message)).toContain(message);
  });

  it('reads a plain version id as the token with list-next-token off (the documented example "3")', async () => {
    ({ e: emulator } = make({ 'list-next-token': false }));
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(
      200,
    );
    for (let i = 0; i < 4; i++) await publish();
    const page = (await call(emulator, 'GET', '/functions/f/versions?limit=2')).json ?? {};
    expect(page.nextToken).toBe('2');
    expect(await ids('?nextToken=3')).toEqual(['3', '2', '1']);
    expect(await ids('?nextToken=x')).toEqual(['4', '3', '2', '1']);
  });
});

describe('DeleteFunctionVersion', () => {
  beforeEach(async () => {
    await publish();
  });

  it.each([
    ['LATEST', 400, 'the LATEST version cannot be deleted'],
    ['0', 400, 'versionId "0" is invalid'],
    ['01', 400, 'versionId "01" is invalid'],
    ['-1', 400, 'versionId "-1" is invalid'],
    ['12345678901', 400, 'versionId "12345678901" is invalid'],
    ['%C3%A9', 400, 'versionId "é" is invalid'],
    ['a%2Fb', 400, 'versionId "a/b" is invalid'],
    ['__proto__', 400, 'versionId "__proto__" is invalid'],
    ['2', 404, "version '2' of function 'f' does not exist"],
  ])('/versions/%s answers %d naming it', async (id, status, message) => {
    const answer = await call(emulator, 'DELETE', `/functions/f/versions/${id}`);
    expect(answer.status).toBe(status);
    expect(String(answer.json?.Message)).toContain(message);
    expect(await ids()).toEqual(['1']);
  });

  it('with versionId-format off answers an odd id 404 VersionNotFound', async () => {
    ({ e: emulator } = make({ 'versionId-format': false }));
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(
      200,
    );
    const answer = await call(emulator, 'DELETE', '/functions/f/versions/01');
    expect(answer).toMatchObject({ status: 404, json: { Code: 'VersionNotFound' } });
  });

  it('accepts terraform’s {} body and refuses any other', async () => {
    expect((await call(emulator, 'DELETE', '/functions/f/versions/1', { x: 1 })).status).toBe(400);
    expect((await call(emulator, 'DELETE', '/functions/f/versions/1', {})).status).toBe(204);
    expect((await call(emulator, 'GET', '/functions/f?qualifier=1')).json?.Code).toBe('VersionNotFound');
  });
});

describe('DeleteFunction', () => {
  it('removes the versions with the function (D.3), triggers still block', async () => {
    await publish();
    const trigger = { triggerName: 't', triggerType: 'http', triggerConfig: '{}' };
    expect((await call(emulator, 'POST', '/functions/f/triggers', trigger)).status).toBe(200);
    expect((await call(emulator, 'DELETE', '/functions/f')).json?.Code).toBe('FunctionNotEmpty');
    expect((await call(emulator, 'DELETE', '/functions/f/triggers/t')).status).toBe(204);
    expect((await call(emulator, 'DELETE', '/functions/f')).status).toBe(204);
    expect((await call(emulator, 'GET', '/functions/f/versions')).json?.Code).toBe('FunctionNotFound');
  });

  it('refuses a qualifier naming a version (it has none, D.1: it would take every version), an empty one names nothing', async () => {
    await publish();
    const refused = await call(emulator, 'DELETE', '/functions/f?qualifier=1');
    expect(refused).toMatchObject({ status: 400, json: { Code: 'InvalidArgument' } });
    expect(String(refused.json?.Message)).toContain('DeleteFunction takes no qualifier');
    expect(String(refused.json?.Message)).toContain('got qualifier "1"');
    expect(await ids()).toEqual(['1']);
    expect((await call(emulator, 'DELETE', '/functions/f?qualifier=')).status).toBe(204);
  });

  it('with delete-no-qualifier off ignores the qualifier and deletes the whole function', async () => {
    ({ e: emulator } = make({ 'delete-no-qualifier': false }));
    expect((await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(
      200,
    );
    await publish();
    expect((await call(emulator, 'DELETE', '/functions/f?qualifier=1')).status).toBe(204);
    expect((await call(emulator, 'GET', '/functions/f')).json?.Code).toBe('FunctionNotFound');
  });
});
