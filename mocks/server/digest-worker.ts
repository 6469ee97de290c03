/**
 * The digest worker (ADR 028): receives large bodies from the server's main thread while they
 * arrive and answers each, when it ends, with the core's `predigest` of it (`digestJobs`). It
 * holds no state beyond the bodies in transit: every answer is decided on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { digestJobs } from './digest-job.ts';

const port = parentPort;
if (!port) throw new Error('digest-worker.ts runs as a worker thread of startServer');
port.on(
  'message',
  digestJobs((reply, transfer) => port.postMessage(reply, transfer)),
);
