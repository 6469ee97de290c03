/**
 * The summary's line for a cassette cut short at the stop (ADR 051): it may hold some of the
 * exchanges left at the stop, counted as not checked; never any of those the forwarding side did
 * not hand on (the check worker was too far behind), which the worker never saw. So the line
 * says "may include some counted as not checked" only when exchanges were left at the stop.
 */
import { describe, expect, it } from 'vitest';
import { sessionResult } from '../../proxy/session.ts';
import { proxySummary } from '../../proxy/summary.ts';
import { createTally } from '../../proxy/tally.ts';
import { ONE_CONNECTION } from './raw-net.ts';

const SOME = 'which may include some counted as not checked above';
const base = { upstream: 'http://127.0.0.1:9000', forwarder: ONE_CONNECTION, recorder: undefined, opaque: 0 };
const cut = { ...base, cutCassette: 'cut.ndjson' };

describe('the cut cassette line of the summary', () => {
  it('does not claim the cassette may hold exchanges never handed on (none left at the stop)', () => {
    const summary = proxySummary(createTally(), { ...cut, notRecorded: 3, left: 0 });
    expect(summary).toContain('cassette cut.ndjson: cut short at the stop');
    expect(summary).not.toContain(SOME);
  });

  it('says it may hold some of those left at the stop', () => {
    const summary = proxySummary(createTally(), { ...cut, notRecorded: 5, left: 2 });
    expect(summary).toContain(`it holds the exchanges written until then, ${SOME}`);
  });

  it('the session result passes on which were left at the stop and which never handed on', () => {
    const context = {
      forwarder: ONE_CONNECTION,
      opaque: 0,
      startedAt: new Date().toISOString(),
      notHandedOn: 3,
    };
    const parts = { upstream: base.upstream, context, recorder: undefined, cutCassette: 'cut.ndjson' };
    const { summary } = sessionResult(createTally(), parts);
    expect(summary).toContain('3× neither checked nor recorded: the check worker was too far behind');
    expect(summary).not.toContain(SOME);
    const left = { count: 2, reason: 'the stop was cut short' };
    expect(sessionResult(createTally(), { ...parts, left }).summary).toContain(SOME);
  });
});
