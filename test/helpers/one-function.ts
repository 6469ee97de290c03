/**
 * The setup the ChangeResourceGroup and invocation-switch core tests share: a fresh emulator on a
 * fixed clock before each test, holding one function `f`, and the calls they make.
 */
import { beforeEach, expect } from 'vitest';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../mocks/index.ts';
import { type CallResult, call, minimalInput } from './requests.ts';

/** The default group of the emulator's default account (state.ts `resourceGroupFor`). */
export const DEFAULT_GROUP = 'rg-acfm1c7k24l3456';

/** Emulator options on a fixed clock, with rule switches. */
export const switchOptions = (rules: Record<string, boolean> = {}): EmulatorOptions => ({
  seed: 3,
  clock: () => new Date('2024-05-01T08:00:00Z'),
  rules,
});

/**
 * A ChangeResourceGroup body with the SDK's wire names.
 *
 * @example
 * sdkBody('f'); // { NewResourceGroupId: 'rg-aek2xl5qajnwbua', ResourceId: 'f', ResourceType: 'function' }
 */
export const sdkBody = (
  ResourceId: string,
  NewResourceGroupId = 'rg-aek2xl5qajnwbua',
  ResourceType = 'function',
) => ({
  NewResourceGroupId,
  ResourceId,
  ResourceType,
});

/** What {@link oneFunction} gives a test file. */
export interface OneFunction {
  /** This test's emulator (replaced before each test). */
  readonly emulator: Emulator;
  /** PUT /resource-groups to this test's emulator, or to `target`. */
  move(body: unknown, target?: Emulator): Promise<CallResult>;
  /** GetFunction's body. */
  getFn(name?: string): Promise<Record<string, unknown>>;
}

/**
 * Registers the `beforeEach` that makes a fresh emulator with function `f`.
 *
 * @example
 * const fx = oneFunction();
 * it('moves', async () => expect((await fx.move(sdkBody('f'))).status).toBe(200));
 */
export function oneFunction(): OneFunction {
  let current = createEmulator(switchOptions());
  beforeEach(async () => {
    current = createEmulator(switchOptions());
    expect((await call(current, 'POST', '/functions', minimalInput({ functionName: 'f' }))).status).toBe(200);
  });
  return {
    get emulator() {
      return current;
    },
    move: (body, target = current) => call(target, 'PUT', '/resource-groups', body),
    getFn: async (name = 'f') => (await call(current, 'GET', `/functions/${name}`)).json ?? {},
  };
}
