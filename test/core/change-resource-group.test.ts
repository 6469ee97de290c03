/**
 * ChangeResourceGroup in the core (lifecycle I.5, H.1 step 13, H.4), table-driven where it fits:
 * the answer, the group GetFunction and ListFunctions show afterwards, terraform's lower-camel
 * keys, every error and rule switch. Journal, faults and `Prefer`: invocation-switch.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { DEFAULT_GROUP, oneFunction, sdkBody, switchOptions } from '../helpers/one-function.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const fx = oneFunction();

describe('ChangeResourceGroup', () => {
  it('moves the function: 200 with old and new group; GetFunction and the ListFunctions filter see it', async () => {
    const before = await fx.getFn();
    fx.emulator.advanceClock(5000);
    const answer = await fx.move(sdkBody('f'));
    expect(answer).toMatchObject({
      status: 200,
      json: { NewResourceGroupId: 'rg-aek2xl5qajnwbua', OldResourceGroupId: DEFAULT_GROUP, ResourceId: 'f' },
    });
    expect(Object.keys(answer.json ?? {})).toEqual([
      'NewResourceGroupId',
      'OldResourceGroupId',
      'ResourceId',
    ]);
    const after = await fx.getFn();
    expect(after.resourceGroupId).toBe('rg-aek2xl5qajnwbua');
    // Only the group changed: not lastModifiedTime (inferred, as for tags, lifecycle F.7).
    expect({ ...after, resourceGroupId: DEFAULT_GROUP }).toEqual(before);
    const listed = async (group: string) =>
      ((await call(fx.emulator, 'GET', `/functions?resourceGroupId=${group}`)).json?.functions as Array<{
        functionName: string;
        resourceGroupId: string;
      }>) ?? [];
    expect((await listed('rg-aek2xl5qajnwbua')).map((f) => [f.functionName, f.resourceGroupId])).toEqual([
      ['f', 'rg-aek2xl5qajnwbua'],
    ]);
    expect(await listed(DEFAULT_GROUP)).toEqual([]);
    expect(fx.emulator.calls({ operation: 'ChangeResourceGroup' })[0]).toMatchObject({
      operation: 'ChangeResourceGroup',
      functionName: 'f',
      status: 200,
      outcome: 'succeeded',
    });
  });

  it('reads terraform’s lower-camel keys (and any other case); a second move names the previous group', async () => {
    const terraform = { resourceId: 'f', newResourceGroupId: 'rg-first1', resourceType: 'function' };
    expect((await fx.move(terraform)).json).toEqual({
      NewResourceGroupId: 'rg-first1',
      OldResourceGroupId: DEFAULT_GROUP,
      ResourceId: 'f',
    });
    const shouting = { RESOURCEID: 'f', newresourcegroupid: 'rg-second2', ResourceTYPE: 'FUNCTION' };
    expect((await fx.move(shouting)).json).toMatchObject({
      NewResourceGroupId: 'rg-second2',
      OldResourceGroupId: 'rg-first1',
    });
    // The SDK's own spelling wins over another case of the same key.
    // The lower-camel key comes first, so a search for the first key of any case would pick it.
    const both = {
      resourceId: 'nope',
      ResourceId: 'f',
      NewResourceGroupId: 'rg-third3',
      ResourceType: 'Function',
    };
    expect((await fx.move(both)).status).toBe(200);
    expect((await fx.getFn()).resourceGroupId).toBe('rg-third3');
    expect(fx.emulator.calls({ operation: 'ChangeResourceGroup' }).map((c) => c.functionName)).toEqual([
      'f',
      'f',
      'f',
    ]);
  });

  it('refuses two spellings of one key when neither is the SDK’s (ambiguous): 400 naming both, nothing moves', async () => {
    const answer = await fx.move({
      resourceId: 'f',
      RESOURCEID: 'g',
      NewResourceGroupId: 'rg-a1',
      ResourceType: 'function',
    });
    expect(answer).toMatchObject({ status: 400, json: { Code: 'InvalidArgument' } });
    expect(answer.json?.Message).toBe(
      'ResourceId is given twice, as "resourceId" and "RESOURCEID"; send it once',
    );
    expect(fx.emulator.calls().at(-1)?.ruleId).toBe('resource-group-keys-any-case');
    expect(fx.emulator.calls().at(-1)?.functionName).toBeUndefined();
    expect((await fx.getFn()).resourceGroupId).toBe(DEFAULT_GROUP);
  });

  it('moving a function to the group it is in answers 200 with equal ids (inferred)', async () => {
    expect((await fx.move(sdkBody('f', DEFAULT_GROUP))).json).toEqual({
      NewResourceGroupId: DEFAULT_GROUP,
      OldResourceGroupId: DEFAULT_GROUP,
      ResourceId: 'f',
    });
  });

  it.each([
    [
      { ResourceId: 'f', ResourceType: 'function' },
      'resource-group-fields',
      'NewResourceGroupId must be a non-empty string, got null',
    ],
    [sdkBody('f', ''), 'resource-group-values', 'NewResourceGroupId must be a non-empty string, got ""'],
    [
      { ...sdkBody('f'), ResourceId: 7 },
      'resource-group-fields',
      'ResourceId must be a non-empty string, got 7',
    ],
    [
      { NewResourceGroupId: 'rg-a1', ResourceId: 'f' },
      'resource-group-values',
      'ResourceType null is not supported; use function',
    ],
    [
      sdkBody('f', 'rg-a1', 'alias'),
      'resource-group-values',
      'ResourceType "alias" is not supported; use function',
    ],
    [
      sdkBody('f', 'default'),
      'resource-group-id-format',
      'NewResourceGroupId "default" is not a resource group id',
    ],
    [sdkBody('f', 'rg-UPPER'), 'resource-group-id-format', 'is not a resource group id'],
    [sdkBody('f', `rg-${'a'.repeat(62)}`), 'resource-group-id-format', 'at most 64 characters'],
  ])('refuses %j: 400 InvalidArgument, rule %s', async (body, ruleId, message) => {
    const answer = await fx.move(body);
    expect(answer.status).toBe(400);
    expect(answer.json?.Code).toBe('InvalidArgument');
    expect(answer.json?.Message).toContain(message);
    expect(fx.emulator.calls().at(-1)?.ruleId).toBe(ruleId);
    expect((await fx.getFn()).resourceGroupId).toBe(DEFAULT_GROUP);
  });

  it.each([
    ['', 'request body is empty'],
    ['[1]', 'must be a JSON object'],
    ['{"ResourceId":', 'not valid JSON'],
  ])('refuses the body %j with 400 InvalidArgument', async (text, message) => {
    const answer = await fx.move(text);
    expect([answer.status, answer.json?.Code]).toEqual([400, 'InvalidArgument']);
    expect(answer.json?.Message).toContain(message);
  });

  it('answers 404 FunctionNotFound for a ResourceId that names no function (also an ARN: ids are names)', async () => {
    for (const id of ['missing', 'acs:fc:cn-hangzhou:1234567890123456:functions/f']) {
      const answer = await fx.move(sdkBody(id));
      expect(answer).toMatchObject({ status: 404, json: { Code: 'FunctionNotFound' } });
      expect(answer.json?.Message).toBe(`function '${id}' does not exist.`);
    }
  });

  it('resource-group-values switched off: no ResourceType, or another, is accepted; an empty ResourceId names no function', async () => {
    const lenient = createEmulator(switchOptions({ 'resource-group-values': false }));
    await call(lenient, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    expect((await fx.move({ NewResourceGroupId: 'rg-a1', ResourceId: 'f' }, lenient)).status).toBe(200);
    expect((await fx.move(sdkBody('f', 'rg-b2', 'alias'), lenient)).status).toBe(200);
    expect((await fx.move(sdkBody(''), lenient)).json?.Code).toBe('FunctionNotFound');
    // The documented part stays: the SDK's fields are strings.
    const typed = await fx.move({ ...sdkBody('f'), ResourceId: 7 }, lenient);
    expect([typed.status, lenient.calls().at(-1)?.ruleId]).toEqual([400, 'resource-group-fields']);
  });

  it('switched off, the inferred rules stop: only the SDK’s key spelling counts, and any id is a group', async () => {
    const strict = createEmulator(
      switchOptions({ 'resource-group-keys-any-case': false, 'resource-group-id-format': false }),
    );
    await call(strict, 'POST', '/functions', minimalInput({ functionName: 'f' }));
    // The body names no function under the switched-off rule: a fault scoped to `f` waits, and
    // the journal names none.
    strict.failNext('Throttling.User', { operation: 'ChangeResourceGroup', match: { functionName: 'f' } });
    const terraform = await fx.move(
      { resourceId: 'f', newResourceGroupId: 'rg-a1', resourceType: 'function' },
      strict,
    );
    expect(terraform.status).toBe(400);
    expect(terraform.json?.Message).toBe('NewResourceGroupId must be a non-empty string, got null');
    expect(strict.calls().at(-1)?.ruleId).toBe('resource-group-fields');
    expect(strict.calls().at(-1)?.functionName).toBeUndefined();
    expect((await fx.move(sdkBody('f'), strict)).json?.Code).toBe('Throttling.User');
    expect((await fx.move(sdkBody('f', 'Default Group'), strict)).json?.NewResourceGroupId).toBe(
      'Default Group',
    );
  });
});
