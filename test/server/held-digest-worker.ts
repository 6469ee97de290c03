/**
 * A digest worker for tests (test/server/large-body-*.test.ts): it announces each body on a
 * BroadcastChannel and holds it until the test says `release` (then digests it as the real worker
 * does) or `crash` (then the thread dies), so that a test can act while a digest is pending.
 */
import { parentPort } from 'node:worker_threads';
import { runDigestJob } from '../../mocks/server/digest-job.ts';
import type { DigestJob } from '../../mocks/server/digester.ts';

/** The channel's name; each test file runs in its own process (vitest `pool: 'forks'`). */
export const HELD_DIGEST_CHANNEL = 'fc3-testkit:held-digest';

/** What the worker says on the channel, and what it obeys. */
export type HeldDigestEvent = { holding: number; byteLength: number };
export type HeldDigestCommand = 'release' | 'crash';

const port = parentPort;
if (port) {
  const channel = new BroadcastChannel(HELD_DIGEST_CHANNEL);
  let held: DigestJob | undefined;
  channel.onmessage = (event) => {
    const command = (event as MessageEvent<HeldDigestCommand>).data;
    const job = held;
    if (!job) return;
    held = undefined;
    if (command === 'crash') process.exit(3);
    const reply = runDigestJob(job);
    port.postMessage(reply, [reply.body.buffer as ArrayBuffer]);
  };
  port.on('message', (job: DigestJob) => {
    held = job;
    channel.postMessage({ holding: job.id, byteLength: job.body.byteLength } satisfies HeldDigestEvent);
  });
}
