import { describe, expect, it } from 'vitest';
import { specDocument } from '../../generated/spec-document.ts';
import { type Codecs, defaultCodecs } from '../../mocks/core/codecs.ts';
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { MAX_KEPT_STRING, MAX_RAW_BODY } from '../../mocks/core/journal.ts';
import { isUploadRequest } from '../../mocks/core/operations/foreign-routes.ts';
import { predigest } from '../../mocks/core/predigested.ts';
import { sha256Hex } from '../../mocks/core/sha256.ts';
import type { Emulator, WireRequest, WireResponse } from '../../mocks/core/types.ts';
import { createEmulator } from '../../mocks/index.ts';
import { nodeCodecs } from '../../mocks/node-codecs.ts';
import {
  caseWire,
  PREDIGEST_KEYS,
  PREDIGEST_TIME,
  packageBytes,
  predigestCases,
} from '../helpers/predigest-cases.ts';

const FIXED = PREDIGEST_TIME;
const KEYS = PREDIGEST_KEYS;
const BASE = 'http://127.0.0.1:9000/2023-03-30';

function pair(codecs: Codecs, signed: boolean): [Emulator, Emulator] {
  const make = (): Emulator =>
    createEmulator({
      seed: 11,
      clock: () => FIXED,
      codecs,
      ...(signed ? { credentials: { [KEYS.accessKeyId]: KEYS.accessKeySecret } } : {}),
    });
  return [make(), make()];
}

interface Run {
  plain: WireResponse[];
  predigested: WireResponse[];
  replaced: number;
  notBase64: number;
}

async function runBothWays(codecs: Codecs, signed: boolean): Promise<Run & { emulators: Emulator[] }> {
  const [plain, digested] = pair(codecs, signed);
  const run: Run = { plain: [], predigested: [], replaced: 0, notBase64: 0 };
  for (const [index, c] of predigestCases().entries()) {
    const wire = caseWire(c, { base: BASE, signed, index });
    const pre = predigest(wire.body, { codecs, upload: isUploadRequest(wire) });
    if (pre.zip !== undefined) run.replaced += 1;
    if (pre.zip === false) run.notBase64 += 1;
    run.plain.push(await plain.dispatch(wire));
    run.predigested.push(await digested.dispatch({ ...wire, predigested: pre }));
  }
  return { ...run, emulators: [plain, digested] };
}

describe('a pre-digested request is answered and journalled exactly like the plain one', () => {
  const matrix = [
    { codecs: nodeCodecs, signed: false, label: 'Node codecs, unsigned' },
    { codecs: nodeCodecs, signed: true, label: 'Node codecs, ACS3-signed' },
    { codecs: defaultCodecs, signed: false, label: 'browser-safe codecs, unsigned' },
    { codecs: defaultCodecs, signed: true, label: 'browser-safe codecs, ACS3-signed' },
  ];
  for (const { codecs, signed, label } of matrix) {
    it(label, async () => {
      const { plain, predigested, replaced, notBase64, emulators } = await runBothWays(codecs, signed);
      const [a, b] = emulators as [Emulator, Emulator];
      const names = predigestCases().map((c) => c.name);
      for (const [i, name] of names.entries()) expect(predigested[i], name).toEqual(plain[i]);
      expect(JSON.stringify(b.calls())).toBe(JSON.stringify(a.calls()));
      expect(b.calls()).toEqual(a.calls());
      expect(b.functions()).toEqual(a.functions());
      // Not vacuous: the replacement happened, in both of its forms, and the answers vary.
      expect(replaced).toBeGreaterThan(15);
      expect(notBase64).toBe(3);
      const statuses = new Set(plain.map((r) => r.status));
      expect([...statuses].sort()).toEqual(signed ? [200, 400, 403, 404, 409] : [200, 400, 404, 409]);
      const codes = new Set(plain.map((r) => JSON.parse(r.body || '{}').Code));
      expect(codes).toContain('InvalidArgument');
      if (signed) expect(codes).toContain('SignatureNotMatch');
    });
  }

  it('a package over the 100 MB limit', { timeout: 60_000 }, async () => {
    const zip = Buffer.from(packageBytes(100 * 1024 * 1024 + 3)).toString('base64');
    const body = new TextEncoder().encode(
      `{"functionName":"pd-huge","runtime":"python3.10","handler":"index.handler","code":{"zipFile":"${zip}"}}`,
    );
    const [a, b] = pair(nodeCodecs, false);
    const wire: WireRequest = { method: 'POST', url: `${BASE}/functions`, headers: {}, body };
    const plain = await a.dispatch(wire);
    const digested = await b.dispatch({ ...wire, predigested: predigest(body, { codecs: nodeCodecs }) });
    expect(plain.status).toBe(400);
    expect(JSON.parse(plain.body).Message).toContain('104857600');
    expect(digested).toEqual(plain);
    expect(JSON.stringify(b.calls())).toBe(JSON.stringify(a.calls()));
  });
});

describe('predigest', () => {
  const zip = Buffer.from(packageBytes(4000)).toString('base64');
  const bytes = new TextEncoder().encode(JSON.stringify({ functionName: 'f', code: { zipFile: zip } }));

  it('hashes the body, parses it and replaces a long zipFile by its journal summary', () => {
    const pre = predigest(bytes, { codecs: nodeCodecs });
    expect(pre.sha256Hex).toBe(sha256Hex(bytes));
    // The package itself travels too, for GetFunctionCode's download (ADR 038).
    expect(pre.zip).toEqual({
      byteLength: 4000,
      checksum: crc64XzDecimal(packageBytes(4000)),
      bytes: packageBytes(4000),
    });
    expect(pre.parsed?.ok && pre.parsed.value.code).toEqual({
      zipFile: `[fc3-testkit: ${zip.length} characters, sha256 ${sha256Hex(zip)}]`,
    });
  });

  it('keeps a zipFile the journal keeps, and cuts the text to what the journal reads', () => {
    const short = new TextEncoder().encode(
      JSON.stringify({ code: { zipFile: 'A'.repeat(MAX_KEPT_STRING) } }),
    );
    expect(predigest(short, { codecs: nodeCodecs }).zip).toBeUndefined();
    const long = new TextEncoder().encode(JSON.stringify({ d: 'x'.repeat(MAX_RAW_BODY * 2) }));
    expect(predigest(long, { codecs: nodeCodecs }).parsed?.text).toHaveLength(MAX_RAW_BODY + 1);
  });

  it('gives the same result with the Node and the browser-safe codecs', () => {
    expect(predigest(bytes, { codecs: nodeCodecs })).toEqual(predigest(bytes, { codecs: defaultCodecs }));
  });
});

describe('the replacement is invisible to the schema', () => {
  // predigest replaces code.zipFile with a summary; only the type of that string may be checked.
  it('every zipFile property in the spec asks for a string and nothing else', () => {
    const found: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      if (properties && typeof properties.zipFile === 'object')
        found.push(properties.zipFile as Record<string, unknown>);
      for (const child of Object.values(node)) walk(child);
    };
    walk((specDocument.components as Record<string, unknown>).schemas);
    expect(found.length).toBeGreaterThan(0);
    for (const schema of found) {
      expect(schema.type).toBe('string');
      expect(Object.keys(schema).filter((key) => key !== 'type' && key !== 'description')).toEqual([]);
    }
  });
});
