/**
 * What both test signers (ACS3 and ROA v1) take, and how caller overrides are applied, so the
 * two describe and treat a request the same way.
 */

/** Options common to `signAcs3` and `signRoa`; each documents its scheme's defaults. */
export interface SignOptions {
  /** Absolute URL (query included, as sent); its authority becomes the `host` header (port included). */
  url: string;
  /** Default `POST`. */
  method?: string;
  /** Body bytes or text (UTF-8). Omitted: empty body and no `content-type`, like the SDKs. */
  body?: Uint8Array | string;
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token: adds `x-acs-accesskey-id` and `x-acs-security-token`. */
  securityToken?: string;
  /** Date or a verbatim date header string (to test malformed dates). Default: now. */
  date?: Date | string;
  /** Default: random hex characters, as many as the scheme's SDK sends. */
  nonce?: string;
  /** `x-acs-action`. */
  action?: string;
  /** Default `2023-03-30`. */
  version?: string;
  /** Applied last (names case-insensitive); `undefined` removes a default header. */
  headers?: Record<string, string | undefined>;
}

/**
 * Applies caller overrides to lowercase-keyed headers; `undefined` deletes.
 *
 * @example
 * applyOverrides(headers, { 'X-Acs-Version': '2021-04-06', accept: undefined });
 */
export function applyOverrides(headers: Record<string, string>, overrides: SignOptions['headers']): void {
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value === undefined) delete headers[key.toLowerCase()];
    else headers[key.toLowerCase()] = value;
  }
}
