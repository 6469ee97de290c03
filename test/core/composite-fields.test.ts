/**
 * validation.ts `COMPOSITE_FIELDS` restates, for each composite schema rule (`not` / `anyOf` of
 * `required`), the fields it names and their types; given the spec, want the same table derived
 * from the schema each rule's `appliesTo` path names, so the two can never drift apart.
 */
import { describe, expect, it } from 'vitest';
import { COMPOSITE_FIELDS } from '../../mocks/core/validation.ts';
import { createFunctionOperation, loadSpec } from '../spec/spec-helpers.ts';

interface SchemaNode {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  not?: SchemaNode;
}
interface CompositeRule {
  id: string;
  appliesTo?: { path: string; keywords: string[] }[];
}

const spec = loadSpec() as unknown as { components: { schemas: Record<string, SchemaNode> } };
const schemas = spec.components.schemas;
const resolved = (node: SchemaNode | undefined): SchemaNode | undefined =>
  node?.$ref ? schemas[node.$ref.slice(node.$ref.lastIndexOf('/') + 1)] : node;
const compositeKeys = (node: SchemaNode): string[] =>
  [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.not ? [node.not] : [])].flatMap((child) => [
    ...(child.required ?? []),
    ...compositeKeys(child),
  ]);

function derived(): Record<string, Record<string, string>> {
  const rules = (createFunctionOperation(loadSpec()) as unknown as { 'x-fc-rules': CompositeRule[] })[
    'x-fc-rules'
  ];
  const table: Record<string, Record<string, string>> = {};
  for (const rule of rules) {
    for (const target of rule.appliesTo ?? []) {
      if (!target.keywords.some((k) => ['not', 'anyOf', 'oneOf'].includes(k))) continue;
      let node = resolved(schemas.CreateFunctionInput);
      for (const step of target.path.split('/').filter(Boolean)) node = resolved(node?.properties?.[step]);
      if (!node) throw new Error(`${rule.id}: no schema at ${target.path}`);
      const at = node.properties ?? {};
      table[rule.id] = Object.fromEntries(
        compositeKeys(node).map((key) => [key, resolved(at[key])?.type ?? '']),
      );
    }
  }
  return table;
}

describe('COMPOSITE_FIELDS', () => {
  it('is what the spec says each composite rule names, with the spec types', () => {
    const table = derived();
    expect(Object.keys(table).sort()).toEqual(['code-xor-container', 'zipFile-xor-oss']);
    expect(COMPOSITE_FIELDS).toEqual(table);
  });
});
