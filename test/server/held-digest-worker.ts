/**
 * A digest worker for tests (test/server/large-body-worker.test.ts): it receives bodies as the
 * real one does, but announces each complete body on a BroadcastChannel and holds it (oldest
 * first) until the test says `release` (then digests it as the real worker does) or `crash` (then the thread
 * dies), so that a test can act while a digest is pending.
 */
import { parentPort } from 'node:worker_threads';
import { digestJobs } from '../../mocks/server/digest-job.ts';
import type { ToDigestWorker } from '../../mocks/server/digester.ts';

/** The channel's name; each test file runs in its own process (vitest `pool: 'forks'`). */
export const HELD_DIGEST_CHANNEL = 'fc3-testkit:held-digest';

/** What the worker says on the channel, and what it obeys. */
export type HeldDigestEvent = { holding: number };
export type HeldDigestCommand = 'release' | 'crash';

const port = parentPort;
if (port) {
  const channel = new BroadcastChannel(HELD_DIGEST_CHANNEL);
  const handle = digestJobs((reply, transfer) => port.postMessage(reply, transfer));
  // Complete bodies, oldest first; each command applies to the oldest.
  const held: ToDigestWorker[] = [];
  channel.onmessage = (event) => {
    const command = (event as MessageEvent<HeldDigestCommand>).data;
    const end = held.shift();
    if (!end) return;
    if (command === 'crash') process.exit(3);
    handle(end);
  };
  port.on('message', (message: ToDigestWorker) => {
    if (message.type !== 'end') {
      handle(message);
      return;
    }
    held.push(message);
    channel.postMessage({ holding: message.id } satisfies HeldDigestEvent);
  });
}
