/**
 * Cases for GetFunctionCode (lifecycle I.1, H.3): the package's checksum (CRC-64 as decimal text,
 * like `codeChecksum`) and a `url`; `qualifier` as on GetFunction (a version's frozen code, 404 for
 * an unknown version or alias); a missing function; a custom container, which has no package.
 * Each creates the function it needs first. The download behind `url` is the target's own (FC's is
 * an OSS URL), so no case fetches it; the SDK and `s sync` tests do (ADR 038).
 */
import { crc64XzDecimal } from '../../mocks/core/crc64.ts';
import { zipBase64 } from '../../mocks/fixtures/index.ts';
import type { CaseRequest, ContractCase } from '../types.ts';
import { baseInput, createRequest, EMPTY_ZIP, fact, type Naming } from './context.ts';
import { updateRequest } from './function-requests.ts';
import { publishRequest } from './version-cases.ts';

/** The CRC-64 of {@link EMPTY_ZIP}'s 22 bytes (CF F). */
const EMPTY_ZIP_CRC64 = '2220831586920633690';
const OTHER_ZIP = zipBase64({ 'index.py': 'def handler(event, context):\n    return "other"\n' });
const OTHER_ZIP_CRC64 = crc64XzDecimal(Uint8Array.from(atob(OTHER_ZIP), (c) => c.charCodeAt(0)));

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
 * The GetFunctionCode cases of one run.
 *
 * @example
 * codeCases(naming).map((c) => c.id); // ['code.get.ok', …]
 */
export function codeCases(naming: Naming): ContractCase[] {
  const [ok, updated, frozen, version, alias, image] = [
    'c-ok',
    'c-updated',
    'c-frozen',
    'c-version',
    'c-alias',
    'c-image',
  ].map((p) => naming.next(p)) as [string, string, string, string, string, string];
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
