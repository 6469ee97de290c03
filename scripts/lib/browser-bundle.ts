/**
 * Bundles one in-memory entry module for the browser with Vite (Rolldown, Oxc minifier), the way a
 * front-end app's production build would, and reports its size and inputs. Used by
 * scripts/bundle-size.ts; the method is recorded in docs/decisions/019-browser-tests.md.
 */
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, type Logger, minifySync, type Rolldown } from 'vite';

/** What to bundle: the entry's source text, and `msw` resolved to another package (msw 2's alias). */
export interface BundleRequest {
  root: string;
  entry: string;
  mswPackage?: string;
}

/** One input module of a bundle, with its size when minified on its own. */
export interface BundleInput {
  id: string;
  minifiedBytes: number;
}

/** A bundle's size, inputs and every warning Vite or Rolldown printed while building it. */
export interface BundleResult {
  minifiedBytes: number;
  gzipBytes: number;
  inputs: BundleInput[];
  warnings: string[];
}

const ENTRY_ID = '\0fc3-bundle-size-entry.js';

/** A logger that keeps warnings and errors instead of printing them (the caller fails on any). */
function collectingLogger(warnings: string[]): Logger {
  const keep = (message: string) => warnings.push(message);
  return {
    info: () => {},
    warn: keep,
    warnOnce: keep,
    error: keep,
    clearScreen: () => {},
    hasErrorLogged: () => false,
    hasWarned: false,
  };
}

function minifiedSize(id: string, code: string): number {
  return Buffer.byteLength(minifySync(id.replace(/\0/g, ''), code).code);
}

/**
 * Bundles `request.entry` (ES module, browser conditions, minified) without writing files.
 *
 * @example
 * const { gzipBytes } = await bundleForBrowser({ root, entry: "export * from 'msw';" });
 */
export async function bundleForBrowser(request: BundleRequest): Promise<BundleResult> {
  const warnings: string[] = [];
  const output = (await build({
    configFile: false,
    mode: 'production',
    root: request.root,
    logLevel: 'warn',
    customLogger: collectingLogger(warnings),
    resolve: request.mswPackage ? { alias: { msw: request.mswPackage } } : {},
    plugins: [
      {
        name: 'fc3-bundle-size-entry',
        resolveId: (id) => (id === ENTRY_ID ? ENTRY_ID : undefined),
        load: (id) => (id === ENTRY_ID ? request.entry : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: ENTRY_ID,
        output: { format: 'es', codeSplitting: false },
        onwarn: (warning) => {
          warnings.push(warning.message);
        },
      },
    },
  })) as Rolldown.RolldownOutput;
  const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`expected one chunk, got ${chunks.length}`);
  const [chunk] = chunks as [Rolldown.OutputChunk];
  const inputs = Object.entries(chunk.modules).map(([id, module]) => ({
    id,
    minifiedBytes: module.code ? minifiedSize(id, module.code) : 0,
  }));
  return {
    minifiedBytes: Buffer.byteLength(chunk.code),
    gzipBytes: gzipSync(chunk.code).byteLength,
    inputs,
    warnings,
  };
}

/** Polyfill packages that bundlers substitute for Node built-ins. */
const POLYFILLS =
  /[\\/]node_modules[\\/](buffer|process|events|util|assert|stream-browserify|crypto-browserify|path-browserify|browserify-zlib|os-browserify|url)[\\/]/;
const builtins = new Set(builtinModules);

/**
 * The inputs that are Node built-ins, Vite's empty stand-in for one (`__vite-browser-external`)
 * or a Node polyfill package: code that cannot work in a browser as it does in Node.
 *
 * @example
 * nodeOnlyInputs([{ id: '\0__vite-browser-external:node:fs', minifiedBytes: 20 }]); // one hit
 */
export function nodeOnlyInputs(inputs: readonly BundleInput[]): string[] {
  return inputs
    .map((input) => input.id.replace(/^\0/, ''))
    .filter(
      (id) =>
        id.startsWith('node:') ||
        builtins.has(id) ||
        id.includes('__vite-browser-external') ||
        POLYFILLS.test(id),
    );
}
