/**
 * Target clocks the suite may move: an in-process emulator's (`now`, `advanceClock`) and a
 * `fc3-testkit serve`'s, through its control API (`GET/POST /__fc3/clock`).
 */
import http from 'node:http';
import type { TargetClock } from '../types.ts';

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

function clockCall(url: URL, advanceMs: number | undefined, agent: http.Agent): Promise<number> {
  const body = advanceMs === undefined ? '' : JSON.stringify({ advanceMs });
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: advanceMs === undefined ? 'GET' : 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const now = (() => {
            try {
              return Date.parse((JSON.parse(text) as { now?: string }).now ?? '');
            } catch {
              return Number.NaN;
            }
          })();
          if (res.statusCode === 200 && Number.isFinite(now)) resolve(now);
          else
            reject(
              new Error(
                `${url.href} answered ${res.statusCode}: ${text.slice(0, 200)} (is this fc3-testkit serve with its control API?)`,
              ),
            );
        });
      },
    );
    req.setTimeout(5000, () => req.destroy(new Error(`${url.href}: no answer within 5000 ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The clock of a `fc3-testkit serve` at `baseUrl`, moved through `POST /__fc3/clock`.
 *
 * @example
 * const clock = controlApiClock('http://127.0.0.1:9000');
 * await clock.now();
 */
export function controlApiClock(baseUrl: string, agent = new http.Agent({ keepAlive: true })): TargetClock {
  const url = new URL('/__fc3/clock', baseUrl);
  return {
    now: () => clockCall(url, undefined, agent),
    advance: async (ms) => {
      await clockCall(url, ms, agent);
    },
  };
}
