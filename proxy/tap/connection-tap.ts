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
import { createHttpParser, type MessageHead, type ParserEvents } from './http-parser.ts';

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

/** The tap's state: exchanges in request order, the one whose request is being read. */
interface Tap {
  options: ConnectionTapOptions;
  /** The first entry without a finished answer is the one being answered. */
  open: Open[];
  reading: Open | undefined;
  /** The current answer is an interim 1xx one (not paired with the request). */
  interim: boolean;
  stopped: boolean;
}

function answering(tap: Tap): Open | undefined {
  return tap.open.find((entry) => entry.responseDone === undefined);
}

function emit(tap: Tap, entry: Open, aborted: string | undefined): void {
  tap.open.splice(tap.open.indexOf(entry), 1);
  const { response } = entry;
  const exchange: TappedExchange = {
    seq: entry.seq,
    connection: tap.options.connection,
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
  };
  tap.options.onExchange(exchange, () => {
    entry.body.release();
    response?.body.release();
  });
}

function settle(tap: Tap, entry: Open): void {
  if (entry.requestDone && entry.responseDone) emit(tap, entry, undefined);
}

function stop(tap: Tap, reason: string): void {
  if (tap.stopped) return;
  tap.stopped = true;
  for (const entry of [...tap.open]) emit(tap, entry, `not observed further: ${reason}`);
  tap.options.onOpaque?.(reason);
}

function capture(tap: Tap) {
  return createBodyCapture({ limit: tap.options.bodyLimit, budget: tap.options.budget });
}

function requestEvents(tap: Tap): ParserEvents {
  return {
    onHead(head) {
      tap.reading = {
        seq: tap.options.nextSeq(),
        startedAt: Date.now(),
        started: performance.now(),
        head,
        body: capture(tap),
        requestDone: undefined,
        response: undefined,
        responseDone: undefined,
      };
      tap.open.push(tap.reading);
    },
    onBody: (chunk) => tap.reading?.body.add(chunk),
    onEnd() {
      const entry = tap.reading;
      tap.reading = undefined;
      if (!entry) return;
      entry.requestDone = entry.body.finish();
      settle(tap, entry);
    },
    onOpaque: (reason) => stop(tap, `request stream: ${reason}`),
  };
}

function responseEvents(tap: Tap): ParserEvents {
  return {
    onHead(head) {
      const entry = answering(tap);
      tap.interim = head.status >= 100 && head.status < 200 && head.status !== 101;
      if (entry && !tap.interim) entry.response = { head, body: capture(tap) };
    },
    onBody: (chunk) => answering(tap)?.response?.body.add(chunk),
    onEnd() {
      const entry = answering(tap);
      if (tap.interim || !entry?.response) return;
      entry.responseDone = entry.response.body.finish();
      settle(tap, entry);
    },
    onOpaque: (reason) => stop(tap, `response stream: ${reason}`),
  };
}

/**
 * Creates the observer of one connection.
 *
 * @example
 * const tap = createConnectionTap({ connection: 1, nextSeq, bodyLimit, budget, onExchange });
 * client.on('data', (chunk) => { upstream.write(chunk); tap.fromClient(chunk); });
 */
export function createConnectionTap(options: ConnectionTapOptions): ConnectionTap {
  const tap: Tap = { options, open: [], reading: undefined, interim: false, stopped: false };
  const requests = createHttpParser({ kind: 'request', events: requestEvents(tap) });
  const responses = createHttpParser({
    kind: 'response',
    requestMethod: () => answering(tap)?.head.method,
    events: responseEvents(tap),
  });
  return {
    fromClient: (chunk) => (tap.stopped ? undefined : requests.push(chunk)),
    fromUpstream: (chunk) => (tap.stopped ? undefined : responses.push(chunk)),
    upstreamEnded: () => (tap.stopped ? undefined : responses.end()),
    closed(reason) {
      if (!tap.stopped) responses.end();
      for (const entry of [...tap.open]) {
        emit(
          tap,
          entry,
          entry.responseDone ? 'the request did not finish before the connection closed' : reason,
        );
      }
      tap.stopped = true;
    },
    get idle() {
      return tap.open.length === 0 && !requests.inMessage;
    },
  };
}
