/**
 * `defineContractSuite` under jest, as the check-your-emulator guide documents it (`api:
 * { describe, it, beforeAll, afterAll }`): jest reads a test function with a parameter as one
 * that waits for `done()`, so a case that passes must pass here, not time out.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { createEmulator } from 'fc3-testkit';
import { defineContractSuite, emulatorTarget } from 'fc3-testkit/contracts';

await defineContractSuite(emulatorTarget(createEmulator()), {
  api: { describe, it, beforeAll, afterAll },
  name: 'contract cases under jest',
  // Four rule cases and one that waits on the lifecycle (the emulator's clock is moved).
  only: 'rule.timeout-range.*,lifecycle.container.becomes-active',
});
