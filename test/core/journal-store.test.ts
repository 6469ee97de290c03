import { describe, expect, it } from 'vitest';
import { createJournal, type JournalRecord } from '../../mocks/core/journal.ts';
import { derivedIds } from '../../mocks/core/prng.ts';
import { createFunctionStore } from '../../mocks/core/store.ts';
import { createTextLog } from '../../mocks/core/text-log.ts';
import type { CreateFunctionInput } from '../../mocks/core/types.ts';
import { createEmulator } from '../../mocks/index.ts';
import { EMPTY_ZIP, minimalInput } from '../helpers/requests.ts';

const URL_ = 'http://127.0.0.1:9000/2023-03-30/functions';
const encoder = new TextEncoder();

function wire(input: unknown, headers: Record<string, string> = {}) {
  return { method: 'POST', url: URL_, headers, body: encoder.encode(JSON.stringify(input)) };
}

describe('text log', () => {
  it('keeps strings as UTF-8 bytes, grows, and drops the oldest', () => {
    const log = createTextLog(8);
    const texts = ['a', 'ü€😀', '', 'x'.repeat(100), '"quoted"\\'];
    for (const text of texts) log.push(text);
    expect(Array.from({ length: log.length }, (_, i) => log.get(i))).toEqual(texts);
    log.keepLast(2);
    expect([log.length, log.get(0), log.get(1)]).toEqual([2, 'x'.repeat(100), '"quoted"\\']);
    log.push('next');
    expect(log.get(2)).toBe('next');
    log.clear();
    expect(log.length).toBe(0);
  });
});

describe('function store', () => {
  const ids = derivedIds(7);
  const record = (name: string, seq: number) => ({
    name,
    seq,
    functionId: ids.functionId(seq),
    codeChecksum: '1',
    codeSize: 2,
    createdTime: '2024-05-06T07:08:09Z',
    imageDigest: '',
  });

  it('gives back each function as stored, without code, per scope', () => {
    const input = minimalInput({ functionName: 'f', environmentVariables: { B: '1', A: '2' } });
    const { code, ...rest } = input;
    const store = createFunctionStore(ids);
    const scope = { accountId: '1', regionId: 'cn-hangzhou' };
    expect(store.tryAdd(scope, record('f', 4), input as CreateFunctionInput)).toBe(0);
    expect(store.tryAdd({ ...scope }, record('f', 5), input as CreateFunctionInput)).toBe(-1);
    expect(store.get({ ...scope, regionId: 'cn-beijing' }, 'f')).toBeUndefined();
    expect(store.get(scope, 'f')).toEqual({ record: record('f', 4), input: rest, shape: 0 });
  });

  it('shares one shape between functions created from the same configuration', () => {
    const store = createFunctionStore(ids);
    const scope = { accountId: '1', regionId: 'cn-hangzhou' };
    const a = minimalInput({ functionName: 'a', description: 'same' }) as CreateFunctionInput;
    const b = minimalInput({ functionName: 'b', description: 'same' }) as CreateFunctionInput;
    const c = minimalInput({ functionName: 'c', description: 'other' }) as CreateFunctionInput;
    expect(store.tryAdd(scope, record('a', 0), a)).toBe(0);
    expect(store.tryAdd(scope, record('b', 1), b)).toBe(0);
    expect(store.tryAdd(scope, record('c', 2), c)).toBe(1);
    expect(
      store.list(scope).map((f) => [f.record.functionId, f.input.functionName, f.input.description, f.shape]),
    ).toEqual([
      [ids.functionId(0), 'a', 'same', 0],
      [ids.functionId(1), 'b', 'same', 0],
      [ids.functionId(2), 'c', 'other', 1],
    ]);
  });
});

describe('journal entries', () => {
  it('rebuilds a created function response exactly as it was sent', async () => {
    const emulator = createEmulator({ seed: 3 });
    const input = minimalInput({ functionName: 'r', runtime: 'custom-container', code: undefined });
    const sent = await emulator.dispatch(wire({ ...input, customContainerConfig: { image: 'a/b:1' } }));
    const created = await emulator.dispatch(wire(minimalInput({ functionName: 's', layers: ['acs:x'] })));
    const [first, second] = emulator.calls();
    expect(JSON.stringify(first?.response)).toBe(sent.body);
    expect(JSON.stringify(second?.response)).toBe(created.body);
  });

  it('keeps header prototypes and undefined fields as they were', () => {
    const journal = createJournal(2);
    const headers = Object.create(null) as Record<string, string>;
    Object.defineProperty(headers, '__proto__', { value: 'x', enumerable: true, writable: true });
    const record: JournalRecord = {
      at: new Date(5),
      method: 'POST',
      url: URL_,
      headers,
      body: encoder.encode('not json \u00ff'),
      input: undefined,
      status: 400,
      code: 'InvalidArgument',
      functionName: undefined,
      outcome: 'rejected',
      ruleId: undefined,
      requestId: '1-0-0',
      responseText: '{"Code":"InvalidArgument"}',
    };
    journal.record(record);
    journal.record({ ...record, headers: { a: 'b' }, at: new Date(0) });
    const [first, second] = journal.query();
    expect(Object.getPrototypeOf(first?.headers)).toBeNull();
    expect(Object.keys(first?.headers ?? {})).toEqual(['__proto__']);
    expect(first).toMatchObject({ seq: 1, functionName: undefined, ruleId: undefined, input: undefined });
    expect(first?.at).toBe('1970-01-01T00:00:00.005Z');
    expect(Object.getPrototypeOf(second?.headers)).toBe(Object.prototype);
    expect(second?.at).toBe('1970-01-01T00:00:00.000Z');
  });

  it('fails on query for an invalid date, as a Date would', () => {
    const journal = createJournal(1);
    const at = new Date(Number.NaN);
    const body = new Uint8Array(0);
    const base = { method: 'GET', url: URL_, headers: {}, body, input: undefined, status: 404 };
    const rest = { code: undefined, functionName: undefined, ruleId: undefined, requestId: '' };
    journal.record({ ...base, ...rest, at, outcome: 'unrouted', responseText: '{}' });
    expect(() => journal.query()).toThrow(RangeError);
  });

  it('keeps the parsed input of a body larger than 64 KiB and trims it with the entry', async () => {
    const emulator = createEmulator({ journalLimit: 1 });
    const big = minimalInput({
      functionName: 'big',
      description: 'd'.repeat(70_000),
      code: { zipFile: EMPTY_ZIP },
    });
    await emulator.dispatch(wire(big));
    expect(emulator.calls()[0]?.input).toEqual(big);
    expect(emulator.calls()[0]?.rawBody).toHaveLength(65536);
    await emulator.dispatch(wire(minimalInput({ functionName: 'small' })));
    await emulator.dispatch(wire(minimalInput({ functionName: 'small2' })));
    expect(emulator.calls().map((c) => c.functionName)).toEqual(['small2']);
  });
});
