/**
 * Repro from the s13 hostile review: reports and live findings are redacted as cassettes are.
 * Measured through `fc3-testkit proxy --report` with hostile requests: a second `Authorization`
 * (joined to the first before redaction) kept `acs AK:SIG` in clear in the report's headers and
 * reproducer; a finding's title and path, and the live finding line on stderr, showed the query
 * as sent (`?Signature=…&SecurityToken=…`); a JSON request body that is not UTF-8 kept its
 * `password`.
 */
import { describe, expect, it } from 'vitest';
import { startProxy } from '../../proxy/proxy.ts';
import type { LiveFindings } from '../../proxy/session.ts';
import { rawRequest, rawUpstream } from './raw-net.ts';

const BODY = Buffer.concat([
  Buffer.from('{"password":"s3cretA","d":"'),
  Buffer.from([0xe9]),
  Buffer.from('"}'),
]);
const HEAD = [
  'POST /2023-03-30/functions?Signature=s3cretB&%53ecurityToken=s3cretC HTTP/1.1',
  'host: 127.0.0.1',
  'content-type: application/json',
  'Authorization: ACS3-HMAC-SHA256 Credential=LTAIs3cretD,SignedHeaders=host,Signature=s3cretE',
  'AUTHORIZATION: acs LTAIs3cretF:s3cretG',
  'connection: close',
  `content-length: ${BODY.length}`,
];
const REQUEST = Buffer.concat([Buffer.from(`${HEAD.join('\r\n')}\r\n\r\n`, 'latin1'), BODY]);
// No request id and no FC envelope: the answer has findings, so the exchange is kept in the report.
const ANSWER = 'HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}';

describe('hostile: secrets in a report', () => {
  it('are redacted in the kept exchange, its title, its reproducer and the live finding', async () => {
    const upstream = await rawUpstream((socket, received) => {
      if (received.length === REQUEST.length) socket.end(ANSWER);
    });
    const live: LiveFindings[] = [];
    const proxy = await startProxy({
      upstream: `http://127.0.0.1:${upstream.port}`,
      onFindings: (findings) => live.push(findings),
    });
    const answered = await rawRequest({ port: proxy.port, parts: [REQUEST] });
    expect(answered.bytes.toString('latin1')).toBe(ANSWER);
    const result = await proxy.close();
    await upstream.close();
    expect(result.report.results.some((entry) => entry.status === 'failed')).toBe(true);
    expect(live).toHaveLength(1);
    const written = JSON.stringify({ report: result.report, summary: result.summary, live });
    expect(written.match(/s3cret./g) ?? []).toEqual([]);
    expect(written).toContain('acs REDACTED:REDACTED');
  });
});
