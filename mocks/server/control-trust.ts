/**
 * Who may use the control API (docs/decisions/017-control-api-trust.md). A web page the
 * developer opens can send requests to 127.0.0.1 without any preflight (a `text/plain` POST),
 * and after DNS rebinding it reads answers under its own host name. Browsers always send the
 * `Host` they resolved, and an `Origin` on every POST and CORS-mode request (a GET without one
 * cannot read the answer, and GET endpoints only read), so the control API accepts only a
 * loopback or configured `Host`, no foreign `Origin`, and JSON bodies (which a page can only send
 * after a CORS preflight this server never approves). Test processes send none of these.
 */
import type { IncomingMessage } from 'node:http';
import { Fc3TestkitError } from '../core/errors.ts';

/** The outcome of {@link checkControlTrust}: go on, or the status and message to refuse with. */
export type TrustCheck = { ok: true } | { ok: false; status: 403 | 415; error: string };

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** 127/8 mapped into IPv6, dotted or as the URL parser writes it (`[::ffff:7f00:1]`). */
const MAPPED_LOOPBACK = /^::ffff:(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/;
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The host name of a `Host` value, lowercase, without port, brackets or a trailing dot. */
function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  // A bracketed address with anything but a port after it is no address: kept whole, so refused.
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(lower);
  const name = lower.startsWith('[') ? (bracketed?.[1] ?? lower) : lower.replace(/:\d*$/, '');
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** RFC 6761: `localhost` and `*.localhost` always resolve to loopback, so they cannot be rebound. */
function isLoopback(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    IPV4_LOOPBACK.test(name) ||
    name === '::1' ||
    MAPPED_LOOPBACK.test(name)
  );
}

/**
 * The host names the control API accepts besides loopback: the configured ones and the address
 * the server is bound to (unless it is a wildcard). Throws on a value that is not a bare host.
 *
 * @example
 * controlHostNames(['fc3', 'emulator.test'], '127.0.0.1'); // Set { 'fc3', 'emulator.test', '127.0.0.1' }
 */
export function controlHostNames(configured: readonly string[], bound: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const host of configured) {
    if (!/^(\[[0-9a-f:.]+\]|[0-9a-z.-]+|[0-9a-f:.]+)$/i.test(host)) {
      throw new Fc3TestkitError(
        `control host ${JSON.stringify(host)} must be a bare host name or address (no scheme, port or path)`,
      );
    }
    names.add(hostName(host));
  }
  if (!WILDCARDS.has(bound))
    names.add(hostName(bound.includes(':') && !bound.startsWith('[') ? `[${bound}]` : bound));
  return names;
}

function checkHost(host: string | undefined, allowed: ReadonlySet<string>): TrustCheck {
  // No Host at all (HTTP/1.0) never comes from a browser.
  if (host === undefined) return { ok: true };
  const name = hostName(host);
  if (isLoopback(name) || allowed.has(name)) return { ok: true };
  const error = `control API refused: Host ${JSON.stringify(host)} is neither loopback nor a --control-host (serve --control-host NAME, API: controlHosts)`;
  return { ok: false, status: 403, error };
}

function checkOrigin(origin: string | undefined, host: string | undefined): TrustCheck {
  if (origin === undefined) return { ok: true };
  let same = false;
  try {
    const url = new URL(origin);
    same = url.protocol === 'http:' && host !== undefined && url.host === new URL(`http://${host}`).host;
  } catch {
    same = false; // `null` (sandboxed pages, file:) or garbage
  }
  if (same) return { ok: true };
  const error = `control API refused: requests from web pages (Origin ${JSON.stringify(origin)}) are not accepted; call it from the test process`;
  return { ok: false, status: 403, error };
}

/**
 * Whether a request announces a body (chunked, or a positive `content-length`).
 *
 * @example
 * if (!hasBody(req)) req.resume();
 */
export function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

function checkBodyType(req: IncomingMessage): TrustCheck {
  const type = req.headers['content-type'];
  if (type === undefined && !hasBody(req)) return { ok: true };
  const media = (type ?? '').split(';')[0]?.trim().toLowerCase();
  if (media === 'application/json') return { ok: true };
  const got = type === undefined ? 'none' : JSON.stringify(type);
  return {
    ok: false,
    status: 415,
    error: `control request bodies must be JSON (content-type: application/json), got ${got}`,
  };
}

/**
 * Decides whether a control request may proceed: `Host` loopback or allowed (403), `Origin`
 * absent or the server's own (403), a body only as `application/json` (415; a GET's too, whose
 * body is then held to be empty).
 *
 * @example
 * const check = checkControlTrust(req, controlHostNames([], '127.0.0.1'));
 * if (!check.ok) answer(check.status, { error: check.error });
 */
export function checkControlTrust(req: IncomingMessage, allowedHosts: ReadonlySet<string>): TrustCheck {
  const { host, origin } = req.headers;
  const hostCheck = checkHost(host, allowedHosts);
  if (!hostCheck.ok) return hostCheck;
  const originCheck = checkOrigin(origin, host);
  if (!originCheck.ok) return originCheck;
  // A GET or HEAD has no body to check, unless one is sent anyway: that one is held to the rule of
  // a POST's (a text/plain `{}` on GET /__fc3/calls was answered 200).
  const bodiless = (req.method === 'GET' || req.method === 'HEAD') && !hasBody(req);
  return bodiless ? { ok: true } : checkBodyType(req);
}
