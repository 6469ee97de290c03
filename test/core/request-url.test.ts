import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestUrl } from '../../mocks/core/request-url.ts';

// What `new URL` reads of the four parts the dispatcher uses; undefined when it throws.
function byUrlParser(url: string) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return {
    host: parsed.host,
    hostname: parsed.hostname,
    origin: parsed.origin,
    query: [...parsed.searchParams],
  };
}

function readOnce(url: string) {
  const read = requestUrl(url);
  return (
    read && { host: read.host, hostname: read.hostname, origin: read.origin, query: [...read.searchParams] }
  );
}

// Read cold, then again (the second read may reuse the authority the first one kept), then
// after a read of another URL on the same host and port.
function byRequestUrl(url: string) {
  const first = readOnce(url);
  expect(readOnce(url)).toEqual(first);
  const authority = /^[a-zA-Z]+:\/\/[^/?#]*/.exec(url)?.[0];
  if (authority) {
    readOnce(`${authority}/other?k=v`);
    expect(readOnce(url)).toEqual(first);
  }
  return first;
}

describe('requestUrl reads host, origin and query as new URL does', () => {
  it.each([
    'http://127.0.0.1:9000/2023-03-30/functions',
    'http://127.0.0.1:9000/2023-03-30/functions/f?qualifier=LATEST&x=1&x=2',
    'http://127.0.0.1:9000?a=1',
    'http://127.0.0.1:9000#f',
    'http://127.0.0.1:9000',
    'http://127.0.0.1:90000/p',
    'http://127.0.0.1:9000@h/p',
    'http://127.0.0.1:9000\t/p',
    'http://127.0.0.1:9000??a',
    'http://127.0.0.1:9000/p#f?a=1',
    'http://127.0.0.1:80/2023-03-30/functions',
    'https://h:443/p',
    'http://h:65536/p',
    'http://h:0080/p',
    'http://127.1/p',
    'http://0x7f.0.0.1/p',
    'http://a.0x1f/p',
    'http://1.2.3/p',
    'http://01.2.3.4/p',
    'http://256.0.0.1/p',
    'http://1234.cn-hangzhou.fc.aliyuncs.com/2023-03-30/functions',
    'http://fcv3.cn-hangzhou.aliyuncs.com/p',
    'http://b1.oss-cn-hangzhou.aliyuncs.com/1/a.zip',
    'http://Host.Example/p',
    'HTTP://h/p',
    'http://xn--nxasmq6b.com/p',
    'http://xn--a.com/p',
    'http://h\\p',
    'http://u@h/p',
    'http://h./p',
    'http://h',
    'http://h?a=1',
    'http://h#x?a=1',
    'http://h/p?a=1#b=2',
    'http://h/p?a=%zz&b=%20&c=+',
    'http://h/p?a=b c',
    'http://h/p?a=\'"<>',
    'http://h/p?a=\t1',
    'http://h/p?a=1 ',
    'http://h/p?a=é',
    'http://h/p?',
    'http://h/p?&&=&a',
    'http://[::1]:9000/p',
    'http://h:/p',
    'file:///p',
    '/2023-03-30/functions',
    'not a url',
    ' http://h/p',
  ])('%s', (url) => {
    expect(byRequestUrl(url)).toEqual(byUrlParser(url));
  });

  it('for generated URLs of hosts, ports and queries near the hand cut’s edges', () => {
    const part = (alphabet: string, maxLength: number) =>
      fc.string({ unit: fc.constantFrom(...alphabet), maxLength });
    const url = fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'HTTP://'),
        part('ab0189x.-', 12),
        fc.option(part('0123456789', 6)),
        part('/?#&=%+a1 \'"<>\\é\t', 16),
      )
      .map(([scheme, host, port, rest]) => `${scheme}${host}${port === null ? '' : `:${port}`}${rest}`);
    fc.assert(
      fc.property(url, (generated) => {
        expect(byRequestUrl(generated)).toEqual(byUrlParser(generated));
      }),
      { numRuns: 3000 },
    );
  });
});
