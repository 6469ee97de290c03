/**
 * Follows a URL an earlier step answered (GetFunctionCode's `url`, which `s sync` downloads with a
 * plain GET, lifecycle H.3, I.1), but only on the target's own origin: FC's url names an OSS host
 * and Prism's example names FC's, and the suite reaches no host it was not pointed at. Our
 * emulators answer a url on the origin the request came to (ADR 038), so they are followed. A url
 * over 8,192 characters (kept as a digest and its start, earlier.ts) is judged on its start as a
 * whole one would be; on the target's origin it is not sent, nor one that serialises to more than
 * 8,192 octets: not applicable.
 */
import type { EarlierAnswers } from '../checks/earlier.ts';
import { ownString } from '../checks/own-string.ts';
import type { CaseRequest, CheckFailure, FieldOfStep, SentRequest } from '../types.ts';

/** What following gives: the request to send, a reason not to judge, or a failure to report. */
export type Followed = { sent: SentRequest } | { notApplicable: string } | { failure: CheckFailure };

function noUrl(follow: FieldOfStep, received: unknown, why: string) {
  const failure: CheckFailure = {
    check: 'download',
    message: `step ${follow.step + 1} answered ${why}, so there is nothing to download`,
    // A hostile url may be megabytes long: reports show its start, as answer-body's do.
    received: typeof received === 'string' ? ownString(received.slice(0, 200)) : received,
    documented: 'an absolute http(s) URL',
    reference: 'lifecycle I.1, H.3',
    grade: 'documented',
  };
  return { failure };
}

/**
 * `value` judged as a url to follow: a failure when it is not an absolute http(s) URL or carries
 * userinfo, not applicable on another origin, else the URL.
 */
function judgeUrl(follow: FieldOfStep, value: unknown, baseUrl: string): Followed | { url: URL } {
  if (typeof value !== 'string') return noUrl(follow, value, `no ${follow.field} string`);
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    return noUrl(
      follow,
      value,
      `${follow.field} ${JSON.stringify(value.slice(0, 200))}, not an absolute http(s) URL`,
    );
  // RFC 9110 §4.2.4: no userinfo in an http(s) URI (node:http would drop it, fetch refuses it).
  if (url.username !== '' || url.password !== '')
    return noUrl(
      follow,
      value,
      `a ${follow.field} with userinfo (user:password@), which an http(s) URL must not carry`,
    );
  const own = new URL(baseUrl).origin;
  if (url.origin !== own) {
    return {
      notApplicable: `the ${follow.field} is on another host (${url.origin}; FC serves it from OSS); the suite fetches only from the target's own origin (${own})`,
    };
  }
  return { url };
}

/**
 * The longest url the suite sends, in octets of the URL as serialised (`href`: ASCII, non-ASCII
 * percent-encoded as UTF-8, so one character may take 12): the whole URL, scheme, host and any
 * fragment included, a little more than the request line carries. RFC 9110 §4.1 asks for URIs of
 * 8,000 octets at least; FC's are OSS urls of a few hundred.
 */
const MAX_URL_OCTETS = 8192;

/**
 * Not sent: the download is then not judged, so the case is not applicable rather than failed on
 * a bound FC does not document.
 */
function tooLong(follow: FieldOfStep): Followed {
  return {
    notApplicable: `the ${follow.field} is longer than the 8,192 octets the suite sends (as a serialised URL, non-ASCII percent-encoded; RFC 9110 §4.1 asks for 8,000 at least; FC's are a few hundred)`,
  };
}

/**
 * A url kept as a digest (over 8,192 characters, earlier.ts), judged on `shown`, its first 8,192
 * characters, which hold its scheme, userinfo and host: the same failures and other-host answer
 * as whole. On the target's own origin it is not sent (kept whole, a hostile 8 MB one was held
 * until the download and sent as it was): over 8,192 characters, it is taken as over 8,192
 * octets serialised (percent-encoding lengthens it; what would shorten it, such as dot segments,
 * tabs or a default port, no url FC answers carries).
 */
function longUrl(follow: FieldOfStep, shown: unknown, baseUrl: string): Followed {
  const judged = judgeUrl(follow, shown, baseUrl);
  return 'url' in judged ? tooLong(follow) : judged;
}

/**
 * The plain, unsigned request for `request.follow`'s URL, when it is on `baseUrl`'s origin.
 *
 * @example
 * followUrl({ method: 'GET', path: '{url}', follow: { step: 1, field: 'url' } }, earlier, 'http://127.0.0.1:9000');
 */
export function followUrl(request: CaseRequest, earlier: EarlierAnswers, baseUrl: string): Followed {
  const follow = request.follow as FieldOfStep;
  const kept = earlier.field(follow);
  if (kept && 'shown' in kept) return longUrl(follow, kept.shown, baseUrl);
  const judged = judgeUrl(follow, kept?.whole, baseUrl);
  if (!('url' in judged)) return judged;
  const { url } = judged;
  // Within 8,192 characters (kept whole), but percent-encoding may take it over the bound.
  if (url.href.length > MAX_URL_OCTETS) return tooLong(follow);
  // Exactly what `s sync` sends: the URL and nothing else (no signature, no FC headers).
  return { sent: { method: request.method, url: url.href, headers: {}, body: new Uint8Array(0) } };
}
