/**
 * One digest job as the worker runs it (ADR 025): join the body's blocks, run the core's
 * `predigest` with the Node codecs, and build the reply that moves the body back.
 */
import { predigest } from '../core/predigested.ts';
import { nodeCodecs, sha256Utf8 } from '../node-codecs.ts';
import { joinBlocks } from './body-blocks.ts';
import type { DigestJob, DigestReply } from './digester.ts';

/**
 * Digests one job; an exception (a string too long for V8, say, which the main thread would have
 * met too) becomes an error reply.
 *
 * @example
 * const reply = runDigestJob(job);
 * port.postMessage(reply, [reply.body.buffer]);
 */
export function runDigestJob(job: DigestJob): DigestReply {
  const body = joinBlocks(job.body);
  try {
    const options = { codecs: nodeCodecs, sha256Text: sha256Utf8, bodySha256Hex: job.sha256Hex };
    return { id: job.id, body, ok: true, predigested: predigest(body, options) };
  } catch (error) {
    return { id: job.id, body, ok: false, error: String(error) };
  }
}
