/**
 * The cassette format: redaction of exactly the secrets and nothing else, stable field order,
 * replayability, parsing errors, and replay matching (method, path, query, body after redaction).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cassetteLine, parseCassette, type RecordedExchange } from '../../mocks/cassette/cassette.ts';
import { cassetteEmulator } from '../../mocks/cassette/cassette-emulator.ts';
import { routeKey } from '../../mocks/cassette/match.ts';
import {
  redactAuthorization,
  redactHeaders,
  redactJsonText,
  redactTarget,
} from '../../mocks/cassette/redact.ts';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const body = (text: string) => {
  const bytes = Buffer.from(text);
  return { size: bytes.length, sha256: sha(bytes), bytes };
};

function recorded(overrides: Partial<RecordedExchange> = {}): RecordedExchange {
  return {
    seq: 1,
    at: new Date('2024-01-01T00:00:00Z'),
    durationMs: 1.23456,
    request: {
      method: 'POST',
      target: '/2023-03-30/functions',
      headers: [
        ['host', '127.0.0.1:9000'],
        ['content-type', 'application/json'],
      ],
      body: body('{"functionName":"f"}'),
    },
    response: {
      status: 200,
      reason: 'OK',
      headers: [['content-type', 'application/json; charset=utf-8']],
      body: body('{"functionName":"f"}'),
      complete: true,
    },
    ...overrides,
  };
}

describe('redaction', () => {
  it.each([
    [
      'ACS3-HMAC-SHA256 Credential=LTAIabc,SignedHeaders=host;x-acs-date,Signature=0af3',
      'ACS3-HMAC-SHA256 Credential=REDACTED,SignedHeaders=host;x-acs-date,Signature=REDACTED',
    ],
    ['acs LTAIabc:c2lnbmF0dXJl', 'acs REDACTED:REDACTED'],
    // s13-tape: these kept the lowercase signature, the credential, and the quoted tail in clear.
    [
      'ACS3-HMAC-SHA256 Credential=LTAIabc,SignedHeaders=host,signature=0af3',
      'ACS3-HMAC-SHA256 Credential=REDACTED,SignedHeaders=host,signature=REDACTED',
    ],
    [
      'ACS3-HMAC-SHA256 credential=LTAIabc,Signature = 0af3',
      'ACS3-HMAC-SHA256 credential=REDACTED,Signature=REDACTED',
    ],
    [
      'ACS3-HMAC-SHA256 Credential="LTAI,abc",Signature=0af3',
      'ACS3-HMAC-SHA256 Credential=REDACTED,Signature=REDACTED',
    ],
    ['FC LTAIabc:c2ln', 'FC REDACTED:REDACTED'],
    ['Bearer eyJhbGciOi', 'Bearer REDACTED'],
    ['opaque', 'REDACTED'],
  ])('Authorization %s', (given, want) => {
    expect(redactAuthorization(given)).toBe(want);
  });

  it('redacts secret headers only, keeping names, case and order', () => {
    expect(
      redactHeaders([
        ['Host', 'h'],
        ['X-Acs-Security-Token', 'tok'],
        ['x-acs-accesskey-id', 'LTAI'],
        ['x-acs-bearer-token', 'b'],
        ['Set-Cookie', 'session=s3cret; HttpOnly'],
        ['x-acs-date', '2024-01-01T00:00:00Z'],
      ]),
    ).toEqual([
      ['Host', 'h'],
      ['X-Acs-Security-Token', 'REDACTED'],
      ['x-acs-accesskey-id', 'REDACTED'],
      ['x-acs-bearer-token', 'REDACTED'],
      ['Set-Cookie', 'REDACTED'],
      ['x-acs-date', '2024-01-01T00:00:00Z'],
    ]);
  });

  it('redacts secret query values only', () => {
    expect(
      redactTarget(
        '/p?limit=5&Signature=abc&AccessKeyId=LTAI&SecurityToken=t&prefix=Signature&AccessKeySecret=s&x-acs-accesskey-secret=s',
      ),
    ).toBe(
      '/p?limit=5&Signature=REDACTED&AccessKeyId=REDACTED&SecurityToken=REDACTED&prefix=Signature&AccessKeySecret=REDACTED&x-acs-accesskey-secret=REDACTED',
    );
    expect(redactTarget('/p')).toBe('/p');
  });

  it('redacts the string values of secret JSON keys at any depth, nothing else', () => {
    const text =
      '{"customContainerConfig": {"registryConfig":{"authConfig":{"userName":"u","password" : "p\\"w"}}},' +
      '"environmentVariables":{"PASSWORD_HINT":"password"},"credentials":{"AccessKeyId":"STS.x","AccessKeySecret":"s","SecurityToken":"t"},"note":"\\"password\\":\\"x\\""}';
    const out = redactJsonText(text);
    expect(JSON.parse(out)).toEqual({
      customContainerConfig: { registryConfig: { authConfig: { userName: 'u', password: 'REDACTED' } } },
      environmentVariables: { PASSWORD_HINT: 'password' },
      credentials: { AccessKeyId: 'REDACTED', AccessKeySecret: 'REDACTED', SecurityToken: 'REDACTED' },
      note: '"password":"x"',
    });
    // Whitespace and key order are kept: only the secret values changed.
    expect(out.replace(/"REDACTED"/g, '')).toBe(text.replace(/"p\\"w"|"STS\.x"|"s"|"t"/g, ''));
    expect(redactJsonText('{"a":1}')).toBe('{"a":1}');
    // s13-tape: a key spelled with JSON escapes is the same key to a parser; it was kept in clear.
    expect(JSON.parse(redactJsonText('{"pass\\u0077ord":"s3cret","\\u0041ccessKeySecret":"k"}'))).toEqual({
      password: 'REDACTED',
      AccessKeySecret: 'REDACTED',
    });
  });

  it('scans a 100 MB body in linear time without recursion', () => {
    const big = `{"code":{"zipFile":"${'A'.repeat(100 * 1024 * 1024)}"},"password":"x"}`;
    const started = performance.now();
    const out = redactJsonText(big);
    expect(out.endsWith('"password":"REDACTED"}')).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);
});

describe('cassette lines', () => {
  it('writes the fields in the documented order, secrets redacted, sizes and hashes of the bytes sent', () => {
    const secret = '{"customContainerConfig":{"registryConfig":{"authConfig":{"password":"s3cret"}}}}';
    const line = cassetteLine(
      recorded({
        request: {
          method: 'POST',
          target: '/2023-03-30/functions?Signature=x',
          headers: [['Authorization', 'acs AK:SIG']],
          body: body(secret),
        },
      }),
    );
    expect(Object.keys(JSON.parse(line))).toEqual([
      'fc3Cassette',
      'seq',
      'at',
      'durationMs',
      'replay',
      'request',
      'response',
    ]);
    const entry = parseCassette(line).entries[0];
    expect(entry?.request.target).toBe('/2023-03-30/functions?Signature=REDACTED');
    expect(entry?.request.headers).toEqual([['Authorization', 'acs REDACTED:REDACTED']]);
    expect(entry?.request.body).toEqual({
      size: secret.length,
      sha256: sha(Buffer.from(secret)),
      encoding: 'utf8',
      text: secret.replace('s3cret', 'REDACTED'),
    });
    expect(line).not.toContain('s3cret');
    expect(entry?.durationMs).toBe(1.235);
  });

  it('marks what cannot be replayed exactly: omitted request bodies by hash, cut-off answers not at all', () => {
    const omitted = { size: 10, sha256: 'ab', bytes: undefined };
    const byHash = recorded({ request: { ...recorded().request, body: omitted } });
    expect(parseCassette(cassetteLine(byHash)).entries[0]).toMatchObject({
      replay: 'hash',
      request: { body: { size: 10, sha256: 'ab', encoding: 'omitted' } },
    });
    const response = recorded().response;
    const cut = recorded({ response: response && { ...response, complete: false } });
    expect(parseCassette(cassetteLine(cut)).entries[0]?.replay).toBe('none');
    const binary = recorded({
      request: {
        ...recorded().request,
        body: { size: 2, sha256: 'cd', bytes: new Uint8Array([0xff, 0xfe]) },
      },
    });
    expect(parseCassette(cassetteLine(binary)).entries[0]?.request.body).toMatchObject({
      encoding: 'base64',
      data: '//4=',
    });
    const none = recorded({ response: undefined });
    expect(JSON.parse(cassetteLine(none))).toMatchObject({ replay: 'none', response: null });
  });

  it('marks a complete answer kept as Base64 replayable, like text (ADR 038)', () => {
    const zip = { size: 3, sha256: 'ef', bytes: new Uint8Array([0x50, 0x4b, 0xff]) };
    const response = recorded().response;
    const binary = recorded({ response: response && { ...response, body: zip } });
    expect(parseCassette(cassetteLine(binary)).entries[0]).toMatchObject({
      replay: 'exact',
      response: { body: { encoding: 'base64', data: 'UEv/' } },
    });
    const cut = recorded({ response: response && { ...response, body: zip, complete: false } });
    expect(parseCassette(cassetteLine(cut)).entries[0]?.replay).toBe('none');
  });

  it.each([
    ['not json', 'cassette line 2 is not JSON'],
    ['{"fc3Cassette":2}', 'cassette line 2 has fc3Cassette 2, expected 1'],
    ['{"fc3Cassette":1,"request":{}}', 'cassette line 2 has no request method and target'],
    [
      '{"fc3Cassette":1,"replay":"exact","request":{"method":"GET","target":"/a.zip"},"response":{"status":200,"body":{"encoding":"base64","data":"UE s="}}}',
      'cassette line 2 is replayable but its response body is not Base64',
    ],
    ...['null', 'true', '["UEs="]'].map((data) => [
      `{"fc3Cassette":1,"replay":"exact","request":{"method":"GET","target":"/a.zip"},"response":{"status":200,"body":{"encoding":"base64","data":${data}}}}`,
      'cassette line 2 is replayable but its response body is not Base64',
    ]),
    ...['abc', '-1', '1e3', ' 12', '12, 12', '1234567890123456'].map((length) => [
      `{"fc3Cassette":1,"replay":"exact","request":{"method":"HEAD","target":"/a.zip"},"response":{"status":200,"headers":[["Content-Length",${JSON.stringify(length)}]],"body":{"encoding":"utf8","text":""}}}`,
      `cassette line 2 is a replayable HEAD whose answer's content-length ${JSON.stringify(length)} is not one non-negative decimal`,
    ]),
    [
      '{"fc3Cassette":1,"replay":"exact","request":{"method":"HEAD","target":"/a.zip"},"response":{"status":200,"headers":[["content-length","3"],["Content-Length","4"]],"body":{"encoding":"utf8","text":""}}}',
      'cassette line 2 is a replayable HEAD whose answer\'s content-length "3", "4" is not one non-negative decimal',
    ],
  ])('refuses a bad line %s', (line, message) => {
    const text = `${cassetteLine(recorded())}\n${line}\n`;
    expect(() => parseCassette(text)).toThrow(Fc3TestkitError);
    expect(() => parseCassette(text)).toThrow(message);
  });
});

describe('replay matching', () => {
  type Answer = NonNullable<RecordedExchange['response']>;
  /** A recorded GET of `target` with a complete 200 answer. */
  const answerLine = (seq: number, target: string, answer: Pick<Answer, 'headers' | 'body'>) =>
    cassetteLine(
      recorded({
        seq,
        request: { method: 'GET', target, headers: [], body: body('') },
        response: { status: 200, reason: 'OK', ...answer, complete: true },
      }),
    );
  const get = (seq: number, target: string, answer: string) =>
    answerLine(seq, target, {
      headers: [
        ['Content-Length', '99'],
        ['X-Fc-Request-Id', `1-${seq}`],
      ],
      body: body(answer),
    });

  it('orders query pairs, keeps the path as sent', () => {
    expect(routeKey('get', '/a?b=2&a=1')).toBe('GET /a?a=1&b=2');
    expect(routeKey('GET', '/a%2Ab')).not.toBe(routeKey('GET', '/a*b'));
  });

  it('answers identical requests in recorded order, then repeats the last; reset rewinds', async () => {
    const text = [
      get(1, '/2023-03-30/functions/f', '{"state":"Pending"}'),
      get(2, '/2023-03-30/functions/f', '{"state":"Active"}'),
    ].join('\n');
    const replay = cassetteEmulator(parseCassette(text));
    const ask = async () =>
      (
        await replay.dispatch({
          method: 'GET',
          url: 'http://127.0.0.1:9000/2023-03-30/functions/f',
          headers: {},
          body: new Uint8Array(),
        })
      ).body;
    expect([await ask(), await ask(), await ask()]).toEqual([
      '{"state":"Pending"}',
      '{"state":"Active"}',
      '{"state":"Active"}',
    ]);
    replay.reset();
    expect(await ask()).toBe('{"state":"Pending"}');
  });

  it('replays status, headers (framing left to the adapter) and body; JSON bodies match as JSON', async () => {
    const post = cassetteLine(
      recorded({ request: { ...recorded().request, body: body('{"b":1,"a":{"password":"x"}}') } }),
    );
    const replay = cassetteEmulator(parseCassette(post));
    const answer = await replay.dispatch({
      method: 'POST',
      url: 'http://h/2023-03-30/functions',
      headers: {},
      body: Buffer.from('{ "a": {"password": "other"}, "b": 1 }'),
    });
    expect(answer).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"functionName":"f"}',
    });
    expect(replay.unmatched()).toEqual([]);
    expect(replay.calls()).toHaveLength(1);
  });

  it('replays a Base64 answer as its bytes with its recorded length; text is framed by the adapter', async () => {
    const zip = Uint8Array.from({ length: 300 }, (_, i) => (i * 31) & 255);
    const answer = (method: string, target: string, bytes: Uint8Array) =>
      cassetteLine(
        recorded({
          request: { method, target, headers: [], body: body('') },
          response: {
            status: 200,
            reason: 'OK',
            headers: [
              ['Content-Type', 'application/zip'],
              ['Content-Length', '300'],
            ],
            body: { size: bytes.byteLength, sha256: sha(bytes), bytes },
            complete: true,
          },
        }),
      );
    const text = [
      answer('GET', '/fc3-testkit/code/f/LATEST/1.zip', zip),
      answer('HEAD', '/fc3-testkit/code/f/LATEST/1.zip', new Uint8Array(0)),
      get(3, '/2023-03-30/functions/f', '{}'),
    ].join('\n');
    const replay = cassetteEmulator(parseCassette(text));
    const ask = (method: string, path: string) =>
      replay.dispatch({ method, url: `http://h${path}`, headers: {}, body: new Uint8Array() });
    const got = await ask('GET', '/fc3-testkit/code/f/LATEST/1.zip');
    expect(got).toMatchObject({ status: 200, body: '', bytes: zip });
    expect(got.headers).toEqual({ 'content-type': 'application/zip', 'content-length': '300' });
    const head = await ask('HEAD', '/fc3-testkit/code/f/LATEST/1.zip');
    expect(head).toEqual({ status: 200, headers: got.headers, body: '' });
    // The same length twice (RFC 9110 §8.6 lets a recipient take it as one) is one length.
    const twice = JSON.parse(answer('HEAD', '/twice.zip', new Uint8Array(0)));
    twice.response.headers.push(['content-length', '300']);
    const again = await cassetteEmulator(parseCassette(JSON.stringify(twice))).dispatch({
      method: 'HEAD',
      url: 'http://h/twice.zip',
      headers: {},
      body: new Uint8Array(),
    });
    expect(again.headers['content-length']).toBe('300');
    expect((await ask('GET', '/2023-03-30/functions/f')).headers).toEqual({ 'x-fc-request-id': '1-3' });
  });

  it('answers a HEAD of the download from its recorded GET (as serve does live), using nothing up', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0xff, 0x00]);
    const short = new Uint8Array([0xff, 0xfe]);
    const download = (seq: number, bytes: Uint8Array) =>
      answerLine(seq, '/fc3-testkit/code/f/LATEST/1.zip', {
        headers: [['Content-Type', 'application/zip']],
        body: { size: bytes.byteLength, sha256: sha(bytes), bytes },
      });
    const text = [download(1, zip), download(2, short), get(3, '/2023-03-30/functions/f', '{"é":1}')].join(
      '\n',
    );
    const replay = cassetteEmulator(parseCassette(text));
    const ask = (method: string, path: string) =>
      replay.dispatch({ method, url: `http://h${path}`, headers: {}, body: new Uint8Array() });
    const head = await ask('HEAD', '/fc3-testkit/code/f/LATEST/1.zip');
    expect(head).toEqual({
      status: 200,
      headers: { 'content-type': 'application/zip', 'content-length': '4' },
      body: '',
    });
    expect((await ask('GET', '/fc3-testkit/code/f/LATEST/1.zip')).bytes).toEqual(zip);
    // The HEAD follows the GETs' order: now the second recorded answer is next.
    expect((await ask('HEAD', '/fc3-testkit/code/f/LATEST/1.zip')).headers['content-length']).toBe('2');
    expect((await ask('GET', '/fc3-testkit/code/f/LATEST/1.zip')).bytes).toEqual(short);
    // An FC 3.0 route answers no HEAD live, so its recorded GET answers none either.
    expect((await ask('HEAD', '/2023-03-30/functions/f')).status).toBe(400);
    expect(replay.unmatched()).toEqual([
      {
        method: 'HEAD',
        target: '/2023-03-30/functions/f',
        reason: 'nothing recorded on this method, path and query',
      },
    ]);
  });

  it('replays a Base64 answer with its bytes’ length, whatever length the line states', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0xff]);
    const line = cassetteLine(
      recorded({
        request: { method: 'GET', target: '/fc3-testkit/code/f/LATEST/1.zip', headers: [], body: body('') },
        response: {
          status: 200,
          reason: 'OK',
          // A forged or hand-edited line: a stated length over the bytes hung nock 15's client.
          headers: [['Content-Length', '1000']],
          body: { size: 3, sha256: sha(zip), bytes: zip },
          complete: true,
        },
      }),
    );
    const replay = cassetteEmulator(parseCassette(line));
    const url = 'http://h/fc3-testkit/code/f/LATEST/1.zip';
    const got = await replay.dispatch({ method: 'GET', url, headers: {}, body: new Uint8Array() });
    expect(got).toEqual({ status: 200, headers: { 'content-length': '3' }, body: '', bytes: zip });
  });

  it('still does not replay a Base64 answer an older recorder marked none', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0xff]);
    const response = recorded().response;
    const entry = JSON.parse(
      cassetteLine(
        recorded({ response: response && { ...response, body: { size: 3, sha256: 'ef', bytes: zip } } }),
      ),
    );
    const replay = cassetteEmulator(parseCassette(JSON.stringify({ ...entry, replay: 'none' })));
    const request = {
      method: 'POST',
      url: 'http://h/2023-03-30/functions',
      headers: {},
      body: Buffer.from('{"functionName":"f"}'),
    };
    expect((await replay.dispatch(request)).status).toBe(400);
    expect(replay.unmatched()).toHaveLength(1);
  });

  it('answers anything else with PathNotSupported and lists it', async () => {
    const replay = cassetteEmulator(parseCassette(get(1, '/2023-03-30/functions/f', '{}')));
    const answer = await replay.dispatch({
      method: 'GET',
      url: 'http://h/2023-03-30/functions/g?x=1',
      headers: {},
      body: new Uint8Array(),
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ Code: 'PathNotSupported' });
    expect(answer.headers['x-fc-request-id']).toMatch(/^1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(replay.unmatched()).toEqual([
      {
        method: 'GET',
        target: '/2023-03-30/functions/g?x=1',
        reason: 'nothing recorded on this method, path and query',
      },
    ]);
    expect(replay.calls({ outcome: 'unrouted' })).toHaveLength(1);
  });

  it('matches an omitted body by size and SHA-256', async () => {
    const bytes = Buffer.from('x'.repeat(100));
    const line = cassetteLine(
      recorded({
        request: { ...recorded().request, body: { size: 100, sha256: sha(bytes), bytes: undefined } },
      }),
    );
    const replay = cassetteEmulator(parseCassette(line));
    const url = 'http://h/2023-03-30/functions';
    expect((await replay.dispatch({ method: 'POST', url, headers: {}, body: bytes })).status).toBe(200);
    expect(
      (await replay.dispatch({ method: 'POST', url, headers: {}, body: Buffer.from('y'.repeat(100)) }))
        .status,
    ).toBe(400);
    expect(replay.unmatched()[0]?.reason).toBe('1 recorded exchange(s) on this route, none with this body');
  });

  it('refuses live-emulator controls with a usage error', () => {
    const replay = cassetteEmulator(parseCassette(''));
    expect(() => replay.failNext('InternalServerError')).toThrow(Fc3TestkitError);
    expect(() => replay.advanceClock(1)).toThrow(/not available when replaying a cassette/);
  });
});
