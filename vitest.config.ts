import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`:
 * - `default`: every test except test/browser/ (real Chromium: `npm run test:browser`,
 *   vitest.browser.config.ts), with the installed msw 3 and nock 15;
 * - `compat-msw2-nock14`: the adapter tests again, with `msw` → `msw-v2` and `nock` → `nock-v14`
 *   (the aliases also cover subpaths such as `msw/node`); the tests assert the loaded majors
 *   through FC3_EXPECT_MSW / FC3_EXPECT_NOCK.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'default',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/browser/**'],
          env: { FC3_EXPECT_MSW: '3', FC3_EXPECT_NOCK: '15' },
        },
      },
      {
        extends: true,
        resolve: { alias: { msw: 'msw-v2', nock: 'nock-v14' } },
        test: {
          name: 'compat-msw2-nock14',
          include: ['test/adapters/**/*.test.ts'],
          env: { FC3_EXPECT_MSW: '2', FC3_EXPECT_NOCK: '14' },
        },
      },
    ],
  },
});
