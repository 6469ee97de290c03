/**
 * Where the suite sends its requests: any server, an in-process emulator or a mocking library.
 */
import type { ReceivedResponse, SentRequest } from './exchange-types.ts';

/**
 * Where requests go: any server, an in-process emulator, or a mocking library.
 *
 * @example
 * const target = httpTarget({ baseUrl: 'http://127.0.0.1:9000' });
 */
export interface ContractTarget {
  name: string;
  /** Scheme, host and port; request paths are appended. */
  baseUrl: string;
  send(request: SentRequest): Promise<ReceivedResponse>;
  /** The body limit the target declares, if any (enables the EntityTooLarge case). */
  maxBodyBytes?: number;
  /**
   * How a request reaches a real FC host name (reference A.2): `host-header` sends it to
   * `baseUrl` with that `Host` header (node:http), `url` puts the host in the URL (fetch-based
   * targets, which cannot set `Host`, and interceptors that answer FC hosts). Unset: the
   * host-addressed cases do not apply.
   */
  fcHosts?: 'host-header' | 'url';
  /**
   * The target answers from examples and keeps no state (Prism): cases that need `state` do not
   * apply, with that reason, instead of failing.
   */
  stateless?: boolean;
  /**
   * The target's clock, when the suite may move it (our emulator: `advanceClock`, or
   * `POST /__fc3/clock`): lifecycle waits then advance it instead of sleeping.
   */
  clock?: TargetClock;
  /**
   * Reads the target's clock without moving it, or resolves `undefined` when the target has none
   * (`fc3-testkit serve`: `GET /__fc3/clock`). Asked only after a timestamp check failed, to say
   * in that failure how far the target's clock is from this machine's.
   */
  readClock?(): Promise<number | undefined>;
  /** The target can send a GET with a body (node:http can; fetch refuses to build one). */
  getBodies?: boolean;
  /** Resolves when the target answers at all; rejects with the reason otherwise. */
  probe?(): Promise<void>;
  close?(): Promise<void>;
}

/**
 * A target clock the suite can read and move forward.
 *
 * @example
 * const clock: TargetClock = { now: async () => emulator.now().getTime(), advance: async (ms) => emulator.advanceClock(ms) };
 */
export interface TargetClock {
  /** The target's current time in ms since the epoch. */
  now(): Promise<number>;
  advance(ms: number): Promise<void>;
}
