/**
 * A hand-rolled fetch client for the function-resource operations (signed ACS3 like the SDK),
 * with hooks to break what it sends or reports, for the client-mode tests.
 */
import type { ClientAdapter, ClientEndpoint, ClientOutcome, ListQuery } from '../../contracts/index.ts';
import { signAcs3 } from '../../mocks/core/auth/index.ts';

/** Ways to break the client. */
export interface Breaks {
  /** Rewrites the outgoing request before it is signed. */
  request?: (request: Outgoing) => Outgoing;
  /** Rewrites what the client reports. */
  report?: (outcome: ClientOutcome) => ClientOutcome;
}

/** A request about to be signed and sent. */
export interface Outgoing {
  method: string;
  path: string;
  action: string;
  body?: string;
}

async function send(endpoint: ClientEndpoint, outgoing: Outgoing): Promise<ClientOutcome> {
  const url = `http://${endpoint.host}:${endpoint.port}${outgoing.path}`;
  const signed = signAcs3({
    url,
    method: outgoing.method,
    action: outgoing.action,
    ...(outgoing.body === undefined ? {} : { body: outgoing.body }),
    accessKeyId: endpoint.accessKeyId ?? 'unused',
    accessKeySecret: endpoint.accessKeySecret ?? 'unused',
  });
  const { host: _host, ...headers } = signed.headers;
  const res = await fetch(url, {
    method: outgoing.method,
    headers,
    ...(outgoing.body === undefined ? {} : { body: outgoing.body }),
  });
  const text = await res.text();
  const json = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
  if (res.ok) return { ok: true, status: res.status, body: json };
  return {
    ok: false,
    error: { code: json.Code as string, statusCode: res.status, requestId: json.RequestId as string },
  };
}

const fn = (name: string) => `/2023-03-30/functions/${encodeURIComponent(name)}`;

/**
 * The client, correct unless broken.
 *
 * @example
 * await verifyClient(fetchResourceClient());
 */
export function fetchResourceClient(breaks: Breaks = {}): ClientAdapter {
  const call = async (endpoint: ClientEndpoint, outgoing: Outgoing) => {
    const outcome = await send(endpoint, breaks.request ? breaks.request(outgoing) : outgoing);
    return breaks.report ? breaks.report(outcome) : outcome;
  };
  return {
    name: 'fetch resource client',
    createFunction: (e, input) =>
      call(e, {
        method: 'POST',
        path: '/2023-03-30/functions',
        action: 'CreateFunction',
        body: JSON.stringify(input),
      }),
    getFunction: (e, name) => call(e, { method: 'GET', path: fn(name), action: 'GetFunction' }),
    updateFunction: (e, name, input) =>
      call(e, { method: 'PUT', path: fn(name), action: 'UpdateFunction', body: JSON.stringify(input) }),
    deleteFunction: (e, name) => call(e, { method: 'DELETE', path: fn(name), action: 'DeleteFunction' }),
    listFunctions: (e, query: ListQuery) => {
      const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      return call(e, { method: 'GET', path: `/2023-03-30/functions?${search}`, action: 'ListFunctions' });
    },
  };
}
