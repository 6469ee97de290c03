/**
 * `npm run size`: what fc3-testkit's emulator core + MSW adapter add to a browser bundle ON TOP of
 * msw, for msw 3 and msw 2, from the BUILT package (`npm run build` first; the npm script does).
 * Two production builds per major (Vite, Oxc minifier, gzip at zlib's default level), one with
 * `setupWorker` + `http` alone and one that also spreads `fc3Handlers(createEmulator())`; the
 * difference is our cost. Exits 1 over budget, on any bundler warning, or when a Node built-in or
 * a Node polyfill is bundled. Method: docs/decisions/019-browser-tests.md.
 */
import { fileURLToPath } from 'node:url';
import {
  type BundleInput,
  type BundleResult,
  bundleForBrowser,
  nodeOnlyInputs,
} from './lib/browser-bundle.ts';

/** Budget for fc3-testkit on top of msw, in kB (1000 bytes, as Vite reports sizes). */
const BUDGET = { minifiedKb: 200, gzipKb: 45 };

// A production build, whatever the shell says: Vite reports externalized Node built-ins only then,
// and msw drops its development-only code.
process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const MSW_ALONE = `
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
export const worker = setupWorker(http.get('https://app.example/api', () => new Response('ok')));
`;
const WITH_FC3 = `
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createEmulator } from 'fc3-testkit';
import { fc3Handlers } from 'fc3-testkit/msw';
export const worker = setupWorker(
  http.get('https://app.example/api', () => new Response('ok')),
  ...fc3Handlers(createEmulator()),
);
`;

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

/** Inputs of `withFc3` that the msw-only bundle does not have: what fc3-testkit brings. */
function addedInputs(alone: BundleResult, withFc3: BundleResult): BundleInput[] {
  const seen = new Set(alone.inputs.map((input) => input.id));
  return withFc3.inputs.filter((input) => !seen.has(input.id));
}

/** Groups an input by where it comes from, for the breakdown. */
function label(id: string): string {
  const local = id.startsWith(root) ? id.slice(root.length) : id;
  const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(local)?.[1];
  return pkg ? `${pkg} (dependency)` : local;
}

function breakdown(inputs: BundleInput[]): string[] {
  const byLabel = new Map<string, number>();
  for (const input of inputs)
    byLabel.set(label(input.id), (byLabel.get(label(input.id)) ?? 0) + input.minifiedBytes);
  const total = [...byLabel.values()].reduce((sum, bytes) => sum + bytes, 0);
  return [...byLabel.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(
      ([name, bytes]) =>
        `    ${kb(bytes).padStart(6)} kB  ${((bytes / total) * 100).toFixed(0).padStart(3)} %  ${name}`,
    );
}

interface MajorReport {
  lines: string[];
  failures: string[];
}

async function measure(major: string, mswPackage: string | undefined): Promise<MajorReport> {
  const alone = await bundleForBrowser({ root, entry: MSW_ALONE, mswPackage });
  const withFc3 = await bundleForBrowser({ root, entry: WITH_FC3, mswPackage });
  const minified = withFc3.minifiedBytes - alone.minifiedBytes;
  const gzip = withFc3.gzipBytes - alone.gzipBytes;
  const added = addedInputs(alone, withFc3);
  const failures = [
    ...[...alone.warnings, ...withFc3.warnings].map((warning) => `msw ${major}: bundler warning: ${warning}`),
    ...nodeOnlyInputs(added).map((id) => `msw ${major}: Node built-in or polyfill bundled: ${id}`),
  ];
  if (minified > BUDGET.minifiedKb * 1000)
    failures.push(`msw ${major}: ${kb(minified)} kB minified > ${BUDGET.minifiedKb} kB`);
  if (gzip > BUDGET.gzipKb * 1000) failures.push(`msw ${major}: ${kb(gzip)} kB gzip > ${BUDGET.gzipKb} kB`);
  const lines = [
    `msw ${major}: setupWorker + http alone ${kb(alone.minifiedBytes)} kB minified, ${kb(alone.gzipBytes)} kB gzip`,
    `  + createEmulator + fc3Handlers  ${kb(withFc3.minifiedBytes)} kB minified, ${kb(withFc3.gzipBytes)} kB gzip`,
    `  fc3-testkit on top of msw ${major}: ${kb(minified)} kB minified (budget ${BUDGET.minifiedKb}), ${kb(gzip)} kB gzip (budget ${BUDGET.gzipKb})`,
    `  largest fc3-testkit inputs (${added.length} modules; each minified on its own):`,
    ...breakdown(added),
  ];
  return { lines, failures };
}

const reports = [await measure('3', undefined), await measure('2', 'msw-v2')];
for (const report of reports) console.log(report.lines.join('\n'));
const failures = reports.flatMap((report) => report.failures);
if (failures.length > 0) {
  console.error(`bundle-size: FAILED\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('bundle-size: within budget, no bundler warnings, no Node built-ins or polyfills');
