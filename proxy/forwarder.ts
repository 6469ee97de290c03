/**
 * The byte pipe of `fc3-testkit proxy`: one upstream connection per client connection, every
 * byte forwarded as received in both directions (request line, header case and order, framing,
 * keep-alive and half-close included), with back-pressure, and a copy handed to a
 * {@link ConnectionTap}. Forwarding never waits for the observer (ADR 020).
 */
import net from 'node:net';
import tls from 'node:tls';
import { socketHost } from '../contracts/targets/socket-host.ts';
import { listenError } from '../mocks/listen-error.ts';
import type { CaptureBudget } from './tap/body-capture.ts';
import { type ConnectionTap, createConnectionTap, type TappedExchange } from './tap/connection-tap.ts';

/** Options of {@link startForwarder}. */
export interface ForwarderOptions {
  /** `http://host:port` or `https://host[:port]`: where every connection goes. */
  upstream: URL;
  host: string;
  port: number;
  /** Extra certificate authorities trusted for an `https:` upstream (PEM). */
  upstreamCa?: string | Buffer;
  bodyLimit: number;
  budget: CaptureBudget;
  onExchange: (exchange: TappedExchange, release: () => void) => void;
  /** A connection's traffic stopped being readable as HTTP/1.1; forwarding goes on. */
  onOpaque?: (reason: string) => void;
  /** The upstream could not be reached or failed (the client's connection was reset). */
  onUpstreamError?: (message: string) => void;
  /**
   * A request came after the upstream had closed the connection: not forwarded, and not an
   * upstream failure (the client's connection is not reset; once per connection).
   */
  onNotForwarded?: (message: string) => void;
  /** How long `close()` waits for open exchanges before dropping connections (default 10 s). */
  shutdownTimeoutMs?: number;
}

/** Counters of a running forwarder. */
export interface ForwarderStats {
  connections: number;
  bytesFromClients: number;
  bytesFromUpstream: number;
  /** Upstream failures; each reset the client's connection. */
  upstreamErrors: number;
  /**
   * Connections on which a request came, before the stop, after the upstream had closed the
   * connection: not forwarded, the client not reset (counted once per connection).
   */
  notForwarded: number;
}

/** A listening forwarder. */
export interface RunningForwarder {
  url: string;
  host: string;
  port: number;
  readonly stats: ForwarderStats;
  /** Client connections open now. */
  readonly open: number;
  /** Stops accepting; lets open exchanges finish, then closes every connection. Idempotent. */
  close(): Promise<void>;
  /** Drops every connection now, open exchanges included (a stop cut short). */
  destroy(): void;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  tap: ConnectionTap;
  /** Counted in `notForwarded` already. */
  notForwarded?: boolean;
}

interface Shared {
  options: ForwarderOptions;
  stats: ForwarderStats;
  pairs: Set<Pair>;
  closing: boolean;
  seq: number;
  /** Called when a pair is gone (after its tap handed on what was open). */
  onPairGone: () => void;
}

function connectUpstream(options: ForwarderOptions): net.Socket {
  const { upstream } = options;
  const host = socketHost(upstream);
  if (upstream.protocol === 'https:') {
    return tls.connect({
      host,
      port: Number(upstream.port || 443),
      servername: net.isIP(host) ? undefined : host,
      ...(options.upstreamCa ? { ca: [...tls.rootCertificates, options.upstreamCa.toString()] } : {}),
    });
  }
  return net.connect({ host, port: Number(upstream.port || 80), allowHalfOpen: true, noDelay: true });
}

function endIfIdle(pair: Pair, shared: Shared): void {
  if (!shared.closing || !pair.tap.idle) return;
  pair.client.end();
  pair.upstream.end();
}

/**
 * Forwards `from` to `to`. `onClosedSide` is told of bytes that arrive, before the stop, for a
 * `to` that already ended or closed.
 */
function pipe(
  from: net.Socket,
  to: net.Socket,
  shared: Shared,
  observe: (chunk: Buffer) => void,
  onClosedSide: () => void,
): void {
  from.on('data', (chunk: Buffer) => {
    if (to.writableEnded || to.destroyed) {
      // At the stop, an idle keep-alive connection is ended both ways, and a request the client
      // still sends on it is neither forwarded nor observed (writing it would fail with
      // ERR_STREAM_WRITE_AFTER_END and reset the client); the client sees a clean close with no
      // answer, and the upstream never saw it (ADR 050). Before the stop, the side ended on its
      // own (a TLS upstream's FIN ends and then closes it): the request is counted and reported.
      if (!shared.closing) onClosedSide();
      return;
    }
    if (!to.write(chunk)) from.pause();
    observe(chunk);
  });
  to.on('drain', () => from.resume());
}

/**
 * A failing upstream resets the client's connection: the client sees a broken connection, as it
 * would without the proxy, and the proxy goes on serving the others.
 */
function upstreamFailed(pair: Pair, shared: Shared, reason: string): void {
  const { stats, options } = shared;
  stats.upstreamErrors += 1;
  options.onUpstreamError?.(`${options.upstream.host}: ${reason}`);
  pair.tap.closed(`upstream failed (${reason})`);
  if (!pair.client.destroyed) pair.client.resetAndDestroy();
}

/**
 * A request came after the upstream had closed the connection: a write to the destroyed socket
 * would fail silently, so it is counted (once per connection) and reported. The client is not
 * reset: the upstream's FIN already ends the client's side, after what of the upstream's last
 * answer is still queued for it, and an RST would discard that (ADR 050).
 */
function notForwarded(pair: Pair, shared: Shared): void {
  if (pair.notForwarded) return;
  pair.notForwarded = true;
  shared.stats.notForwarded += 1;
  const { options } = shared;
  options.onNotForwarded?.(`${options.upstream.host}: the upstream had closed the connection`);
}

function wire(pair: Pair, shared: Shared): void {
  const { client, upstream, tap } = pair;
  const { stats } = shared;
  pipe(
    client,
    upstream,
    shared,
    (chunk) => {
      stats.bytesFromClients += chunk.length;
      tap.fromClient(chunk);
    },
    () => notForwarded(pair, shared),
  );
  // The client's side is ended only after the upstream's (or at the stop): nothing comes then.
  pipe(
    upstream,
    client,
    shared,
    (chunk) => {
      stats.bytesFromUpstream += chunk.length;
      tap.fromUpstream(chunk);
    },
    () => undefined,
  );
  client.on('end', () => upstream.end());
  upstream.on('end', () => {
    tap.upstreamEnded();
    client.end();
  });
  upstream.on('error', (error: NodeJS.ErrnoException) =>
    upstreamFailed(pair, shared, error.code ?? error.message),
  );
  client.on('error', () => upstream.destroy());
  upstream.on('close', () => {
    tap.closed('the upstream closed the connection before the answer was complete');
    if (!client.destroyed && client.writableEnded === false) client.end();
  });
  client.on('close', () => {
    upstream.destroy();
    tap.closed('the client closed the connection before the answer was complete');
    shared.pairs.delete(pair);
    shared.onPairGone();
  });
}

function accept(client: net.Socket, shared: Shared, connection: number): void {
  const { options } = shared;
  client.setNoDelay(true);
  shared.stats.connections += 1;
  const upstream = connectUpstream(options);
  const tap = createConnectionTap({
    connection,
    nextSeq: () => ++shared.seq,
    bodyLimit: options.bodyLimit,
    budget: options.budget,
    onExchange(exchange, release) {
      options.onExchange(exchange, release);
      // After the tap has settled this exchange: a closing proxy ends the connection once idle.
      queueMicrotask(() => endIfIdle(pair, shared));
    },
    ...(options.onOpaque ? { onOpaque: options.onOpaque } : {}),
  });
  const pair: Pair = { client, upstream, tap };
  shared.pairs.add(pair);
  wire(pair, shared);
}

function listen(server: net.Server, port: number, host: string): Promise<net.AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, port, host)));
    server.listen({ port, host }, () => resolve(server.address() as net.AddressInfo));
  });
}

function destroyAll(shared: Shared): void {
  for (const pair of shared.pairs) {
    pair.client.destroy();
    pair.upstream.destroy();
  }
}

function closer(server: net.Server, shared: Shared, timeoutMs: number): () => Promise<void> {
  let closed: Promise<void> | undefined;
  return () => {
    closed ??= new Promise<void>((resolve) => {
      shared.closing = true;
      const force = setTimeout(() => destroyAll(shared), timeoutMs);
      force.unref();
      // The server closes before its sockets' 'close' events: resolve once every pair is gone
      // too, so that the exchanges a dropped connection hands on are counted.
      let serverClosed = false;
      shared.onPairGone = () => {
        if (!serverClosed || shared.pairs.size > 0) return;
        clearTimeout(force);
        resolve();
      };
      server.close(() => {
        serverClosed = true;
        shared.onPairGone();
      });
      for (const pair of shared.pairs) endIfIdle(pair, shared);
    });
    return closed;
  };
}

/**
 * Counters of a forwarder that has forwarded nothing (yet, or because it never started).
 *
 * @example
 * emptyForwarderStats().connections; // 0
 */
export function emptyForwarderStats(): ForwarderStats {
  return { connections: 0, bytesFromClients: 0, bytesFromUpstream: 0, upstreamErrors: 0, notForwarded: 0 };
}

/**
 * Starts forwarding every connection on `host:port` to `upstream`.
 *
 * @example
 * const forwarder = await startForwarder({ upstream: new URL('http://127.0.0.1:9000'), host: '127.0.0.1',
 *   port: 0, bodyLimit: 1 << 20, budget: createCaptureBudget(64 << 20), onExchange: (e, release) => release() });
 */
export async function startForwarder(options: ForwarderOptions): Promise<RunningForwarder> {
  const shared: Shared = {
    options,
    stats: emptyForwarderStats(),
    pairs: new Set(),
    closing: false,
    seq: 0,
    onPairGone: () => undefined,
  };
  let connection = 0;
  const server = net.createServer({ allowHalfOpen: true, noDelay: true }, (client) =>
    accept(client, shared, ++connection),
  );
  const address = await listen(server, options.port, options.host);
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${address.port}`,
    host: options.host,
    port: address.port,
    get stats() {
      return { ...shared.stats };
    },
    get open() {
      return shared.pairs.size;
    },
    close: closer(server, shared, options.shutdownTimeoutMs ?? 10_000),
    destroy: () => destroyAll(shared),
  };
}
