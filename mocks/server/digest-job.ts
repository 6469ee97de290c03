/**
 * The digest worker's bookkeeping (ADR 028): per body, its bytes copied as they arrive into one
 * buffer (or growing blocks when no length was declared) and hashed on the way; when it ends, the
 * core's `predigest` with the Node codecs (an upload: its CRC-64, not parsed), and the reply that moves the body back.
 */
import { createHash, type Hash } from 'node:crypto';
import { predigest } from '../core/predigested.ts';
import { nodeCodecs, sha256Utf8 } from '../node-codecs.ts';
import { type BodyBlocks, bodyBlocks, joinBlocks } from './body-blocks.ts';
import type { DigestReply, ToDigestWorker } from './digester.ts';

interface Job {
  blocks: BodyBlocks;
  hash: Hash;
  upload: boolean;
}

/** Sends a reply, moving the listed buffers. */
export type PostReply = (reply: DigestReply, transfer: ArrayBuffer[]) => void;

function digest(id: number, job: Job): DigestReply {
  const body = joinBlocks(job.blocks.collected());
  try {
    const bodySha256Hex = job.hash.digest('hex');
    const options = { codecs: nodeCodecs, sha256Text: sha256Utf8, bodySha256Hex, upload: job.upload };
    return { id, body, ok: true, predigested: predigest(body, options) };
  } catch (error) {
    // A string too long for V8, say: the main thread would have met it too (and answered 500).
    return { id, body, ok: false, error: String(error) };
  }
}

/**
 * The worker's message handler: keeps the bodies being received, digests each one as it ends.
 *
 * @example
 * const handle = digestJobs((reply, transfer) => port.postMessage(reply, transfer));
 * port.on('message', handle);
 */
export function digestJobs(post: PostReply): (message: ToDigestWorker) => void {
  const jobs = new Map<number, Job>();
  return (message) => {
    const { id } = message;
    if (message.type === 'begin') {
      const { declared, upload } = message;
      jobs.set(id, { blocks: bodyBlocks(declared), hash: createHash('sha256'), upload });
      return;
    }
    const job = jobs.get(id);
    if (!job) return;
    if (message.type === 'chunks') {
      for (const buffer of message.chunks) {
        const bytes = new Uint8Array(buffer);
        job.blocks.append(bytes);
        job.hash.update(bytes);
      }
      return;
    }
    jobs.delete(id);
    if (message.type === 'end') {
      const reply = digest(id, job);
      post(reply, [reply.body.buffer as ArrayBuffer]);
    }
  };
}
