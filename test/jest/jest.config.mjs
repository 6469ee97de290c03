/**
 * jest in native ESM mode against the BUILT package (`npm run build` first), imported by its own
 * name through the "exports" map, as a jest user would. Run with `npm run test:jest`.
 */
import { fileURLToPath } from 'node:url';

export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  testEnvironment: 'node',
  transform: {},
  testMatch: ['<rootDir>/test/jest/**/*.test.mjs'],
  testTimeout: 30_000,
};
