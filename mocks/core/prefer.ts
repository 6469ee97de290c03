/**
 * Prism-compatible answer selection through the `Prefer` request header (`code=NNN`,
 * `example=NAME`), so that one test selects the same documented answer from our mocks and Prism.
 * Each operation answers from its own documented examples.
 */
import { emulatorDocument } from '../../generated/spec-document.ts';
import type { OperationName } from './types.ts';

/** A documented example chosen by `Prefer`: its status and body as written in the spec. */
export interface PreferredAnswer {
  status: number;
  example: string;
  /** The example body; undefined for a documented answer without one (204). */
  body: Record<string, unknown> | undefined;
}

/**
 * An answer's documented examples by name, as the emulator's view of the spec writes them
 * (scripts/lib/emulator-view.ts): `null` for an answer without content (204).
 */
type ExamplesShape = Record<string, Record<string, unknown>> | null;

type OperationsShape = Record<string, { responses?: Record<string, ExamplesShape> }>;

const operations = (emulatorDocument as unknown as { operations: OperationsShape }).operations;

function examplesOf(
  examples: ExamplesShape | undefined,
): Array<[string, Record<string, unknown> | undefined]> {
  // A documented answer without content (204) is selectable by its status alone.
  return examples === null ? [['', undefined]] : Object.entries(examples ?? {});
}

function parsePrefer(header: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of header.split(/[,;]/)) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (key && value) pairs.set(key.toLowerCase(), value.replace(/^"|"$/g, ''));
  }
  return pairs;
}

/** What a `Prefer` header chose: a documented answer, or the answers the operation documents when it names none of them. */
export type PreferChoice = { ok: true; answer: PreferredAnswer } | { ok: false; documented: string };

/** The operation's documented answers as `Prefer` would name them: `code=409 (example=A, B)`, …. */
function documentedChoices(responses: Record<string, ExamplesShape>): string {
  return Object.entries(responses)
    .map(([status, examples]) => {
      const names = examplesOf(examples)
        .map(([name]) => name)
        .filter((name) => name !== '');
      return names.length > 0 ? `code=${status} (example=${names.join(', ')})` : `code=${status}`;
    })
    .join('; ');
}

/**
 * Picks the documented answer a `Prefer` header asks for (`code=`, `example=`); `undefined` when it
 * asks for none (no header, or only other preferences such as `dynamic=true`). A header that names
 * nothing the operation documents is a typo to report, never a request to handle for real.
 *
 * @example
 * preferredAnswer('CreateFunction', 'code=409'); // { ok: true, answer: { status: 409, example: 'FunctionAlreadyExists', … } }
 */
export function preferredAnswer(
  operation: OperationName,
  header: string | undefined,
): PreferChoice | undefined {
  if (!header) return undefined;
  const prefer = parsePrefer(header);
  const code = prefer.get('code');
  const name = prefer.get('example');
  if (!code && !name) return undefined;
  const responses = operations[operation]?.responses ?? {};
  // Like Prism: an example name alone is looked up among the success examples.
  const status = code ?? Object.keys(responses).find((key) => key.startsWith('2')) ?? '200';
  const match = Object.hasOwn(responses, status)
    ? examplesOf(responses[status]).find(([example]) => !name || example === name)
    : undefined;
  if (!match) return { ok: false, documented: documentedChoices(responses) };
  return { ok: true, answer: { status: Number(status), example: match[0], body: match[1] } };
}
