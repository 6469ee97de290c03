/**
 * The digest worker (ADR 025): runs the core's `predigest` with the Node codecs on each body the
 * server's main thread moves here, and moves the body back with the result. It holds no state:
 * every answer is decided on the main thread, by the emulator.
 */
import { parentPort } from 'node:worker_threads';
import { predigest } from '../core/predigested.ts';
import { nodeCodecs } from '../node-codecs.ts';
import { joinBlocks } from './body-blocks.ts';
import type { DigestJob, DigestReply } from './digester.ts';

const port = parentPort;
if (!port) throw new Error('digest-worker.ts runs as a worker thread of startServer');

port.on('message', (job: DigestJob) => {
  const body = joinBlocks(job.body);
  let reply: DigestReply;
  try {
    reply = { id: job.id, body, ok: true, predigested: predigest(body, nodeCodecs) };
  } catch (error) {
    // The main thread would have thrown the same (a string too long for V8, say): a 500 there too.
    reply = { id: job.id, body, ok: false, error: String(error) };
  }
  port.postMessage(reply, [body.buffer as ArrayBuffer]);
});
