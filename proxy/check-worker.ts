/**
 * The proxy's check worker: runs a {@link createSession} on the exchanges the forwarding thread
 * posts, so checks and the cassette never delay forwarding (ADR 020).
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createSession } from './session.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs as a worker thread of startProxy');

/**
 * Checks yield the CPU to traffic: on Linux a thread has its own nice value, so this thread (and
 * only this one) gets the lowest priority; the upstream, the client and the forwarding thread go
 * first when the machine is busy, and checks catch up when it is idle. Best effort elsewhere.
 */
function yieldToTraffic(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 19);
  } catch {
    // not Linux, or not allowed: checks run at normal priority
  }
}
yieldToTraffic();
const setup = workerData as WorkerSetup;
const post = (message: FromWorker): void => port.postMessage(message);
const session = createSession(setup.options, {
  ...(setup.live ? { onFindings: (live) => post({ type: 'findings', live }) } : {}),
  onWarning: (message) => post({ type: 'warning', message }),
});

// Finished exchanges are acknowledged in batches: one message per exchange costs the worker more
// than some of the checks do.
let done: number[] = [];
const acknowledge = (): void => {
  if (done.length === 0) return;
  post({ type: 'done', seqs: done });
  done = [];
};
const ACK_EVERY = 64;

port.on('message', (message: ToWorker) => {
  if (message.type === 'exchange') {
    const { seq } = message.exchange;
    session.handle(message.exchange, () => {
      done.push(seq);
      if (done.length >= ACK_EVERY) acknowledge();
      else if (done.length === 1) setTimeout(acknowledge, 10);
    });
  } else if (message.type === 'flush') {
    session.flush().then(() => post({ type: 'flushed', id: message.id }));
  } else {
    session.finish(message.context).then((result) => post({ type: 'finished', id: message.id, result }));
  }
});
