/**
 * Which protocol an exchange speaks (ADR 023): FC 3.0, FC 2.0 (`tempBucketToken`, T.7) or OSS
 * (the code upload, T.8). Decided the way the emulator routes it, on the method, the host the
 * client addressed (its `Host` header, else the URL's) and the headers, so the request-id and
 * envelope facts of the right protocol are applied.
 */
import { foreignProtocol, foreignTarget, type Protocol } from '../../mocks/core/operations/index.ts';
import type { SentRequest } from '../types.ts';

/**
 * The protocol of a sent request; `fc3` for everything that is not FC 2.0 or OSS.
 *
 * @example
 * answerProtocol({ method: 'PUT', url: 'http://127.0.0.1:9000/1/a.zip',
 *   headers: { host: 'b1.oss-cn-hangzhou.aliyuncs.com' }, body: new Uint8Array() }); // 'oss'
 */
export function answerProtocol(request: SentRequest): Protocol {
  let hostname: string;
  try {
    // The host from the header alone: re-parsing the path against it would read `//x` as a host.
    hostname = new URL(request.headers.host ? `http://${request.headers.host}` : request.url).hostname;
  } catch {
    return 'fc3';
  }
  // Unserved methods of these protocols are answered in their form too (ADR 023, addendum).
  return foreignProtocol(foreignTarget(request, hostname)) ?? 'fc3';
}
