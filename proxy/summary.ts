/**
 * The text `fc3-testkit proxy` prints when it stops: exchanges per operation, each kind of
 * finding with its count and fact, what went unchecked, the recording, and the first exchanges
 * with findings in full (fact, received vs documented, `curl` reproducer, raw exchange).
 */
import { failureDetails, failureLine } from '../contracts/reporters/summary.ts';
import type { ForwarderStats } from './forwarder.ts';
import type { RecorderStats } from './recorder.ts';
import type { LiveFindings } from './session.ts';
import type { Tally } from './tally.ts';

/** Everything the summary reports besides the tally. */
export interface SummaryContext {
  upstream: string;
  forwarder: ForwarderStats;
  recorder: RecorderStats | undefined;
  /** The cassette, when the check worker did not close it in time at the stop (no counters then). */
  cutCassette?: string | undefined;
  /** Connections whose traffic could not be read as HTTP/1.1 (forwarded all the same). */
  opaque: number;
  /**
   * Exchanges that never reached the checks (left at the stop, or a flood), nor the cassette,
   * except that a cassette cut short may hold some of those left.
   */
  notRecorded?: number;
  /** Exchanges left unchecked at the stop (a cassette cut short may hold some of them). */
  left?: number;
  /** How many exchanges with findings to show in full (default 5). */
  details?: number;
}

function operationLines(tally: Tally): string[] {
  const width = Math.max(5, ...[...tally.operations.keys()].map((name) => name.length));
  return [...tally.operations].map(([name, counts]) => {
    const label =
      name === 'other' ? 'other paths (not in the spec: request ids and error envelope only)' : '';
    return `  ${name.padEnd(width)}  ${counts.exchanges} exchange(s), ${counts.withFindings} with findings${label ? `  ${label}` : ''}`;
  });
}

function findingLines(tally: Tally): string[] {
  const sides = { client: 0, server: 0 };
  for (const entry of tally.findings)
    sides[entry.check.startsWith('client.') ? 'client' : 'server'] += entry.count;
  const lines = [
    `findings: ${sides.client} about the client's requests, ${sides.server} about the server's answers`,
  ];
  for (const entry of [...tally.findings].sort((a, b) => b.count - a.count)) {
    lines.push(
      `  ${String(entry.count).padStart(5)}× ${entry.check} [${entry.reference}, ${entry.grade}] e.g. ${entry.first.slice(0, 160)}`,
    );
  }
  return lines;
}

/**
 * The stop summary.
 *
 * @example
 * process.stderr.write(proxySummary(session.tally, { upstream, forwarder: forwarder.stats, recorder: undefined, opaque: 0 }));
 */
export function proxySummary(tally: Tally, context: SummaryContext): string {
  const { forwarder, recorder } = context;
  const lines = [
    `fc3-testkit proxy: ${tally.exchanges} exchange(s) with ${context.upstream} over ${forwarder.connections} connection(s)` +
      ` (${forwarder.bytesFromClients} bytes sent, ${forwarder.bytesFromUpstream} received, forwarded unchanged)`,
    ...operationLines(tally),
    ...findingLines(tally),
  ];
  for (const [reason, times] of tally.unchecked) lines.push(`not fully checked: ${times}× ${reason}`);
  if (context.opaque > 0)
    lines.push(`not readable as HTTP/1.1 (forwarded, not checked): ${context.opaque} connection(s)`);
  if (forwarder.upstreamErrors > 0)
    lines.push(`upstream failures (client connection reset): ${forwarder.upstreamErrors}`);
  if (forwarder.notForwarded > 0)
    lines.push(`requests not forwarded: the upstream had closed the connection: ${forwarder.notForwarded}`);
  if (context.cutCassette) {
    // The worker records an exchange before its check and posts outcomes in batches: at a cut,
    // some exchanges left at the stop, counted as not checked, may already be in the cassette
    // (not those never handed on: the worker never saw them).
    const some = context.left ? ', which may include some counted as not checked above' : '';
    lines.push(
      `cassette ${context.cutCassette}: cut short at the stop (the check worker did not close it in time); it holds the exchanges written until then${some}`,
    );
  }
  if (recorder) {
    const error = recorder.error ? `; recording stopped: ${recorder.error}` : '';
    // The recorder counts only what reached it; exchanges the checks never took are missing too.
    const missed = context.notRecorded ? `, ${context.notRecorded} never reached it (unchecked, above)` : '';
    lines.push(
      `cassette ${recorder.file}: ${recorder.written} exchange(s) written, ${recorder.dropped} dropped${missed}${error}`,
    );
  }
  const shown = tally.kept.slice(0, context.details ?? 5);
  for (const result of shown) lines.push('', `✗ ${result.case.title}`, failureDetails(result));
  const more = tally.kept.length - shown.length + tally.notKept;
  if (more > 0)
    lines.push('', `… ${more} more exchange(s) with findings (write them all with --report FILE)`);
  return `${lines.join('\n')}\n`;
}

/**
 * One live log line per finding: exchange, side and check, message, reference and grade.
 *
 * @example
 * for (const line of liveLines(live)) process.stderr.write(`${line}\n`);
 */
export function liveLines(live: LiveFindings): string[] {
  const head = `#${live.seq} ${live.method} ${live.target.slice(0, 120)} → ${live.status || 'no answer'}`;
  return live.findings.map((entry) => `fc3-testkit proxy: ${head}: ${failureLine(entry)}`);
}
