/**
 * Redaction of secrets in recorded traffic, and nothing else: AccessKey ids, signatures and
 * security tokens in headers and query, and the string values of secret-named JSON keys in
 * bodies (registry passwords, temporary credentials). Everything else stays byte for byte. The
 * same functions redact a request before replay matching, so a recorded request and its replay
 * compare equal. Browser-safe (ADR 024).
 */

/** What replaces a secret. */
export const REDACTED = 'REDACTED';

/** Header names whose whole value is a secret (lowercase). */
const SECRET_HEADERS = new Set([
  'x-acs-accesskey-id',
  'x-acs-security-token',
  'x-acs-bearer-token',
  'x-fc-security-token',
  'proxy-authorization',
  'cookie',
  'set-cookie',
]);
/** Query parameter names whose value is a secret (lowercase). */
const SECRET_QUERY = new Set([
  'accesskeyid',
  'accesskeysecret',
  'signature',
  'securitytoken',
  'x-acs-accesskey-id',
  'x-acs-accesskey-secret',
  'x-acs-signature',
  'x-acs-security-token',
]);
/** JSON keys whose string value is a secret (lowercase): registry passwords, STS credentials. */
const SECRET_KEYS = new Set(['password', 'accesskeyid', 'accesskeysecret', 'securitytoken']);

/**
 * An `Authorization` value with its credential and signature replaced, its scheme and signed
 * header list kept (ACS3 `Credential=…,SignedHeaders=…,Signature=…`; ROA/FC2 `acs AK:SIG`).
 *
 * @example
 * redactAuthorization('acs AK1:c2ln'); // 'acs REDACTED:REDACTED'
 */
export function redactAuthorization(value: string): string {
  const space = value.indexOf(' ');
  if (space < 0) return REDACTED;
  const scheme = value.slice(0, space);
  const rest = value.slice(space + 1);
  // In any case, and a quoted value whole (a comma inside it ended the redaction there).
  if (/(Credential|Signature)\s*=/i.test(rest)) {
    return `${scheme} ${rest.replace(/(Credential|Signature)\s*=\s*("[^"]*"?|[^,]*)/gi, `$1=${REDACTED}`)}`;
  }
  if (/^[^\s:]+:[^\s:]+$/.test(rest)) return `${scheme} ${REDACTED}:${REDACTED}`;
  return `${scheme} ${REDACTED}`;
}

/**
 * Header pairs with secret values redacted; names, order and every other value unchanged.
 *
 * @example
 * redactHeaders([['Authorization', 'acs AK:SIG'], ['Host', 'h']]); // [['Authorization', 'acs REDACTED:REDACTED'], ['Host', 'h']]
 */
export function redactHeaders(headers: readonly [string, string][]): [string, string][] {
  return headers.map(([name, value]) => {
    // `X-Acs-Security-Token :` (space before the colon, which a server refuses) is still the field.
    const lower = name.trim().toLowerCase();
    if (lower === 'authorization') return [name, redactAuthorization(value)];
    return [name, SECRET_HEADERS.has(lower) ? REDACTED : value];
  });
}

/**
 * A request target with secret query values redacted; the rest of the target as sent.
 *
 * @example
 * redactTarget('/p?Signature=abc&limit=5'); // '/p?Signature=REDACTED&limit=5'
 */
export function redactTarget(target: string): string {
  const question = target.indexOf('?');
  if (question < 0) return target;
  const query = target
    .slice(question + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // a broken escape is not a secret's name
      }
      return equals >= 0 && SECRET_QUERY.has(decoded.toLowerCase()) ? `${name}=${REDACTED}` : pair;
    });
  return `${target.slice(0, question + 1)}${query.join('&')}`;
}

/** The index after the JSON string starting at `start` (a `"`), or -1 when it never ends. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x5c) i++;
    else if (char === 0x22) return i + 1;
  }
  return -1;
}

/** A JSON key as a parser reads it, lowercase: `"pass\u0077ord"` is `password` too. */
function keyOf(quoted: string): string {
  if (!quoted.includes('\\')) return quoted.slice(1, -1).toLowerCase();
  try {
    return String(JSON.parse(quoted)).toLowerCase();
  } catch {
    return '';
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

/**
 * JSON text with the string values of secret-named keys (`password`, `accessKeyId`,
 * `accessKeySecret`, `securityToken`, any case, at any depth) replaced by `"REDACTED"`. A linear
 * scan over the text, so whitespace and key order stay as sent; other text is returned unchanged.
 *
 * @example
 * redactJsonText('{"authConfig": {"password": "s3cret"}}'); // '{"authConfig": {"password": "REDACTED"}}'
 */
export function redactJsonText(text: string): string {
  let out = '';
  let copied = 0;
  let i = text.indexOf('"');
  while (i >= 0 && i < text.length) {
    const end = stringEnd(text, i);
    if (end < 0) break;
    const colon = skipSpace(text, end);
    const valueStart = skipSpace(text, colon + 1);
    const isSecretKey =
      text[colon] === ':' && text[valueStart] === '"' && SECRET_KEYS.has(keyOf(text.slice(i, end)));
    if (!isSecretKey) {
      i = text.indexOf('"', end);
      continue;
    }
    const valueEnd = stringEnd(text, valueStart);
    if (valueEnd < 0) break;
    out += `${text.slice(copied, valueStart)}"${REDACTED}"`;
    copied = valueEnd;
    i = text.indexOf('"', valueEnd);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Bytes that are not UTF-8 (JSON with a Latin-1 description, say) redacted as
 * {@link redactJsonText} redacts text. The scan reads one character a byte: the quotes,
 * backslashes and colons it looks for are ASCII, which no multi-byte UTF-8 sequence contains, so
 * every byte outside the secret values stays as sent.
 *
 * @example
 * redactJsonBytes(new Uint8Array([...new TextEncoder().encode('{"password":"x","d":"'), 0xff, 0x22, 0x7d]));
 */
export function redactJsonBytes(bytes: Uint8Array): Uint8Array {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) text += String.fromCharCode(...bytes.subarray(i, i + 4096));
  const redacted = redactJsonText(text);
  if (redacted === text) return bytes;
  const out = new Uint8Array(redacted.length);
  for (let i = 0; i < redacted.length; i++) out[i] = redacted.charCodeAt(i);
  return out;
}
