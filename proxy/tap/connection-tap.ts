/**
 * Observes one proxied connection: reads the requests the client sent and the responses the
 * upstream sent (already forwarded), pairs them in order (HTTP/1.1 answers in request order;
 * interim 1xx answers are skipped) and hands each finished exchange on. Only reads copies.
 */
import {
  type BodyCapture,
  type CaptureBudget,
  type CapturedBody,
  createBodyCapture,
} from './body-capture.ts';
import { createHttpParser, type HttpParser, type MessageHead } from './http-parser.ts';

/** One message of an exchange. */
export interface TappedMessage {
  head: MessageHead;
  body: CapturedBody;
  /** False when the stream ended before the message did. */
  complete: boolean;
}

/**
 * A request and the answer it got, as they crossed the proxy.
 *
 * @example
 * const line = `${exchange.request.head.method} ${exchange.request.head.target} → ${exchange.response?.head.status}`;
 */
export interface TappedExchange {
  seq: number;
  connection: number;
  /** Epoch ms when the request head was read. */
  startedAt: number;
  /** From the request head to the end of the answer (or of the connection). */
  durationMs: number;
  request: TappedMessage;
  /** Undefined when no answer head came before the connection ended. */
  response: TappedMessage | undefined;
  /** Why the exchange ended without a complete answer, if it did. */
  aborted: string | undefined;
}

/** Options of {@link createConnectionTap}. */
export interface ConnectionTapOptions {
  connection: number;
  nextSeq: () => number;
  bodyLimit: number;
  budget: CaptureBudget;
  /** Receives each exchange; `release` returns its kept body bytes to the budget once used. */
  onExchange: (exchange: TappedExchange, release: () => void) => void;
  /** The connection stopped being readable as HTTP/1.1 (forwarding goes on). */
  onOpaque?: (reason: string) => void;
}

/** The observer of one connection. */
export interface ConnectionTap {
  fromClient(chunk: Uint8Array): void;
  fromUpstream(chunk: Uint8Array): void;
  /** The upstream finished sending (FIN): a close-delimited answer ends here. */
  upstreamEnded(): void;
  /** The connection is gone: every exchange still open is handed on as aborted. */
  closed(reason: string): void;
  /** No exchange open: closing the connection now interrupts nothing. */
  readonly idle: boolean;
}

interface Open {
  seq: number;
  startedAt: number;
  started: number;
  head: MessageHead;
  body: BodyCapture;
  requestDone: CapturedBody | undefined;
  response: { head: MessageHead; body: BodyCapture } | undefined;
  responseDone: CapturedBody | undefined;
}

/**
 * Creates the observer of one connection.
 *
 * @example
 * const tap = createConnectionTap({ connection: 1, nextSeq, bodyLimit, budget, onExchange });
 * client.on('data', (chunk) => { upstream.write(chunk); tap.fromClient(chunk); });
 */
export function createConnectionTap(options: ConnectionTapOptions): ConnectionTap {
  const { budget, bodyLimit } = options;
  /** Exchanges in request order; the first without a finished answer is the one being answered. */
  const open: Open[] = [];
  let reading: Open | undefined;
  let stopped = false;
  const answering = (): Open | undefined => open.find((entry) => entry.responseDone === undefined);
  const emit = (entry: Open, aborted: string | undefined): void => {
    open.splice(open.indexOf(entry), 1);
    const response = entry.response;
    options.onExchange(
      {
        seq: entry.seq,
        connection: options.connection,
        startedAt: entry.startedAt,
        durationMs: performance.now() - entry.started,
        request: {
          head: entry.head,
          body: entry.requestDone ?? entry.body.finish(),
          complete: !!entry.requestDone,
        },
        response: response && {
          head: response.head,
          body: entry.responseDone ?? response.body.finish(),
          complete: !!entry.responseDone,
        },
        aborted,
      },
      () => {
        entry.body.release();
        response?.body.release();
      },
    );
  };
  const settle = (entry: Open): void => {
    if (entry.requestDone && entry.responseDone) emit(entry, undefined);
  };
  const stop = (reason: string): void => {
    if (stopped) return;
    stopped = true;
    for (const entry of [...open]) emit(entry, `not observed further: ${reason}`);
    options.onOpaque?.(reason);
  };
  const requests: HttpParser = createHttpParser({
    kind: 'request',
    events: {
      onHead(head) {
        reading = {
          seq: options.nextSeq(),
          startedAt: Date.now(),
          started: performance.now(),
          head,
          body: createBodyCapture({ limit: bodyLimit, budget }),
          requestDone: undefined,
          response: undefined,
          responseDone: undefined,
        };
        open.push(reading);
      },
      onBody: (chunk) => reading?.body.add(chunk),
      onEnd() {
        const entry = reading;
        reading = undefined;
        if (!entry) return;
        entry.requestDone = entry.body.finish();
        settle(entry);
      },
      onOpaque: (reason) => stop(`request stream: ${reason}`),
    },
  });
  let interim = false;
  const responses: HttpParser = createHttpParser({
    kind: 'response',
    requestMethod: () => answering()?.head.method,
    events: {
      onHead(head) {
        const entry = answering();
        interim = head.status >= 100 && head.status < 200 && head.status !== 101;
        if (!entry || interim) return;
        entry.response = { head, body: createBodyCapture({ limit: bodyLimit, budget }) };
      },
      onBody: (chunk) => answering()?.response?.body.add(chunk),
      onEnd() {
        const entry = answering();
        if (interim || !entry?.response) return;
        entry.responseDone = entry.response.body.finish();
        settle(entry);
      },
      onOpaque: (reason) => stop(`response stream: ${reason}`),
    },
  });
  return {
    fromClient(chunk) {
      if (!stopped) requests.push(chunk);
    },
    fromUpstream(chunk) {
      if (!stopped) responses.push(chunk);
    },
    upstreamEnded() {
      if (!stopped) responses.end();
    },
    closed(reason) {
      if (!stopped) responses.end();
      for (const entry of [...open]) {
        const unfinished = entry.responseDone
          ? 'the request did not finish before the connection closed'
          : reason;
        emit(entry, unfinished);
      }
      stopped = true;
    },
    get idle() {
      return open.length === 0 && !requests.inMessage;
    },
  };
}
