import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * `npm run test:browser` (not part of `npm test`): test/browser/ in real Chromium, once per msw
 * major, against the BUILT package (`npm run build` first; the script does). Why it is built this
 * way: docs/decisions/019-browser-tests.md.
 *
 * - Chromium is the system binary (`FC3_CHROMIUM`, default /usr/bin/chromium; `.ci/run` installs
 *   Debian's package). Playwright never downloads a browser here.
 * - Each project has its own Vite server, so its own origin: the two majors' Service Workers can
 *   never control each other's page.
 * - Each project serves its own major's `mockServiceWorker.js` straight from the package (a stale
 *   copy of another major only warns, then `worker.stop()` hangs).
 */
const require = createRequire(import.meta.url);
const chromium = process.env.FC3_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `${chromium} not found: run \`bash scripts/ensure-chromium.sh\` (Debian's chromium package) or set FC3_CHROMIUM`,
  );
}
if (!existsSync(new URL('./dist/mocks/msw.js', import.meta.url))) {
  throw new Error(
    'dist/ is missing: the browser tests import the built package; `npm run test:browser` builds first',
  );
}

// The background-networking flags matter: without them Chromium keeps trying to reach the
// internet, which is closed in CI. Playwright's `launch()` adds a fresh temporary
// --user-data-dir of its own (and refuses one in `args`).
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves `<pkg>/mockServiceWorker.js` at `/mockServiceWorker.js`, msw's default worker URL. */
function serveWorkerScript(pkg: string): Plugin {
  const file = require.resolve(`${pkg}/mockServiceWorker.js`);
  return {
    name: 'fc3-serve-msw-worker-script',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.setHeader('cache-control', 'no-store');
        response.end(readFileSync(file));
      });
    },
  };
}

/** One browser project: test/browser/ with `msw` resolved to `pkg` (msw 3, or the msw-v2 alias). */
function mswProject(major: '2' | '3', pkg: string): TestProjectInlineConfiguration {
  return {
    plugins: [serveWorkerScript(pkg)],
    resolve: pkg === 'msw' ? {} : { alias: { msw: pkg } },
    // Pre-bundled up front: discovering them on a cold cache makes Vite reload the running test.
    optimizeDeps: { include: [`${pkg}`, `${pkg}/browser`] },
    test: {
      name: `browser-msw${major}`,
      include: ['test/browser/**/*.test.ts'],
      provide: { mswMajor: major },
      browser: {
        enabled: true,
        headless: true,
        // The failure message and the journal say what went wrong; no screenshot files in the tree.
        screenshotFailures: false,
        provider: playwright({ launchOptions: { executablePath: chromium, args: chromiumFlags } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    teardownTimeout: 20_000,
    projects: [mswProject('3', 'msw'), mswProject('2', 'msw-v2')],
  },
});
