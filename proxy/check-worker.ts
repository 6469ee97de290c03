/**
 * The proxy's check worker: runs a {@link createChecker} on the exchanges the forwarding thread
 * posts, so checks and the cassette never delay forwarding (ADR 020), and posts each exchange's
 * outcome back to the tally there (ADR 046).
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createChecker, type Outcome } from './checker.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs as a worker thread of startProxy');
const post = (message: FromWorker): void => port.postMessage(message);

/**
 * Checks yield the CPU to traffic: on Linux a thread has its own nice value, so this thread (and
 * only this one) gets the lowest priority; the upstream, the client and the forwarding thread go
 * first when the machine is busy, and checks catch up when it is idle. Best effort elsewhere.
 * The thread id goes to the forwarding thread, which may raise the priority again at the stop.
 */
function yieldToTraffic(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(tid) || tid <= 0) return;
    setPriority(tid, 19);
    post({ type: 'thread', tid });
  } catch {
    // not Linux, or not allowed: checks run at normal priority
  }
}
yieldToTraffic();
const setup = workerData as WorkerSetup;

// Outcomes go back in batches: one message per exchange costs the worker more than some of the
// checks do.
let done: Outcome[] = [];
const report = (): void => {
  if (done.length === 0) return;
  post({ type: 'done', outcomes: done });
  done = [];
};
const REPORT_EVERY = 64;
const checker = createChecker(
  setup.options,
  {
    ...(setup.live ? { onFindings: (live) => post({ type: 'findings', live }) } : {}),
    onWarning: (message) => post({ type: 'warning', message }),
  },
  (outcome) => {
    done.push(outcome);
    if (done.length >= REPORT_EVERY) report();
    else if (done.length === 1) setTimeout(report, 10);
  },
);

port.on('message', (message: ToWorker) => {
  if (message.type === 'exchange') return checker.handle(message.exchange, () => undefined);
  // Between two checks: whatever is still queued stays unchecked, and unrecorded.
  checker.stop();
  void checker.flush().then(async () => {
    report();
    post({ type: 'stopped', recorder: await checker.close() });
  });
});
