/** The digest worker's main-thread side (ADR 028), with the real worker. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDigester, type Digester, type DigestOutcome } from '../../mocks/server/digester.ts';

const open: Digester[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((digester) => digester.close()));
});

function digester(crashes: string[] = []): Digester {
  const created = createDigester({ onCrash: (reason) => crashes.push(reason) });
  open.push(created);
  return created;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function expectDigest(outcome: DigestOutcome, body: Buffer): void {
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(Buffer.from(outcome.body).equals(body)).toBe(true);
  expect(outcome.predigested.sha256Hex).toBe(sha256(body));
}

describe('createDigester', () => {
  it('joins chunks in order, moving whole buffers and copying views of larger ones', async () => {
    const body = json({ functionName: 'f', code: { zipFile: 'A'.repeat(9000) } });
    const shared = Buffer.concat([Buffer.from('xx'), body.subarray(0, 100), Buffer.from('yy')]);
    const whole = Uint8Array.from(body.subarray(100, 5000));
    const stream = digester().begin({ declared: body.byteLength, upload: false });
    stream.append(shared.subarray(2, 102)); // a view: copied, `shared` stays usable
    stream.append(whole); // its own buffer: moved
    stream.append(new Uint8Array(0));
    stream.append(Uint8Array.from(body.subarray(5000)));
    const outcome = await stream.end();
    expectDigest(outcome, body);
    expect(shared.subarray(0, 2).toString()).toBe('xx');
    expect(whole.byteLength).toBe(0); // detached: it went to the worker
    expect(outcome.ok && outcome.predigested.zip).toMatchObject({ byteLength: 6750 }); // 9000 × 'A': zero bytes
  });

  it('keeps bodies apart when their chunks interleave, and forgets a dropped one', async () => {
    const d = digester();
    const first = json({ functionName: 'first' });
    const second = json({ functionName: 'second', description: 'x'.repeat(3000) });
    const a = d.begin({ declared: undefined, upload: false });
    const b = d.begin({ declared: second.byteLength, upload: false });
    const dropped = d.begin({ declared: undefined, upload: false });
    dropped.append(Uint8Array.from(first));
    a.append(Uint8Array.from(first.subarray(0, 5)));
    b.append(Uint8Array.from(second.subarray(0, 1000)));
    a.append(Uint8Array.from(first.subarray(5)));
    b.append(Uint8Array.from(second.subarray(1000)));
    dropped.drop();
    const [outcomeB, outcomeA] = await Promise.all([b.end(), a.end()]);
    expectDigest(outcomeA, first);
    expectDigest(outcomeB, second);
  });

  it('after close, open and new bodies get an error outcome instead of hanging', async () => {
    const d = digester();
    const pending = d.begin({ declared: undefined, upload: false });
    pending.append(Uint8Array.from(json({})));
    await d.close();
    expect(await pending.end()).toEqual({ ok: false, error: 'the server is closing' });
    expect(await d.begin({ declared: undefined, upload: false }).end()).toEqual({
      ok: false,
      error: 'the server is closing',
    });
  });
});
