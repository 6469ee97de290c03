/**
 * Signature cases (reference A.4, E.2; ROA v1: lifecycle H.4, H.6): applicable only when the run
 * has credentials.
 */
import { sha256Hex } from '../../mocks/core/sha256.ts';
import type { ContractCase, Fact, Signing } from '../types.ts';
import { baseInput, createRequest, fact, type Naming } from './context.ts';

interface AuthCaseOptions {
  id: string;
  title: string;
  fact: Fact;
  signed: boolean | Signing;
  status: number;
  code?: string;
  naming: Naming;
}

function authCase(options: AuthCaseOptions): ContractCase {
  const input = baseInput('builtin', options.naming.next('auth'));
  const expect = options.code
    ? { status: options.status, code: options.code }
    : { status: options.status, statusGrade: 'inferred' as const, success: { echo: input } };
  return {
    id: options.id,
    title: options.title,
    fact: options.fact,
    request: createRequest(input, { signed: options.signed }),
    expect,
    needs: ['credentials'],
  };
}

function replayCase(naming: Naming): ContractCase {
  const nonce = sha256Hex(`fc3-testkit nonce ${naming.prefix} ${naming.runId}`);
  return {
    id: 'auth.nonce-replay',
    title: 'A reused x-acs-signature-nonce is refused',
    fact: fact({
      reference: 'A.4, E.2',
      statement: 'x-acs-signature-nonce must not be reused (anti-replay): 400 SignatureNonceUsed',
      grade: 'inferred',
    }),
    setup: [createRequest(baseInput('builtin', naming.next('nonce')), { signed: { nonce } })],
    request: createRequest(baseInput('builtin', naming.next('nonce')), { signed: { nonce } }),
    expect: { status: 400, code: 'SignatureNonceUsed' },
    needs: ['credentials'],
  };
}

type AuthSpec = Omit<AuthCaseOptions, 'naming'>;

const forged = JSON.stringify(baseInput('builtin', 'tampered'));

// The signature cases, in running order; each breaks the signature in one documented way.
const AUTH_SPECS: readonly AuthSpec[] = [
  {
    id: 'auth.valid-signature',
    title: 'A correctly signed create succeeds',
    signed: true,
    status: 200,
    fact: fact({
      reference: 'A.4',
      statement: 'an ACS3-HMAC-SHA256 signature made with a known key pair is accepted',
    }),
  },
  {
    id: 'auth.missing-authorization',
    title: 'An unsigned request answers MissingRequiredHeader',
    signed: false,
    status: 400,
    code: 'MissingRequiredHeader',
    fact: fact({
      reference: 'E.2',
      statement: 'a missing Authorization / x-acs-* header answers 400 MissingRequiredHeader',
    }),
  },
  {
    id: 'auth.missing-date',
    title: 'A request without x-acs-date answers MissingRequiredHeader',
    signed: { stripHeaders: ['x-acs-date'] },
    status: 400,
    code: 'MissingRequiredHeader',
    fact: fact({ reference: 'E.2', statement: 'a missing x-acs-date answers 400 MissingRequiredHeader' }),
  },
  {
    id: 'auth.unknown-access-key',
    title: 'An unknown AccessKey id answers InvalidAccessKeyID',
    signed: { accessKeyId: 'LTAI-fc3-testkit-unknown' },
    status: 403,
    code: 'InvalidAccessKeyID',
    fact: fact({ reference: 'E.2', statement: 'an unknown AccessKey id answers 403 InvalidAccessKeyID' }),
  },
  {
    id: 'auth.wrong-secret',
    title: 'A signature made with the wrong secret answers SignatureNotMatch',
    signed: { accessKeySecret: 'not-the-secret' },
    status: 403,
    code: 'SignatureNotMatch',
    fact: fact({
      reference: 'A.4, E.2',
      statement: 'a signature that does not verify answers 403 SignatureNotMatch',
    }),
  },
  {
    id: 'auth.tampered-body',
    title: 'A body changed after signing answers SignatureNotMatch',
    signed: { tamperedBody: forged },
    status: 403,
    code: 'SignatureNotMatch',
    fact: fact({
      reference: 'A.4, E.2',
      statement: 'the body hash is signed: a changed body answers 403 SignatureNotMatch',
    }),
  },
  {
    id: 'auth.clock-skew-outside',
    title: 'x-acs-date 20 minutes old answers RequestTimeTooSkewed',
    signed: { dateOffsetMs: -20 * 60_000 },
    status: 403,
    code: 'RequestTimeTooSkewed',
    fact: fact({
      reference: 'A.4, E.2',
      statement: 'x-acs-date more than 15 minutes off answers 403 RequestTimeTooSkewed',
      grade: 'inferred',
    }),
  },
  {
    id: 'auth.clock-skew-inside',
    title: 'x-acs-date 10 minutes old is accepted',
    signed: { dateOffsetMs: -10 * 60_000 },
    status: 200,
    fact: fact({ reference: 'A.4', statement: 'x-acs-date within 15 minutes of server time is accepted' }),
  },
  {
    id: 'auth.roa-valid-signature',
    title: 'A create signed with ROA v1 (as terraform signs) succeeds',
    signed: { scheme: 'ROA' },
    status: 200,
    fact: fact({
      reference: 'lifecycle H.4, H.6',
      statement: 'terraform signs FC 3.0 calls with ROA v1 (acs AK:signature, HMAC-SHA1), so it is accepted',
      grade: 'inferred',
    }),
  },
  {
    id: 'auth.roa-wrong-secret',
    title: 'A ROA v1 signature made with the wrong secret answers SignatureNotMatch',
    signed: { scheme: 'ROA', accessKeySecret: 'not-the-secret' },
    status: 403,
    code: 'SignatureNotMatch',
    fact: fact({
      reference: 'E.2, lifecycle H.6',
      statement: 'a ROA v1 signature that does not verify answers 403 SignatureNotMatch',
      grade: 'inferred',
    }),
  },
  {
    id: 'auth.roa-clock-skew-outside',
    title: 'A ROA v1 date 20 minutes old answers RequestTimeTooSkewed',
    signed: { scheme: 'ROA', dateOffsetMs: -20 * 60_000 },
    status: 403,
    code: 'RequestTimeTooSkewed',
    fact: fact({
      reference: 'E.2, lifecycle H.6',
      statement: 'a ROA v1 date more than 15 minutes off answers 403 RequestTimeTooSkewed',
      grade: 'inferred',
    }),
  },
];

/**
 * The signature cases of one run.
 *
 * @example
 * authCases(naming).every((c) => c.needs?.includes('credentials')); // true
 */
export function authCases(naming: Naming): ContractCase[] {
  return [...AUTH_SPECS.map((spec) => authCase({ ...spec, naming })), replayCase(naming)];
}
