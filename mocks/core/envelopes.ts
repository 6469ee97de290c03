/**
 * How an answer is written for each protocol of the operation table (ADR 023): FC 3.0 errors as
 * `{"Code","Message","RequestId"}` (CF E.1); FC 2.0 errors as `{"ErrorCode","ErrorMessage"}`,
 * the keys `@alicloud/fc2` reads (T.7); OSS errors as OSS's XML `<Error>` document, which
 * `ali-oss` parses (T.8). Success bodies are JSON for FC 3.0 and FC 2.0, empty for OSS.
 */
import type { Outcome, Protocol } from './operations/index.ts';
import type { WireResponse } from './types.ts';

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** An answer's text and the headers that go with it (besides the request-id ones). */
export interface WrittenAnswer {
  text: string;
  headers: Record<string, string>;
}

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string,
  );

function ossError(body: { Code: string; Message: string }, requestId: string, host: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Error>',
    `  <Code>${escapeXml(body.Code)}</Code>`,
    `  <Message>${escapeXml(body.Message)}</Message>`,
    `  <RequestId>${escapeXml(requestId)}</RequestId>`,
    `  <HostId>${escapeXml(host)}</HostId>`,
    '</Error>',
    '',
  ].join('\n');
}

/**
 * Writes an outcome in its protocol's form.
 *
 * @example
 * writeAnswer('fc2', reject(fcError('SignatureNotMatch')), { requestId: '1-…', host: 'h' }).text; // '{"ErrorCode":"SignatureNotMatch",…}'
 */
export function writeAnswer(
  protocol: Protocol,
  outcome: Outcome,
  context: { requestId: string; host: string },
): WrittenAnswer {
  const extra = outcome.headers ?? {};
  if (outcome.bytes) return { text: '', headers: { 'content-type': 'application/zip', ...extra } };
  if (outcome.body === undefined && outcome.text === undefined) return { text: '', headers: extra };
  const isError = outcome.status >= 400;
  const error = outcome.body as { Code: string; Message: string };
  if (protocol === 'oss') {
    const text = isError ? ossError(error, context.requestId, context.host) : JSON.stringify(outcome.body);
    return { text, headers: { 'content-type': isError ? 'application/xml' : JSON_CONTENT_TYPE, ...extra } };
  }
  const body = !isError
    ? outcome.body
    : protocol === 'fc2'
      ? { ErrorCode: error.Code, ErrorMessage: error.Message }
      : { ...error, RequestId: context.requestId };
  return {
    text: outcome.text ?? JSON.stringify(body),
    headers: { 'content-type': JSON_CONTENT_TYPE, ...extra },
  };
}

/**
 * A whole FC 3.0 error answer made outside the dispatcher (replay misses, the server's own
 * refusals): the envelope with the request id in the body and in both request-id headers.
 *
 * @example
 * fcErrorResponse(400, 'PathNotSupported', "'GET' against '/x' is not supported", '1-…').status; // 400
 */
export function fcErrorResponse(
  status: number,
  code: string,
  message: string,
  requestId: string,
): WireResponse {
  const headers = {
    'content-type': JSON_CONTENT_TYPE,
    'x-acs-request-id': requestId,
    'x-fc-request-id': requestId,
  };
  return { status, headers, body: JSON.stringify({ Code: code, Message: message, RequestId: requestId }) };
}
