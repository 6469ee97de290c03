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
import { writeSharingRepeats } from './lib/shared-values.ts';
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
  const { document, requestExamples, operationParameters, ruleDetails } = runtimeSpec(
    parseYaml(specText) as Record<string, unknown>,
  );
  const shared = writeSharingRepeats(document, { prefix: 'shared', type: 'JsonValue' });
  const parameters = writeSharingRepeats(operationParameters, { prefix: 'parameter', type: 'JsonValue' });
  const details = writeSharingRepeats(ruleDetails, { prefix: 'ruleDetail' });
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
    `export const specDocument: { [key: string]: JsonValue } = ${shared.expression};`,
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
    '/** What only the public rule catalogue reads of an `x-fc-rules` entry. */',
    'export interface RuleDetail {',
    '  statement?: string;',
    '  reference: string;',
    '}',
    '',
    '// Rule details several operations share, written once.',
    ...details.declarations,
    '',
    '/**',
    " * What the document's `x-fc-rules` leave out, by operationId and rule id: every rule's reference,",
    ' * and the statement of each rule the schema validator does not map errors to (no `appliesTo`;',
    ' * the emulator words those in code). mocks/core/rule-catalogue.ts joins them back.',
    ' *',
    ' * @example',
    " * ruleDetails.CreateFunction?.['cpu-memory-ratio']?.reference; // 'C.5'",
    ' */',
    `export const ruleDetails: { [operationId: string]: { [ruleId: string]: RuleDetail } } = ${details.expression};`,
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
