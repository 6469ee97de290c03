/**
 * Prism-compatible answer selection through the `Prefer` request header (`code=NNN`,
 * `example=NAME`), so that one test selects the same documented answer from our mocks and Prism.
 */
import { specDocument } from '../../generated/spec-document.ts';

/** A documented example chosen by `Prefer`: its status and body as written in the spec. */
export interface PreferredAnswer {
  status: number;
  example: string;
  body: Record<string, unknown>;
}

interface ResponseShape {
  content?: Record<string, { examples?: Record<string, { value: Record<string, unknown> }> }>;
}

interface OperationShape {
  paths: Record<string, { post: { responses: Record<string, ResponseShape> } }>;
}

const responses =
  (specDocument as unknown as OperationShape).paths['/2023-03-30/functions']?.post.responses ?? {};

function examplesOf(status: string): Array<[string, Record<string, unknown>]> {
  const examples = responses[status]?.content?.['application/json']?.examples ?? {};
  return Object.entries(examples).map(([name, example]) => [name, example.value]);
}

function parsePrefer(header: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of header.split(/[,;]/)) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (key && value) pairs.set(key.toLowerCase(), value.replace(/^"|"$/g, ''));
  }
  return pairs;
}

/**
 * Picks the documented answer a `Prefer` header asks for, or `undefined` when it asks for none
 * that the spec documents.
 *
 * @example
 * preferredAnswer('code=409')?.example; // 'FunctionAlreadyExists'
 */
export function preferredAnswer(header: string | undefined): PreferredAnswer | undefined {
  if (!header) return undefined;
  const prefer = parsePrefer(header);
  const code = prefer.get('code');
  const name = prefer.get('example');
  if (!code && !name) return undefined;
  // Like Prism: an example name alone is looked up among the success examples.
  const statuses = [code ?? '200'];
  for (const status of statuses) {
    const match = examplesOf(status).find(([example]) => !name || example === name);
    if (match) return { status: Number(status), example: match[0], body: match[1] };
  }
  return undefined;
}
