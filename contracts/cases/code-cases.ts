/**
 * Cases for GetFunctionCode (lifecycle I.1, H.3): the package's checksum (CRC-64 as decimal text,
 * like `codeChecksum`) and a `url`; `qualifier` as on GetFunction (a version's frozen code, 404 for
 * an unknown version or alias); a missing function; a custom container, which has no package.
 * Each creates the function it needs first. `code.download.ok` then downloads `url` as `s sync`
 * does (lifecycle H.3), when the url is on the target's own origin (an emulator's, ADR 038; FC's
 * is an OSS URL, and that case is then not applicable).
 */
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { zipBase64 } from '../../mocks/fixtures/index.ts';
import { referenceBase64, referenceCrc64Xz } from '../checks/independent-codecs.ts';
import type { CaseRequest, ContractCase } from '../types.ts';
import { baseInput, createRequest, EMPTY_ZIP, fact, type Naming } from './context.ts';
import { updateRequest } from './function-requests.ts';
import { publishRequest } from './version-cases.ts';

/** The CRC-64 of {@link EMPTY_ZIP}'s 22 bytes (CF F). */
const EMPTY_ZIP_CRC64 = '2220831586920633690';
const OTHER_ZIP = zipBase64({ 'index.py': 'def handler(event, context):\n    return "other"\n' });
const OTHER_ZIP_CRC64 = crc64XzDecimal(Uint8Array.from(atob(OTHER_ZIP), (c) => c.charCodeAt(0)));

// A package with content, so a wrong byte anywhere changes its CRC; the checksum is the suite's own.
const DOWNLOAD_ZIP = zipBase64({ 'index.py': 'def handler(event, context):\n    return "download"\n' });
const DOWNLOAD_ZIP_CRC64 = referenceCrc64Xz(referenceBase64(DOWNLOAD_ZIP) as Uint8Array);

/**
 * GetFunctionCode, with the `x-acs-action` the SDK signs (lifecycle A.1).
 *
 * @example
 * codeRequest('f', 'qualifier=1'); // GET /2023-03-30/functions/f/code?qualifier=1
 */
export const codeRequest = (fn: string, query = ''): CaseRequest => ({
  method: 'GET',
  path: `/2023-03-30/functions/${fn}/code${query ? `?${query}` : ''}`,
  headers: { 'x-acs-action': 'GetFunctionCode' },
});

const checksum = (value: string, grade: 'documented' | 'inferred' = 'documented') => ({
  exact: { checksum: value },
  types: { url: 'string' },
  reference: 'lifecycle I.1',
  grade,
});

/** `?qualifier=` naming no version or alias answers as GetFunction does (inferred). */
function unknownQualifier(options: {
  fn: string;
  qualifier: string;
  code: string;
  reference: string;
}): ContractCase {
  const { fn, qualifier, code, reference } = options;
  const kind = code === 'VersionNotFound' ? 'version' : 'alias';
  return {
    id: `code.get.${kind}-missing`,
    title: `GetFunctionCode ?qualifier=<unknown ${kind}> answers 404 ${code}, as GetFunction`,
    fact: fact({ reference, statement: `an unknown ${kind} answers ${code}`, grade: 'inferred' }),
    setup: [createRequest(baseInput('builtin', fn))],
    request: codeRequest(fn, `qualifier=${qualifier}`),
    expect: { status: 404, code },
    needs: ['state'],
  };
}

/**
 * Creates `fn` with a known package, asks GetFunctionCode, then GETs its `url` with no signature
 * and no FC headers, as `s sync` does (lifecycle H.3): the bytes must be the package, their
 * length the create's `codeSize` and their CRC-64 GetFunctionCode's `checksum` and the create's
 * `codeChecksum` (CF F). The status of a download is not written down (inferred 200).
 */
function downloadCase(fn: string): ContractCase {
  const reference = 'lifecycle I.1, H.3, CF F';
  return {
    id: 'code.download.ok',
    title:
      'GetFunctionCode’s url downloads with a plain GET the package: its length codeSize, its CRC-64 the checksum and codeChecksum',
    fact: fact({
      reference,
      statement: '`s sync` downloads url with a plain GET: the bytes are the package the function describes',
    }),
    setup: [createRequest({ ...baseInput('builtin', fn), code: { zipFile: DOWNLOAD_ZIP } })],
    request: codeRequest(fn),
    expect: { status: 200, statusGrade: 'inferred', answer: checksum(DOWNLOAD_ZIP_CRC64) },
    afterwards: [
      {
        request: { method: 'GET', path: '{url}', follow: { step: 1, field: 'url' }, signed: false },
        expect: {
          status: 200,
          statusGrade: 'inferred',
          download: {
            size: [{ step: 0, field: 'codeSize' }],
            checksum: [
              { step: 1, field: 'checksum' },
              { step: 0, field: 'codeChecksum' },
            ],
            reference,
            grade: 'documented',
          },
        },
      },
    ],
    needs: ['state'],
  };
}

/**
 * The GetFunctionCode cases of one run.
 *
 * @example
 * codeCases(naming).map((c) => c.id); // ['code.get.ok', …]
 */
export function codeCases(naming: Naming): ContractCase[] {
  const [ok, updated, frozen, version, alias, image, download] = [
    'c-ok',
    'c-updated',
    'c-frozen',
    'c-version',
    'c-alias',
    'c-image',
    'c-download',
  ].map((p) => naming.next(p)) as [string, string, string, string, string, string, string];
  const created = (fn: string) => createRequest(baseInput('builtin', fn));
  const newCode = (fn: string) => updateRequest(fn, { code: { zipFile: OTHER_ZIP } });
  return [
    {
      id: 'code.get.ok',
      title: 'GetFunctionCode answers OutputFuncCode: the package’s CRC-64 as decimal text, and a url',
      fact: fact({
        reference: 'lifecycle I.1, CF F',
        statement: 'checksum is the CRC-64 of the package (decimal, like codeChecksum); url a string',
      }),
      setup: [created(ok)],
      request: codeRequest(ok),
      expect: { status: 200, statusGrade: 'inferred', answer: checksum(EMPTY_ZIP_CRC64) },
      needs: ['state'],
    },
    {
      id: 'code.get.after-update',
      title: 'After UpdateFunction brings new code, GetFunctionCode answers the new package’s checksum',
      fact: fact({
        reference: 'lifecycle I.1, C.2',
        statement: 'GetFunctionCode describes the function’s current code',
      }),
      setup: [created(updated), newCode(updated)],
      request: codeRequest(updated),
      expect: { status: 200, answer: checksum(OTHER_ZIP_CRC64) },
      needs: ['state'],
    },
    downloadCase(download),
    {
      id: 'code.get.version-frozen',
      title: 'GetFunctionCode ?qualifier=<versionId> answers the code the version froze, not the code since',
      fact: fact({
        reference: 'lifecycle I.1, I.2',
        statement: 'a version freezes the code; qualifier reads it as on GetFunction',
        grade: 'inferred',
      }),
      setup: [created(frozen), publishRequest(frozen), newCode(frozen)],
      request: codeRequest(frozen, 'qualifier=1'),
      expect: { status: 200, answer: checksum(EMPTY_ZIP_CRC64, 'inferred') },
      needs: ['state'],
    },
    unknownQualifier({
      fn: version,
      qualifier: '9',
      code: 'VersionNotFound',
      reference: 'lifecycle I.1, B.1, G',
    }),
    unknownQualifier({
      fn: alias,
      qualifier: 'prod',
      code: 'AliasNotFound',
      reference: 'lifecycle I.1, I.3, G',
    }),
    {
      id: 'code.get.missing',
      title: 'GetFunctionCode of a function that does not exist answers 404 FunctionNotFound',
      fact: fact({ reference: 'lifecycle I.1, G', statement: 'a missing function answers FunctionNotFound' }),
      request: codeRequest(naming.next('c-none')),
      expect: { status: 404, code: 'FunctionNotFound' },
    },
    {
      id: 'code.get.container',
      title: 'GetFunctionCode of a custom-container function answers 400 InvalidArgument: it has no package',
      fact: fact({
        reference: 'lifecycle I.1',
        ruleId: 'code-package-only',
        statement: 'a custom-container function has no code package',
        grade: 'inferred',
      }),
      setup: [createRequest(baseInput('container', image))],
      request: codeRequest(image),
      expect: { status: 400, code: 'InvalidArgument' },
      needs: ['state'],
    },
  ];
}
