/**
 * Reproducers: a `curl` command for a sent request and a readable dump of one exchange, with
 * large bodies truncated.
 */
import { escapeUnsafe, hasUnsafe } from '../../mocks/core/unsafe-text.ts';
import { cutText } from '../checks/own-string.ts';
import type { Exchange, SentRequest } from '../types.ts';

/**
 * Bodies longer than this many characters are truncated in dumps.
 *
 * @example
 * truncate(body, SHOWN_BODY_CHARS);
 */
export const SHOWN_BODY_CHARS = 2048;
const CURL_INLINE_BYTES = 64 * 1024;

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const strict = new TextDecoder('utf-8', { fatal: true });
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

// Inline in a reproducer only what prints as it is: report text is escaped (unsafe-text.ts), which
// would change the bytes it sends; the rest goes as Base64.
function printable(bytes: Uint8Array): string | undefined {
  const text = utf8(bytes);
  return text === undefined || hasUnsafe(text, { keepLines: true }) ? undefined : text;
}

/**
 * Truncates a text for display, saying how much was cut ({@link cutText}, as failures cut theirs);
 * `total` is the length of the whole text when `text` is only its start (an answer a result kept
 * cut, `ReceivedResponse.cutFrom`).
 *
 * @example
 * truncate('x'.repeat(5000)).length < 2100; // true
 * truncate('x'.repeat(100), 10, 600_000); // 'xxxxxxxxxx… [599990 more characters left out]'
 */
export function truncate(text: string, max = SHOWN_BODY_CHARS, total = text.length): string {
  const shown = Math.min(max, text.length);
  return total <= shown ? text : cutText(text, shown, total);
}

function curlBody(body: Uint8Array): { prefix: string; flag: string } {
  if (body.byteLength === 0) return { prefix: '', flag: '' };
  const text = printable(body);
  if (text !== undefined && body.byteLength <= CURL_INLINE_BYTES)
    return { prefix: '', flag: ` --data-binary ${quote(text)}` };
  if (body.byteLength <= CURL_INLINE_BYTES) {
    return {
      prefix: `printf %s ${quote(Buffer.from(body).toString('base64'))} | base64 -d | `,
      flag: ' --data-binary @-',
    };
  }
  return {
    prefix: `# body of ${body.byteLength} bytes not inlined; save it as body.bin\n`,
    flag: ' --data-binary @body.bin',
  };
}

/**
 * A shell command that sends the same bytes again. Signed requests carry a nonce and a date, so
 * a replay is refused by a server that checks them; re-sign instead.
 *
 * @example
 * curlCommand({ method: 'PUT', url: 'http://127.0.0.1:9000/2023-03-30/functions', headers: {}, body: new Uint8Array() });
 * // "curl -sS -i -X PUT 'http://127.0.0.1:9000/2023-03-30/functions'"
 */
export function curlCommand(request: SentRequest): string {
  // A Host naming an FC endpoint other than the URL's (reference A.2) must be replayed too.
  const urlHost = new URL(request.url).host;
  const headers = Object.entries(request.headers)
    .filter(([name, value]) => (name !== 'host' || value !== urlHost) && name !== 'content-length')
    .map(([name, value]) => ` -H ${quote(`${name}: ${value}`)}`)
    .join('');
  const { prefix, flag } = curlBody(request.body);
  const note = request.headers.authorization
    ? '# signed: a replay reuses nonce and date; re-sign to resend\n'
    : '';
  return `${note}${prefix}curl -sS -i -X ${request.method} ${quote(request.url)}${headers}${flag}`;
}

/**
 * The raw request and response of one exchange as text, bodies truncated, terminal controls
 * escaped.
 *
 * @example
 * console.log(formatExchange(exchange));
 */
export function formatExchange(exchange: Exchange): string {
  const { request, response } = exchange;
  const requestBody = utf8(request.body) ?? `<${request.body.byteLength} bytes, not UTF-8>`;
  const lines = [
    `> ${request.method} ${request.url}`,
    ...Object.entries(request.headers).map(([name, value]) => `> ${name}: ${value}`),
    '>',
    `> ${truncate(requestBody)}`,
    `< ${response.status}`,
    ...Object.entries(response.headers).map(([name, value]) => `< ${name}: ${value}`),
    '<',
    `< ${truncate(response.body, SHOWN_BODY_CHARS, response.cutFrom?.chars)}`,
  ];
  return escapeUnsafe(lines.join('\n'), { keepLines: true });
}
