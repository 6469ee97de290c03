/**
 * The docs' claim that `import 'fc3-testkit/vitest'` alone registers the matchers under jest:
 * the module extends jest's injected global `expect` when it is evaluated.
 */
import { expect, it } from '@jest/globals';
import { createEmulator } from 'fc3-testkit';

it('has no fc3 matchers before the module is imported', () => {
  expect(typeof globalThis.expect).toBe('function');
  expect(globalThis.expect).toBe(expect);
  expect(() => expect(createEmulator()).toHaveCreatedFunctionTimes(0)).toThrow(
    /toHaveCreatedFunctionTimes is not a function/,
  );
});

it('registers them on the global expect when imported for its side effect', async () => {
  await import('fc3-testkit/vitest');
  const emulator = createEmulator({ seed: 1 });
  expect(emulator).toHaveCreatedFunctionTimes(0);
  expect(emulator).not.toHaveCreatedFunction();
  expect(() => expect(emulator).toHaveRejectedCreateFunction()).toThrow(/rejected codes: none/);
});

it('reports the global expect as extendable through installFc3Matchers()', async () => {
  const { installFc3Matchers } = await import('fc3-testkit/vitest');
  expect(installFc3Matchers()).toBe(true);
});

it('resolves the package by its own name to the built files', () => {
  expect(import.meta.resolve('fc3-testkit/vitest')).toMatch(/\/dist\/mocks\/vitest\.js$/);
});
