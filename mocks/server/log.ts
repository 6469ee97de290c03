/**
 * Request logging for the standalone server. Lines are batched and written once per event-loop
 * turn, because a synchronous stderr write per request (pipes are synchronous on Linux) would
 * dominate the cost of a request.
 */
import { Fc3TestkitError } from '../core/errors.ts';
import { shownValue } from '../core/operations/operation.ts';

/**
 * How much the server logs: nothing, failures only, one line per request, or that line plus a
 * `debug` line per request (signing headers, body size, operation, refusal code and rule id)
 * and per control-API call.
 */
export type LogLevel = 'silent' | 'error' | 'info' | 'debug';

/** The log levels, least verbose first. */
export const LOG_LEVELS: readonly LogLevel[] = ['silent', 'error', 'info', 'debug'];

/** Where log lines go; each call receives one line without its newline. */
export type LogSink = (line: string) => void;

/** A level-aware logger. */
export interface ServerLogger {
  readonly level: LogLevel;
  /** True when per-request lines are wanted (`info` or `debug`). */
  readonly requests: boolean;
  /** True when `debug` lines are wanted. */
  readonly details: boolean;
  error(line: string): void;
  info(line: string): void;
  debug(line: string): void;
  /** Writes whatever is still buffered; call before exiting. */
  flush(): void;
}

/**
 * Tells whether a string is a log level.
 *
 * @example
 * isLogLevel('info'); // true
 */
export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function batchedStderr(): { sink: LogSink; flush: () => void } {
  let pending: string[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    process.stderr.write(text);
  };
  const sink: LogSink = (line) => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return { sink, flush };
}

/**
 * Creates a logger writing to `sink`, or to a batched stderr writer when no sink is given; throws
 * {@link Fc3TestkitError} for an unknown level or a sink that is not a function.
 *
 * @example
 * const log = createLogger('info');
 * log.info('POST /2023-03-30/functions 200 0.4ms');
 */
export function createLogger(level: LogLevel = 'silent', sink?: LogSink): ServerLogger {
  // Options from JavaScript are not type-checked: a misspelt level would silently log nothing.
  if (typeof level !== 'string' || !isLogLevel(level)) {
    const got = shownValue(String(level));
    throw new Fc3TestkitError(`log must be one of ${LOG_LEVELS.join(', ')}, got ${got}`);
  }
  if (sink !== undefined && typeof sink !== 'function') {
    throw new Fc3TestkitError(`logSink must be a function (line: string) => void, got ${typeof sink}`);
  }
  const rank = LOG_LEVELS.indexOf(level);
  const target = sink ? { sink, flush: () => {} } : batchedStderr();
  const write = (minimum: number, line: string): void => {
    if (rank >= minimum) target.sink(line);
  };
  return {
    level,
    requests: rank >= 2,
    details: rank >= 3,
    error: (line) => write(1, line),
    info: (line) => write(2, line),
    debug: (line) => write(3, line),
    flush: target.flush,
  };
}
