// Type-checked by scripts/package-smoke.sh against every vitest major that peerDependencies
// accepts (strict, skipLibCheck off): the matchers exist on `expect(x)`, `.not` and `.resolves`,
// return what vitest's own matchers return, and reject wrong arguments.
import { createEmulator } from 'fc3-testkit';
import 'fc3-testkit/vitest';
import { expect, expectTypeOf, it } from 'vitest';

it('types the fc3 matchers', async () => {
  const emulator = createEmulator({ seed: 1 });
  expect(emulator).toHaveCreatedFunction({ functionName: 'orders', runtime: 'nodejs20' });
  expect(emulator).toHaveCreatedFunction({ code: { zipFile: expect.any(String) } });
  expect(emulator).not.toHaveCreatedFunctionTimes(2);
  expect(emulator).toHaveRejectedCreateFunction('FunctionAlreadyExists');
  expectTypeOf(expect(emulator).toHaveCreatedFunction()).toEqualTypeOf<void>();
  const later = expect(Promise.resolve(emulator)).resolves.toHaveCreatedFunctionTimes(0);
  expectTypeOf(later).toEqualTypeOf<Promise<void>>();
  await later;
  // @ts-expect-error functionName is a string
  expect(emulator).toHaveCreatedFunction({ functionName: 1 });
  // @ts-expect-error times is a number
  expect(emulator).toHaveCreatedFunctionTimes('1');
  // @ts-expect-error not a matcher
  expect(emulator).toHaveCreatedFunctions();
});
