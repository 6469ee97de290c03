/**
 * What the emulator journalled, read through the control API (`GET /__fc3/calls`) exactly as a
 * user's CI would: the end-to-end tests assert on this list instead of on the client's view.
 */
import { send } from '../server/cli-process.ts';

/** One journalled call as the control API shows it. */
export interface Call {
  seq: number;
  operation?: string;
  method: string;
  url: string;
  status: number;
  code?: string;
  functionName?: string;
  headers: Record<string, string>;
  input?: Record<string, unknown>;
}

/** The calls after `since`: as `Operation status[ code]` lines (`METHOD path` when unrouted), the last seq, the entries. */
export interface CallsSince {
  lines: string[];
  last: number;
  all: Call[];
}

/**
 * The journal of the server at `url` since `since` (at most 1,000 calls).
 *
 * @example
 * const { lines, last } = await callsSince(server.url, 0); // ['CreateFunction 200', 'GetFunction 200']
 */
export async function callsSince(url: string, since: number): Promise<CallsSince> {
  const page = await send(url, { method: 'GET', path: `/__fc3/calls?since=${since}&limit=1000` });
  const all = page.json.calls as Call[];
  const lines = all.map((c) => {
    const what = c.operation ?? `${c.method} ${new URL(c.url).pathname}`;
    return `${what} ${c.status}${c.code ? ` ${c.code}` : ''}`;
  });
  return { lines, last: all.at(-1)?.seq ?? since, all };
}
