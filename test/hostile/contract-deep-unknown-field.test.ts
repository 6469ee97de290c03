/**
 * An honest emulator behind a pass-through that adds one unknown field, nested 100,000 deep, to
 * every JSON object answer (s13 hostile review). Clients ignore unknown fields, so the suite must
 * grade it like the emulator alone; `compare` cloned the answer (structuredClone) and compared
 * fields as JSON.stringify text, both of which overflowed the stack, and 25 cases failed with
 * "the check itself threw (RangeError: Maximum call stack size exceeded)". A documented field
 * answered that deep fails its cases, quoted to 32 levels (the checks' JSON.stringify threw).
 */
import { describe, expect, it } from 'vitest';
import { emulatorTarget, runContractSuite } from '../../contracts/index.ts';
import type { ContractTarget } from '../../contracts/types.ts';
import { createEmulator } from '../../mocks/index.ts';

/** The cases `compare` grades: GetFunction after a create, an update keeping functionId, a re-create. */
const ONLY =
  'get.after-create.builtin,update.keeps-identity,update.last-modified-moves,delete.recreate-new-id';

/** `target` with every JSON object answer's text passed through `edit`. */
function editing(target: ContractTarget, edit: (body: string) => string): ContractTarget {
  return {
    ...target,
    send: async (request) => {
      const answer = await target.send(request);
      const json = (answer.headers['content-type'] ?? '').includes('json');
      if (!json || !answer.body.startsWith('{')) return answer;
      const body = edit(answer.body);
      return { ...answer, body, bytes: new TextEncoder().encode(body) };
    },
  };
}

/** `{"a": {"a": … 1}}`, `depth` objects. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** `target` with `"x": {"a": {"a": … 1}}` (`depth` objects) first in every JSON object answer. */
function withDeepField(target: ContractTarget, depth: number): ContractTarget {
  const field = `"x":${nested(depth - 1)}`;
  return editing(target, (body) => {
    const rest = body.slice(1).trimStart();
    return `{${field}${rest.startsWith('}') ? '' : ','}${rest}`;
  });
}

describe('hostile: an unknown field nested deep in every answer of an honest emulator', () => {
  it.each([1_000, 100_000])(
    'grades the compare cases as passed at depth %i',
    async (depth) => {
      const report = await runContractSuite(withDeepField(emulatorTarget(createEmulator()), depth), {
        only: ONLY,
      });
      const failures = report.results.flatMap((r) => r.failures.map((f) => `${r.case.id}: ${f.message}`));
      expect(failures).toEqual([]);
      expect(report.totals).toMatchObject({ passed: 4, failed: 0, total: 4 });
    },
    60_000,
  );
});

describe('hostile: a documented field answered nested 100,000 deep', () => {
  it('fails the cases that look at it with the value quoted to 32 levels, no check throwing', async () => {
    // Every "description" string the emulator answers becomes an object nested 100,000 deep.
    const deep = `"description":${nested(100_000)}`;
    const target = editing(emulatorTarget(createEmulator()), (body) =>
      body.replace(/"description":"(?:[^"\\]|\\.)*"/g, deep),
    );
    const only = 'sample.*,update.merge.keeps-absent-keys,version.publish.ok,alias.create.ok';
    const report = await runContractSuite(target, { only });
    const messages = report.results.flatMap((r) => r.failures.map((f) => f.message));
    expect(messages.filter((message) => message.includes('the check itself threw'))).toEqual([]);
    expect(messages.some((message) => message.includes('nested deeper than 32 levels'))).toBe(true);
    expect(report.totals.failed).toBeGreaterThan(0);
  }, 60_000);
});
