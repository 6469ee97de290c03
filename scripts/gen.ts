/**
 * Regenerates `generated/` from `spec/openapi.yaml`:
 * - `generated/openapi.ts`: TypeScript types (openapi-typescript Node API);
 * - `generated/spec-document.ts`: the whole spec as a plain object, for runtime use (the schemas
 *   that mocks/core/schema/ interprets, examples, `x-fc-rules`, the Function keys).
 *
 * `node scripts/gen.ts` writes the files; `node scripts/gen.ts --check` only compares and exits 1
 * with a short diff summary when `generated/` is stale. Both go through Biome so that they
 * are stable under the project's formatter even though `generated/` is excluded from linting.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYaml } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { writeSharingRepeats, writeSharingRepeatsOf } from './lib/shared-values.ts';
import { runtimeSpec } from './lib/without-prose.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const specUrl = new URL('../spec/openapi.yaml', import.meta.url);
const biomeBin = `${root}node_modules/@biomejs/biome/bin/biome`;

const HEADER = [
  '// Generated from spec/openapi.yaml by `npm run gen` — do not edit.',
  '// Regenerate with `npm run gen`; CI runs `npm run gen:check`.',
  '',
].join('\n');

interface Output {
  /** Path relative to the repository root. */
  path: string;
  content: string;
}

/** Runs Biome's formatter on a TS text; the virtual path only selects the language and settings. */
function formatWithBiome(source: string): string {
  const result = spawnSync(process.execPath, [biomeBin, 'format', '--stdin-file-path=gen-output.ts'], {
    cwd: root,
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`biome format failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}

async function renderTypes(): Promise<string> {
  const ast = await openapiTS(specUrl);
  return formatWithBiome(HEADER + astToString(ast));
}

function renderDocument(specText: string): string {
  const { document, emulatorDocument, requestExamples, operationParameters } = runtimeSpec(
    parseYaml(specText) as Record<string, unknown>,
  );
  // The view first: a browser bundle carries only it, so it shares only what it repeats itself.
  const shared = writeSharingRepeatsOf([emulatorDocument, document], { prefix: 'shared', type: 'JsonValue' });
  const [emulatorExpression, documentExpression] = shared.expressions;
  const parameters = writeSharingRepeats(operationParameters, { prefix: 'parameter', type: 'JsonValue' });
  const body = [
    HEADER,
    '/** Any JSON value: the loose type of {@link specDocument}. */',
    'export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };',
    '',
    '// Subtrees the document repeats (YAML anchors), written once (scripts/lib/shared-values.ts).',
    ...shared.declarations,
    '',
    '/**',
    ' * The `paths` and `components` of spec/openapi.yaml without their prose, request-body examples,',
    ' * parameters, security and response headers (scripts/lib/without-prose.ts): schemas, answer',
    ' * examples, `x-fc-rules`, and `x-fc-grade` where the prose called a response or an example inferred.',
    ' *',
    ' * @example',
    ' * const schemas = (specDocument.components as { schemas: Record<string, JsonValue> }).schemas;',
    ' */',
    `export const specDocument: { [key: string]: JsonValue } = ${documentExpression};`,
    '',
    '/**',
    ' * The part of {@link specDocument} that the emulator reads (scripts/lib/emulator-view.ts), all',
    " * that a browser bundle of the MSW handlers carries: by operationId, each operation's `rules` (its",
    ' * `x-fc-rules` without references, statements only where the schema validator quotes them) and',
    " * its answers' example values for `Prefer`; the component schemas the request bodies it validates",
    ' * with a schema use.',
    ' *',
    ' * @example',
    ' * const operations = emulatorDocument.operations as { [operationId: string]: JsonValue };',
    ' */',
    `export const emulatorDocument: { [key: string]: JsonValue } = ${emulatorExpression};`,
    '',
    '/**',
    ' * The request-body examples of the spec by operationId, then example name (the contract suite',
    ' * builds cases from them; the emulator does not read them).',
    ' *',
    ' * @example',
    " * requestExamples.CreateFunction?.sample; // { functionName: 'my-function-1', … }",
    ' */',
    `export const requestExamples: { [operationId: string]: { [name: string]: JsonValue } } = ${JSON.stringify(requestExamples, null, 2)};`,
    '',
    '// Parameters several operations share, written once.',
    ...parameters.declarations,
    '',
    '/**',
    " * Each operation's parameters by operationId, shared ones resolved (the validating proxy checks",
    ' * headers with them; the emulator does not read them).',
    ' *',
    ' * @example',
    ' * operationParameters.CreateFunction?.length; // the x-acs-* headers and the rest',
    ' */',
    `export const operationParameters: { [operationId: string]: JsonValue[] } = ${parameters.expression};`,
    '',
  ].join('\n');
  return formatWithBiome(body);
}

async function render(): Promise<Output[]> {
  const specText = readFileSync(specUrl, 'utf8');
  return [
    { path: 'generated/openapi.ts', content: await renderTypes() },
    { path: 'generated/spec-document.ts', content: renderDocument(specText) },
  ];
}

/** Describes the first difference between two texts in one line. */
function describeDiff(expected: string, actual: string | undefined): string {
  if (actual === undefined) return 'missing';
  const want = expected.split('\n');
  const got = actual.split('\n');
  const index = want.findIndex((line, i) => line !== got[i]);
  const line = index === -1 ? want.length : index;
  return [
    `${got.length} lines on disk, ${want.length} expected; first difference at line ${line + 1}`,
    `    expected: ${JSON.stringify(want[line] ?? '<end of file>')}`,
    `    on disk:  ${JSON.stringify(got[line] ?? '<end of file>')}`,
  ].join('\n');
}

function check(outputs: Output[]): number {
  const stale = outputs.filter((o) => {
    const file = `${root}${o.path}`;
    return !existsSync(file) || readFileSync(file, 'utf8') !== o.content;
  });
  for (const o of stale) {
    const file = `${root}${o.path}`;
    const actual = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    console.error(`✗ ${o.path} is out of date: ${describeDiff(o.content, actual)}`);
  }
  if (stale.length > 0) {
    console.error('Run `npm run gen` and commit the result.');
    return 1;
  }
  console.log(`✓ generated/ is up to date (${outputs.map((o) => o.path).join(', ')})`);
  return 0;
}

async function main(): Promise<number> {
  const outputs = await render();
  if (process.argv.includes('--check')) return check(outputs);
  for (const o of outputs) {
    writeFileSync(`${root}${o.path}`, o.content);
    console.log(`wrote ${o.path}`);
  }
  return 0;
}

process.exitCode = await main();
