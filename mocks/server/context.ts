/**
 * What every request handler of the standalone server shares: the emulator, the control API's
 * settings, the logger, and the large-body machinery (ADR 028).
 */
import type { Socket } from 'node:net';
import type { Emulator } from '../core/types.ts';
import type { BodySlots } from './body-slots.ts';
import type { Digester } from './digester.ts';
import type { ServerLogger } from './log.ts';
import type { UnsentDumps } from './unsent-dumps.ts';

/** Bodies above `thresholdBytes` are digested in the worker, at most `slots` of them held at once. */
export interface LargeBodies {
  thresholdBytes: number;
  slots: BodySlots;
  digester: Digester;
}

/** State of one running server. */
export interface ServerContext {
  emulator: Emulator;
  control: boolean;
  controlHosts: ReadonlySet<string>;
  log: ServerLogger;
  startedAt: number;
  /** `host:port` used when a request has no Host header (HTTP/1.0). */
  authority: string;
  closing: boolean;
  /** Undefined when every body is handled on the main thread. */
  large: LargeBodies | undefined;
  /** Control-API dump answers not yet flushed (unsent-dumps.ts bounds them). */
  unsentDumps: UnsentDumps;
  /**
   * Per connection, the answer to a large body still being digested: a request pipelined behind
   * it on the same connection waits for it, so one client's requests reach the emulator in order.
   */
  busy: WeakMap<Socket, Promise<void>>;
}
