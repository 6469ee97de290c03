/**
 * Hand-written cassette lines for the tests that feed `parseCassette` what the recorder never
 * writes: one replayable exchange, DELETE of function `f` answered 204, with parts replaced.
 */

/** A recorded empty body (the SHA-256 of no bytes). */
export const EMPTY_BODY = {
  size: 0,
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  encoding: 'utf8',
  text: '',
};

/** The request and response fields a line replaces (a key set to `undefined` is left out). */
export interface LineParts {
  request?: Record<string, unknown>;
  response?: Record<string, unknown>;
}

/**
 * One replayable cassette line (no newline).
 *
 * @example
 * replayableLine({ response: { status: 999 } }); // a line parseCassette refuses
 */
export function replayableLine(parts: LineParts = {}): string {
  return JSON.stringify({
    fc3Cassette: 1,
    seq: 1,
    at: '2026-12-02T00:00:00.000Z',
    durationMs: 1,
    replay: 'exact',
    request: {
      method: 'DELETE',
      target: '/2023-03-30/functions/f',
      headers: [],
      body: EMPTY_BODY,
      ...parts.request,
    },
    response: { status: 204, reason: 'No Content', headers: [], body: EMPTY_BODY, ...parts.response },
  });
}
