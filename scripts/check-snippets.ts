/**
 * Type-checks every TypeScript snippet of README.md and docs/guides/*.md, strict, in both module
 * modes users have (`nodenext` and `bundler`); the convention is in scripts/lib/snippets.ts.
 *
 *   node scripts/check-snippets.ts [--docs DIR] [--out DIR]
 *
 * `--docs` is where README.md and docs/ are (default: this repository; the package smoke test
 * passes the installed package). Imports resolve from `--out`'s location: inside this repository
 * `fc3-testkit` is the built package itself (run `npm run build` first), in a consumer project
 * it is the installed one. Exits 1 when a snippet does not compile.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractSnippets, pageFolder } from './lib/snippets.ts';

const { values } = parseArgs({ options: { docs: { type: 'string' }, out: { type: 'string' } } });
const docs = resolve(values.docs ?? new URL('..', import.meta.url).pathname);
const out = resolve(values.out ?? join(docs, '.tmp', 'snippets'));

const COMPILER_OPTIONS = {
  strict: true,
  noUncheckedIndexedAccess: true,
  target: 'ES2022',
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  types: ['node'],
};
const MODES = {
  nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
};

const guides = join(docs, 'docs', 'guides');
const pages = [
  'README.md',
  ...readdirSync(guides)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/guides/${name}`),
];

rmSync(out, { recursive: true, force: true });
let count = 0;
for (const page of pages) {
  for (const snippet of extractSnippets(readFileSync(join(docs, page), 'utf8'))) {
    const file = join(out, pageFolder(page), snippet.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `// ${page}:${snippet.line}\n${snippet.code}`);
    count += 1;
  }
}

const tsc = createRequire(join(out, 'x.js')).resolve('typescript/bin/tsc');
let failed = false;
for (const [mode, options] of Object.entries(MODES)) {
  const config = join(out, `tsconfig.${mode}.json`);
  writeFileSync(
    config,
    JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, ...options }, include: ['**/*.ts'] }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', config], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    console.log(`check-snippets: ${count} snippets of ${pages.length} pages compile (${mode})`);
  } catch (error) {
    failed = true;
    const output = (error as { stdout?: string }).stdout ?? String(error);
    console.error(
      `check-snippets: ${mode} errors (files under ${relative(process.cwd(), out) || '.'}):\n${output}`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
