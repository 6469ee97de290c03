/**
 * `CaseRequest.bodyFrom` (ADR 054): the update.read-back cases send the target's own GetFunction
 * answer back, mapped by `readBackAsUpdate`; an answer that is no JSON object fails the case with
 * a reason (no crash, nothing sent), and a read-back over the declared body limit is not applicable.
 */
import { describe, expect, it } from 'vitest';
import { emulatorTarget, runContractSuite } from '../../contracts/index.ts';
import { createEmulator, type WireRequest } from '../../mocks/index.ts';
import { broken, operationOf, requestJson } from './mutants/wrap.ts';

const ONLY = 'update.read-back.*';

function recorded(answerOfGet?: string) {
  const updates: Record<string, unknown>[] = [];
  const handler = broken(createEmulator({ maxBodyBytes: 256 * 1024 }), {
    request: (wire: WireRequest) => {
      if (operationOf(wire) === 'update') updates.push(requestJson(wire) ?? {});
      return wire;
    },
    response: (answer, wire) =>
      answerOfGet !== undefined && operationOf(wire) === 'get' ? { ...answer, body: answerOfGet } : answer,
  });
  return { handler, updates };
}

describe('the update.read-back cases', () => {
  it('pass against the emulator, sending back each read-back mapped to an update body', async () => {
    const { handler, updates } = recorded();
    const report = await runContractSuite(emulatorTarget(handler), { only: ONLY, generated: 0 });
    expect(report.results.map((r) => [r.case.id, r.status])).toEqual([
      ['update.read-back.memory-8192', 'passed'],
      ['update.read-back.minimal', 'passed'],
      ['update.read-back.container', 'passed'],
    ]);
    const [big, minimal, image] = updates;
    expect(big).toMatchObject({ memorySize: 8192, cpu: 2, layers: [], customRuntimeConfig: {} });
    expect(minimal).toMatchObject({ memorySize: 512, cpu: 0.35, customRuntimeConfig: {} });
    for (const body of updates)
      for (const key of ['functionName', 'functionId', 'lastModifiedTime', 'state', 'codeChecksum'])
        expect(body).not.toHaveProperty(key);
    expect(Object.keys(image?.customContainerConfig as object).sort()).toEqual(['image', 'port']);
  });

  it.each([
    ['text', 'not json'],
    ['an array', '[1, 2]'],
  ])('fail with a reason when GetFunction answers %s, and send nothing back', async (_what, body) => {
    const { handler, updates } = recorded(body);
    const report = await runContractSuite(emulatorTarget(handler), {
      only: 'update.read-back.minimal',
      generated: 0,
    });
    const [result] = report.results;
    expect(result?.status).toBe('failed');
    expect(result?.failures.map((f) => f.check)).toEqual(['read-back']);
    expect(result?.failures[0]?.message).toBe(
      'step 2 answered a body that is not a JSON object, so there is no read-back to send back',
    );
    expect(updates).toEqual([]);
  });

  it('fail with a reason, not a transport failure, when the read-back nests too deep to encode again', async () => {
    // JSON.parse takes 20,000 levels; JSON.stringify of them overflows the stack.
    const deep = `{"functionName":"f","description":"d","extra":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const { handler, updates } = recorded(deep);
    const report = await runContractSuite(emulatorTarget(handler), {
      only: 'update.read-back.minimal',
      generated: 0,
    });
    const [result] = report.results;
    expect(result?.failures.map((f) => f.check)).toEqual(['read-back']);
    expect(result?.failures[0]?.message).toMatch(
      /^the answer of step 2 cannot be encoded again \(RangeError: Maximum call stack size exceeded\), so there is no read-back to send back$/,
    );
    expect(updates).toEqual([]);
  });

  it('are not applicable when the read-back is over the declared body limit', async () => {
    const report = await runContractSuite(emulatorTarget(createEmulator({ maxBodyBytes: 300 })), {
      only: 'update.read-back.minimal',
      generated: 0,
    });
    expect(report.results[0]?.status).toBe('not-applicable');
    expect(report.results[0]?.reason).toMatch(
      /^the read-back of step 2 \(\d+ bytes\) exceeds the declared body limit \(300 bytes\)/,
    );
  });
});
