/**
 * The digest worker (ADR 025): runs each body the server's main thread moves here through
 * `runDigestJob` (the core's `predigest` with the Node codecs) and moves the body back with the
 * result. It holds no state: every answer is decided on the main thread, by the emulator.
 */
import { parentPort } from 'node:worker_threads';
import { runDigestJob } from './digest-job.ts';
import type { DigestJob } from './digester.ts';

const port = parentPort;
if (!port) throw new Error('digest-worker.ts runs as a worker thread of startServer');

port.on('message', (job: DigestJob) => {
  const reply = runDigestJob(job);
  port.postMessage(reply, [reply.body.buffer as ArrayBuffer]);
});
