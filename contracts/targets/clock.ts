/**
 * Target clocks the suite may move: an in-process emulator's (`now`, `advanceClock`) and a
 * `fc3-testkit serve`'s, through its control API (`GET/POST /__fc3/clock`).
 */
import http from 'node:http';
import type { TargetClock } from '../types.ts';
import { sendHttp } from './send-http.ts';

/** Anything with the emulator's clock methods. */
export interface MovableClock {
  now(): Date;
  advanceClock(ms: number): void;
}

/**
 * Whether `value` has the emulator's clock methods.
 *
 * @example
 * hasClock(createEmulator()); // true
 */
export function hasClock(value: unknown): value is MovableClock {
  const candidate = value as Partial<MovableClock> | null;
  return typeof candidate?.now === 'function' && typeof candidate.advanceClock === 'function';
}

/**
 * The clock of an in-process emulator.
 *
 * @example
 * const clock = emulatorClock(createEmulator());
 * await clock.advance(3000);
 */
export function emulatorClock(emulator: MovableClock): TargetClock {
  return {
    now: async () => emulator.now().getTime(),
    advance: async (ms) => emulator.advanceClock(ms),
  };
}

// The clock's answer is a few dozen bytes: a server that answers more is not a clock, and is
// not read further (readClock asks every HTTP target, hostile ones too).
const CLOCK_ANSWER_BYTES = 64 * 1024;

function parsedNow(text: string): number {
  try {
    return Date.parse((JSON.parse(text) as { now?: string }).now ?? '');
  } catch {
    return Number.NaN;
  }
}

async function clockCall(url: URL, advanceMs: number | undefined, agent: http.Agent): Promise<number> {
  const body = advanceMs === undefined ? '' : JSON.stringify({ advanceMs });
  const sent = {
    method: advanceMs === undefined ? 'GET' : 'POST',
    url: url.href,
    headers: { 'content-type': 'application/json' },
    body: new TextEncoder().encode(body),
  };
  const answer = await sendHttp(sent, { agent, timeoutMs: 5000, maxAnswerBytes: CLOCK_ANSWER_BYTES }).catch(
    (error: Error) => {
      // Keeps the error's class (a cut answer stays an AnswerLimitError), naming the clock's url.
      error.message = `${url.href}: ${error.message}`;
      throw error;
    },
  );
  const now = parsedNow(answer.body);
  if (answer.status === 200 && Number.isFinite(now)) return now;
  throw new Error(
    `${url.href} answered ${answer.status}: ${answer.body.slice(0, 200)} (is this fc3-testkit serve with its control API?)`,
  );
}

/**
 * The control API's clock on `fc3-testkit serve`: read and moved by the clock below, asked once by
 * httpTarget's probe.
 *
 * @example
 * new URL(CLOCK_PATH, 'http://127.0.0.1:9000').href; // 'http://127.0.0.1:9000/__fc3/clock'
 */
export const CLOCK_PATH = '/__fc3/clock';

/**
 * The clock of a `fc3-testkit serve` at `baseUrl`, moved through `POST /__fc3/clock`.
 *
 * @example
 * const clock = controlApiClock('http://127.0.0.1:9000');
 * await clock.now();
 */
export function controlApiClock(baseUrl: string, agent = new http.Agent({ keepAlive: true })): TargetClock {
  const url = new URL(CLOCK_PATH, baseUrl);
  return {
    now: () => clockCall(url, undefined, agent),
    advance: async (ms) => {
      await clockCall(url, ms, agent);
    },
  };
}
