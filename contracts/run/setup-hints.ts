/**
 * Hints for the two set-up mismatches that fail hundreds of cases with one cause: the suite and
 * the server disagree on credentials (one signs, the other does not check, or the pair differs),
 * or on the body limit. Read from the finished report; each hint names the flags that agree them.
 */
import { DEFAULT_MAX_BODY_BYTES } from '../../mocks/core/state.ts';
import type { CaseResult, ContractReport, Exchange } from '../types.ts';

/**
 * What the run was told: whether the suite signed, and the body limit it was given.
 *
 * @example
 * const run: HintInput = { signs: false, maxBodyBytes: undefined };
 */
export interface HintInput {
  signs: boolean;
  maxBodyBytes: number | undefined;
  /** The command the hints name as the suite's side (default `verify`; `scorecard` has no --max-body-bytes). */
  command?: 'verify' | 'scorecard';
}

// CF E.2: the answers of a server that checks signatures (FC 3.0, FC 2.0 and OSS spellings).
const SIGNATURE_CODES = new Set([
  'SignatureNotMatch',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyID',
  'InvalidAccessKeyId',
  'RequestTimeTooSkewed',
]);
const SIGNING_HEADER = /\b(authorization|x-acs-[a-z0-9-]+|date)\b/i;

/** The error code of an answer: FC's `Code`, FC 2.0's `ErrorCode`, OSS's `<Code>`. */
function codeOf(exchange: Exchange): string | undefined {
  const { body } = exchange.response;
  const xml = /<Code>([^<]{1,64})<\/Code>/.exec(body.slice(0, 512))?.[1];
  if (xml !== undefined) return xml;
  try {
    const parsed = JSON.parse(body) as { Code?: unknown; ErrorCode?: unknown };
    const code = parsed.Code ?? parsed.ErrorCode;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

function refusesSignature(exchange: Exchange): boolean {
  // FC answers no 401 (CF E.2): one comes from an auth layer in front of the target, a gateway's.
  if (exchange.response.status === 401) return true;
  const code = codeOf(exchange);
  if (code === undefined) return false;
  if (SIGNATURE_CODES.has(code)) return true;
  return code === 'MissingRequiredHeader' && SIGNING_HEADER.test(exchange.response.body.slice(0, 512));
}

function expectedCodes(result: CaseResult): Set<string | undefined> {
  const c = result.case;
  return new Set([c.expect.code, ...(c.afterwards ?? []).map((step) => step.expect.code)]);
}

/** Failed cases where the server refused a signature the case did not set out to break. */
function refusedSignatures(failed: CaseResult[]): CaseResult[] {
  return failed.filter((r) => {
    const expected = expectedCodes(r);
    return r.exchanges.some((e) => refusesSignature(e) && !expected.has(codeOf(e)));
  });
}

const isSignatureCase = (r: CaseResult): boolean =>
  (r.case.needs ?? []).includes('credentials') && r.case.expect.status >= 400;

/**
 * Failed signature cases (they send a broken or missing signature on purpose) that succeeded;
 * none when another signature case passed: that server checks signatures, with a gap of its own.
 */
function acceptedBrokenSignatures(results: CaseResult[], failed: CaseResult[]): CaseResult[] {
  if (results.some((r) => r.status === 'passed' && isSignatureCase(r))) return [];
  return failed.filter((r) => isSignatureCase(r) && r.exchanges.some((e) => e.response.status < 300));
}

const SERVE_PAIR = 'serve --access-key-id/--access-key-secret or --credentials FILE';
const FC3_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/]*\/2023-03-30\//i;

/**
 * Whether the server answered an FC 3.0 request of the run with success: then it took the
 * set-up's signature (or checks none), and refusals elsewhere are the target's, not the set-up's.
 * The emulator's unsigned rows (the code download, the OSS receiver) do not count.
 */
function acceptedFc3(results: CaseResult[]): boolean {
  return results.some((r) =>
    r.exchanges.some((e) => e.response.status < 300 && FC3_PATH.test(e.request.url)),
  );
}

/** The hint input with its command settled. */
type Run = HintInput & Required<Pick<HintInput, 'command'>>;

function refusalHint(refused: CaseResult[], run: Run): string {
  if (!run.signs) {
    return `hint: ${refused.length} failed cases were refused as unsigned: the server checks signatures (${SERVE_PAIR}); give ${run.command} the same pair (--access-key-id ID --access-key-secret SECRET), or start serve with --auth off`;
  }
  const shown = (e: Exchange): string => codeOf(e) ?? `HTTP ${e.response.status}`;
  const codes = [...new Set(refused.flatMap((r) => r.exchanges.filter(refusesSignature).map(shown)))];
  if (codes.length === 1 && codes[0] === 'RequestTimeTooSkewed') {
    return `hint: ${refused.length} failed cases were refused as RequestTimeTooSkewed: the server's clock and this machine's differ by more than FC's 15 minutes (CF E.2), whatever the pair`;
  }
  return `hint: ${refused.length} failed cases were refused a signature (${codes.join(', ')}): ${run.command}'s --access-key-id/--access-key-secret must be a pair the server knows (${SERVE_PAIR})`;
}

function credentialsHint(results: CaseResult[], failed: CaseResult[], run: Run): string | undefined {
  const refused = refusedSignatures(failed);
  if (refused.length > 0) return acceptedFc3(results) ? undefined : refusalHint(refused, run);
  const accepted = acceptedBrokenSignatures(results, failed);
  if (accepted.length > 0 && run.signs) {
    return `hint: ${accepted.length} signature cases succeeded: ${run.command} signs (--access-key-id/--access-key-secret) but the server checks no signature; start it with the same pair (${SERVE_PAIR}), or run ${run.command} without them to skip those cases`;
  }
  return undefined;
}

/** Failed cases answered EntityTooLarge for a body within FC's limit that was not sent to be too large. */
function refusedWithinLimit(failed: CaseResult[]): { count: number; largest: number } {
  let count = 0;
  let largest = 0;
  for (const r of failed) {
    if (r.case.expect.code === 'EntityTooLarge') continue;
    const sizes = r.exchanges
      .filter((e) => codeOf(e) === 'EntityTooLarge' && e.request.body.length <= DEFAULT_MAX_BODY_BYTES)
      .map((e) => e.request.body.length);
    if (sizes.length === 0) continue;
    count += 1;
    largest = Math.max(largest, ...sizes);
  }
  return { count, largest };
}

function bodyLimitHint(failed: CaseResult[], run: Run): string | undefined {
  const { count, largest } = refusedWithinLimit(failed);
  if (count > 0) {
    const tell =
      run.command === 'scorecard'
        ? ''
        : ' or tell verify with --max-body-bytes N, so that larger cases are not applicable';
    return `hint: ${count} failed cases got EntityTooLarge for bodies of at most ${largest} bytes, within FC's limit (CF F: ${DEFAULT_MAX_BODY_BYTES} bytes, a 100 MB ZIP in Base64): the server's limit is lower; raise it (serve --max-body-bytes N)${tell}`;
  }
  const overLimit = failed.find(
    (r) => r.case.expect.code === 'EntityTooLarge' && r.exchanges.some((e) => e.response.status < 300),
  );
  if (overLimit && run.maxBodyBytes !== undefined) {
    return `hint: the server accepted a body over --max-body-bytes ${run.maxBodyBytes}: give verify the server's own limit (serve --max-body-bytes N, default ${DEFAULT_MAX_BODY_BYTES})`;
  }
  return undefined;
}

/**
 * At most one hint per mismatch (credentials, body limit), each one line, for a report whose
 * failures point at one; none when nothing does.
 *
 * @example
 * setupHints(report, { signs: false, maxBodyBytes: undefined }); // ['hint: the server checks signatures …']
 */
export function setupHints(report: ContractReport, given: HintInput): string[] {
  const failed = report.results.filter((r) => r.status === 'failed');
  if (failed.length === 0) return [];
  const run: Run = { ...given, command: given.command ?? 'verify' };
  return [credentialsHint(report.results, failed, run), bodyLimitHint(failed, run)].filter(
    (hint): hint is string => hint !== undefined,
  );
}
