import { describe, expect, it } from 'vitest';
import { isFcErrorCode } from '../../mocks/core/errors.ts';
import { createJournal, type JournalRecord } from '../../mocks/core/journal.ts';
import { sha256Hex } from '../../mocks/core/sha256.ts';
import { createEmulator } from '../../mocks/index.ts';
import { EMPTY_ZIP, minimalInput } from '../helpers/requests.ts';

const BASE = 'http://127.0.0.1:9000/2023-03-30/functions';
const encoder = new TextEncoder();

function wire(method: string, url: string, input?: unknown) {
  return {
    method,
    url,
    headers: {},
    body: input === undefined ? new Uint8Array(0) : encoder.encode(JSON.stringify(input)),
  };
}

function entry(overrides: Partial<JournalRecord> = {}): JournalRecord {
  return {
    at: new Date(5),
    operation: 'CreateFunction',
    method: 'POST',
    url: BASE,
    headers: {},
    body: new Uint8Array(0),
    input: undefined,
    bodyText: undefined,
    status: 400,
    code: 'InvalidArgument',
    functionName: undefined,
    outcome: 'rejected',
    ruleId: undefined,
    requestId: '1-0-0',
    responseText: '{"Code":"InvalidArgument"}',
    ...overrides,
  };
}

describe('journal entries are snapshots', () => {
  it('keeps each answer as it was sent, through later updates and deletes', async () => {
    const emulator = createEmulator({ seed: 3 });
    const create = await emulator.dispatch(
      wire('POST', BASE, minimalInput({ functionName: 'r', description: 'one' })),
    );
    const update = await emulator.dispatch(wire('PUT', `${BASE}/r`, { description: 'two' }));
    const remove = await emulator.dispatch(wire('DELETE', `${BASE}/r`));
    const calls = emulator.calls();
    expect(calls.map((c) => [c.operation, c.status, c.outcome])).toEqual([
      ['CreateFunction', 200, 'succeeded'],
      ['UpdateFunction', 200, 'succeeded'],
      ['DeleteFunction', 204, 'succeeded'],
    ]);
    expect(JSON.stringify(calls[0]?.response)).toBe(create.body);
    expect(JSON.stringify(calls[1]?.response)).toBe(update.body);
    expect(calls[0]?.response).toMatchObject({ description: 'one' });
    expect(calls[2]?.response).toBeUndefined();
    expect(remove.body).toBe('');
  });

  it('hands out copies: mutating a returned entry changes nothing', async () => {
    const emulator = createEmulator();
    await emulator.dispatch(
      wire('POST', BASE, minimalInput({ functionName: 'm', environmentVariables: { A: '1' } })),
    );
    const [first] = emulator.calls();
    (first?.input?.environmentVariables as Record<string, string>).A = 'changed';
    (first?.response as Record<string, unknown>).functionName = 'changed';
    if (first) first.headers.x = 'changed';
    const [again] = emulator.calls();
    expect(again?.input?.environmentVariables).toEqual({ A: '1' });
    expect(again?.response).toMatchObject({ functionName: 'm' });
    expect(again?.headers.x).toBeUndefined();
  });

  it('keeps header prototypes and a __proto__ header as an ordinary entry', () => {
    const journal = createJournal({ limit: 2, maxBytes: 1 << 20, sha256Hex });
    const headers = Object.create(null) as Record<string, string>;
    Object.defineProperty(headers, '__proto__', { value: 'x', enumerable: true, writable: true });
    journal.record(entry({ headers }));
    journal.record(entry({ headers: { a: 'b' }, at: new Date(0) }));
    const [first, second] = journal.query();
    expect(Object.getPrototypeOf(first?.headers)).toBeNull();
    expect(Object.keys(first?.headers ?? {})).toEqual(['__proto__']);
    expect(first?.at).toBe('1970-01-01T00:00:00.005Z');
    expect(Object.getPrototypeOf(second?.headers)).toBe(Object.prototype);
  });
});

describe('journal text', () => {
  it('keeps raw bodies with newlines, any unicode and invalid UTF-8, and answers, exactly', async () => {
    const emulator = createEmulator();
    const body =
      '{\n "functionName": "nl",\n "description": "a\\nb € 😀 \u2028",\n "runtime": "python3.10", "handler": "i.h",\n "code": {"zipFile": "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="}\n}';
    const created = await emulator.dispatch({
      method: 'POST',
      url: BASE,
      headers: {},
      body: encoder.encode(body),
    });
    const invalid = new Uint8Array([0x7b, 0xff, 0x0a, 0x7d]);
    await emulator.dispatch({ method: 'POST', url: BASE, headers: {}, body: invalid });
    const [first, second] = emulator.calls();
    expect(first?.rawBody).toBe(body);
    expect(JSON.stringify(first?.response)).toBe(created.body);
    expect(first?.input?.description).toBe('a\nb € 😀 \u2028');
    expect(second?.rawBody).toBe('{\ufffd\n}');
    expect(second?.response).toMatchObject({ Code: 'InvalidArgument' });
  });
});

describe('journal inputs', () => {
  it('keeps a body’s input with its values; a __proto__ key stays an own key', async () => {
    const emulator = createEmulator();
    const body =
      '{"functionName":"p","runtime":"python3.10","handler":"i.h","code":{"zipFile":"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="},"environmentVariables":{"__proto__":"x","A":"1"},"tags":[{"Key":"k","Value":"v"}]}';
    await emulator.dispatch({ method: 'POST', url: BASE, headers: {}, body: encoder.encode(body) });
    const [call] = emulator.calls();
    expect(call?.input).toEqual(JSON.parse(body));
    expect(Object.hasOwn(call?.input?.environmentVariables as object, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(call?.input?.environmentVariables)).toBe(Object.prototype);
  });

  it('summarises a long string of a body it keeps whole (string over 4 KiB, body under 64 KiB)', async () => {
    const emulator = createEmulator();
    const description = 'e'.repeat(5000);
    const input = minimalInput({ functionName: 'mid', description, code: { zipFile: EMPTY_ZIP } });
    await emulator.dispatch(wire('POST', BASE, input));
    const [call] = emulator.calls();
    expect(call?.rawBody).toBe(JSON.stringify(input));
    expect(call?.input?.description).toBe(`[fc3-testkit: 5000 characters, sha256 ${sha256Hex(description)}]`);
    expect(call?.input?.functionName).toBe('mid');
  });
});

describe('journal bounds', () => {
  it('drops the oldest entries past the entry limit', async () => {
    const emulator = createEmulator({ journalLimit: 2 });
    for (const name of ['a', 'b', 'c'])
      await emulator.dispatch(wire('POST', BASE, minimalInput({ functionName: name })));
    expect(emulator.calls().map((c) => c.functionName)).toEqual(['b', 'c']);
  });

  it('drops the oldest entries past the byte budget and always keeps the newest', () => {
    const journal = createJournal({ limit: 1000, maxBytes: 10_000, sha256Hex });
    for (let i = 0; i < 50; i++)
      journal.record(entry({ responseText: JSON.stringify({ pad: 'x'.repeat(1000), i }) }));
    const kept = journal.query();
    // About 10,000 bytes of ~1,100-byte entries: trimmed in batches, so up to a quarter more.
    expect(kept.length).toBeGreaterThan(3);
    expect(kept.length).toBeLessThanOrEqual(12);
    expect(kept.at(-1)?.seq).toBe(50);
    const huge = createJournal({ limit: 10, maxBytes: 100, sha256Hex });
    huge.record(entry({ responseText: JSON.stringify({ pad: 'y'.repeat(1000) }) }));
    expect(huge.query()).toHaveLength(1);
  });

  it('summarises long strings with their length and SHA-256, and keeps the first 64 KiB of the body', async () => {
    const emulator = createEmulator();
    const description = 'd'.repeat(70_000);
    await emulator.dispatch(
      wire('POST', BASE, minimalInput({ functionName: 'big', description, code: { zipFile: EMPTY_ZIP } })),
    );
    const [call] = emulator.calls();
    expect(call?.input?.description).toBe(
      `[fc3-testkit: 70000 characters, sha256 ${sha256Hex(description)}]`,
    );
    expect(call?.input?.code).toEqual({ zipFile: EMPTY_ZIP });
    expect(call?.rawBody).toHaveLength(65536);
  });

  it('pages with since and limit, and filters by operation', async () => {
    const emulator = createEmulator();
    for (const name of ['a', 'b', 'c'])
      await emulator.dispatch(wire('POST', BASE, minimalInput({ functionName: name })));
    await emulator.dispatch(wire('GET', `${BASE}/a`));
    expect(emulator.calls({ limit: 2 }).map((c) => c.seq)).toEqual([1, 2]);
    expect(emulator.calls({ since: 2, limit: 5 }).map((c) => c.seq)).toEqual([3, 4]);
    expect(emulator.calls({ operation: 'GetFunction' }).map((c) => c.functionName)).toEqual(['a']);
    expect(emulator.calls({ outcome: 'created' })).toHaveLength(3);
  });
});

// CallFilter.code stays `string`, not FcErrorCode: the journal holds codes the catalogue lacks
// (OSS's, the download's FunctionCodeNotFound, a cassette's recorded answers).
describe('calls({ code }) with a code outside the FC catalogue', () => {
  it("finds OSS's InvalidObjectName, which isFcErrorCode refuses", async () => {
    const emulator = createEmulator({ seed: 3 });
    const key = 'k'.repeat(1024);
    const put = { method: 'PUT', body: new Uint8Array(1) };
    await emulator.handle(
      new Request(`http://fc-temp-code-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/${key}`, put),
    );
    const code = 'InvalidObjectName';
    expect(isFcErrorCode(code)).toBe(false);
    expect(emulator.calls({ code }).map((call) => [call.operation, call.status])).toEqual([
      ['PutObject', 400],
    ]);
  });
});
