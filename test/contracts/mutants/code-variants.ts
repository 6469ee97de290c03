/**
 * Broken variants for GetFunctionCode: each breaks one fact of contracts/cases/code-cases.ts, and
 * the case that owns the fact must catch it.
 */
import {
  createEmulator,
  type EmulatorOptions,
  type WireRequest,
  type WireResponse,
} from '../../../mocks/index.ts';
import type { Mutant } from './variants.ts';
import { broken, editJson, jsonAnswer, MUTANT_REQUEST_ID } from './wrap.ts';

const url = (wire: WireRequest) => new URL(wire.url);
const isCode = (wire: WireRequest) => wire.method === 'GET' && url(wire).pathname.endsWith('/code');
const error = (status: number, Code: string): WireResponse =>
  jsonAnswer(status, { Code, Message: Code, RequestId: MUTANT_REQUEST_ID });

/** The emulator's GetFunctionCode answers, rewritten by `edit`. */
const code =
  (edit: (answer: WireResponse, wire: WireRequest) => WireResponse) => (options: EmulatorOptions) =>
    broken(createEmulator(options), {
      response: (answer, wire) => (isCode(wire) ? edit(answer, wire) : answer),
    });
/** GetFunctionCode with a qualifier read as if there were none. */
const withoutQualifier = (options: EmulatorOptions) =>
  broken(createEmulator(options), {
    request: (wire) => {
      if (!isCode(wire) || !url(wire).searchParams.get('qualifier')) return wire;
      const plain = url(wire);
      plain.search = '';
      return { ...wire, url: plain.toString() };
    },
  });
/** Answers the checksum each function was created with, whatever came since. */
function createdChecksum(options: EmulatorOptions) {
  const created = new Map<string, unknown>();
  const isCreate = (wire: WireRequest) =>
    wire.method === 'POST' && url(wire).pathname === '/2023-03-30/functions';
  return broken(createEmulator(options), {
    response: (answer, wire) => {
      if (answer.status !== 200) return answer;
      if (isCreate(wire)) {
        const body = JSON.parse(answer.body) as { functionName: string; codeChecksum: string };
        created.set(body.functionName, body.codeChecksum);
      }
      const fn = url(wire).pathname.split('/')[3] ?? '';
      if (!isCode(wire) || !created.has(fn)) return answer;
      return editJson(answer, (body) => ({ ...body, checksum: created.get(fn) }));
    },
  });
}

const isDownload = (wire: WireRequest) => url(wire).pathname.startsWith('/fc3-testkit/code/');

/** The emulator's code downloads (ADR 038) with their bytes rewritten by `edit`. */
const download = (edit: (bytes: Uint8Array) => Uint8Array) => (options: EmulatorOptions) =>
  broken(createEmulator(options), {
    response: (answer, wire) =>
      isDownload(wire) && answer.bytes ? { ...answer, bytes: edit(answer.bytes) } : answer,
  });

/** The same bytes with the last one changed: same length, another CRC-64. */
function lastByteFlipped(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  copy[copy.length - 1] = (copy.at(-1) ?? 0) ^ 0xff;
  return copy;
}

/**
 * The GetFunctionCode variants.
 *
 * @example
 * codeMutants.map((m) => m.caseId); // ['code.get.ok', …]
 */
export const codeMutants: readonly Mutant[] = [
  {
    name: 'GetFunctionCode answers the checksum as a number',
    breaks: 'lifecycle I.1 (checksum is decimal text, like codeChecksum)',
    check: 'answer',
    caseId: 'code.get.ok',
    make: code((answer) =>
      answer.status === 200
        ? editJson(answer, (body) => ({ ...body, checksum: Number(body.checksum) }))
        : answer,
    ),
  },
  {
    name: 'GetFunctionCode answers without a url',
    breaks: 'lifecycle I.1 (OutputFuncCode.url)',
    check: 'answer',
    caseId: 'code.get.ok',
    make: code((answer) =>
      answer.status === 200 ? editJson(answer, ({ url: _u, ...body }) => body) : answer,
    ),
  },
  {
    name: 'The code download serves other bytes of the same length',
    breaks: 'lifecycle I.1, H.3, CF F (the bytes have the CRC-64 checksum and codeChecksum name)',
    check: 'download',
    caseId: 'code.download.ok',
    make: download(lastByteFlipped),
  },
  {
    name: 'The code download serves the package without its last byte',
    breaks: 'lifecycle I.1, H.3, CF F (the bytes are codeSize long)',
    check: 'download',
    caseId: 'code.download.ok',
    make: download((bytes) => bytes.subarray(0, -1)),
  },
  {
    name: 'The code download answers 404',
    breaks: 'lifecycle I.1, H.3 (s sync downloads url with a plain GET)',
    check: 'status',
    caseId: 'code.download.ok',
    make: (options) =>
      broken(createEmulator(options), {
        response: (answer, wire) => (isDownload(wire) ? error(404, 'FunctionCodeNotFound') : answer),
      }),
  },
  {
    name: 'GetFunctionCode answers a checksum its download does not have',
    breaks: 'lifecycle I.1 (checksum is the CRC-64 of the package url serves)',
    check: 'download',
    caseId: 'code.download.ok',
    make: code((answer, wire) =>
      answer.status === 200 && url(wire).pathname.includes('c-download')
        ? editJson(answer, (body) => ({ ...body, checksum: '1' }))
        : answer,
    ),
  },
  {
    name: 'GetFunctionCode keeps answering the first code after an update',
    breaks: 'lifecycle I.1, C.2 (the current code)',
    check: 'answer',
    caseId: 'code.get.after-update',
    make: createdChecksum,
  },
  {
    name: 'GetFunctionCode ignores a version qualifier',
    breaks: 'lifecycle I.1, I.2 (the code the version froze)',
    check: 'answer',
    caseId: 'code.get.version-frozen',
    make: withoutQualifier,
  },
  {
    name: 'GetFunctionCode answers an unknown version AliasNotFound',
    breaks: 'lifecycle I.1, B.1 (VersionNotFound)',
    check: 'errorCode',
    caseId: 'code.get.version-missing',
    make: code((answer, wire) =>
      answer.status === 404 && url(wire).searchParams.get('qualifier') ? error(404, 'AliasNotFound') : answer,
    ),
  },
  {
    name: 'GetFunctionCode answers an unknown alias VersionNotFound',
    breaks: 'lifecycle I.1, I.3 (AliasNotFound)',
    check: 'errorCode',
    caseId: 'code.get.alias-missing',
    make: code((answer, wire) =>
      answer.status === 404 && url(wire).searchParams.get('qualifier') === 'prod'
        ? error(404, 'VersionNotFound')
        : answer,
    ),
  },
  {
    name: 'GetFunctionCode of a missing function answers 200',
    breaks: 'lifecycle I.1, G (FunctionNotFound)',
    check: 'status',
    caseId: 'code.get.missing',
    make: code((answer) =>
      answer.status === 404 && answer.body.includes('FunctionNotFound')
        ? jsonAnswer(200, { checksum: '0', url: 'http://127.0.0.1/none' })
        : answer,
    ),
  },
  {
    name: 'GetFunctionCode of a custom container answers 200',
    breaks: 'lifecycle I.1 (no package; rule code-package-only)',
    check: 'status',
    caseId: 'code.get.container',
    make: code((answer) =>
      answer.status === 400 ? jsonAnswer(200, { checksum: '0', url: 'http://127.0.0.1/none' }) : answer,
    ),
  },
];
