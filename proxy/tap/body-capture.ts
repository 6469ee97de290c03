/**
 * What the proxy keeps of a body it forwarded: its size and SHA-256 always, its bytes only while
 * they fit both the per-body bound and a budget shared by every message in flight, so memory stays
 * bounded whatever the traffic.
 */
import { createHash, type Hash } from 'node:crypto';

/** A body as observed. */
export interface CapturedBody {
  size: number;
  /** Lowercase hex SHA-256 of every byte. */
  sha256: string;
  /** The bytes, when the whole body was kept; otherwise only size and hash are known. */
  bytes: Uint8Array | undefined;
}

/**
 * Bytes held by bodies in flight, across connections.
 *
 * @example
 * const budget = createCaptureBudget(64 * 1024 * 1024);
 */
export interface CaptureBudget {
  /** Reserves `bytes`; false (and nothing reserved) when the budget would be exceeded. */
  take(bytes: number): boolean;
  give(bytes: number): void;
  readonly used: number;
}

/**
 * A shared byte budget.
 *
 * @example
 * const budget = createCaptureBudget(1024);
 * budget.take(1000); // true
 * budget.take(100); // false
 */
export function createCaptureBudget(limit: number): CaptureBudget {
  let used = 0;
  return {
    take(bytes) {
      if (used + bytes > limit) return false;
      used += bytes;
      return true;
    },
    give(bytes) {
      used = Math.max(0, used - bytes);
    },
    get used() {
      return used;
    },
  };
}

/** One body being captured. */
export interface BodyCapture {
  add(chunk: Uint8Array): void;
  /** The body so far (call once, at the end). The kept bytes stay reserved until `release()`. */
  finish(): CapturedBody;
  /** Returns the reserved bytes to the budget. */
  release(): void;
}

/** Options of {@link createBodyCapture}. */
export interface BodyCaptureOptions {
  /** The largest body kept in full. */
  limit: number;
  budget: CaptureBudget;
}

const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * Starts capturing one body.
 *
 * @example
 * const capture = createBodyCapture({ limit: 1024, budget });
 * capture.add(chunk);
 * const body = capture.finish();
 */
export function createBodyCapture({ limit, budget }: BodyCaptureOptions): BodyCapture {
  let hash: Hash | undefined;
  // The forwarded chunks themselves (socket reads are never reused), copied once at the end.
  let chunks: Uint8Array[] | undefined = [];
  let size = 0;
  let reserved = 0;
  const drop = (): void => {
    chunks = undefined;
    budget.give(reserved);
    reserved = 0;
  };
  return {
    add(chunk) {
      if (chunk.byteLength === 0) return;
      hash ??= createHash('sha256');
      hash.update(chunk);
      size += chunk.byteLength;
      if (!chunks) return;
      if (size > limit || !budget.take(chunk.byteLength)) {
        drop();
        return;
      }
      reserved += chunk.byteLength;
      chunks.push(chunk);
    },
    finish() {
      const sha256 = hash ? hash.digest('hex') : EMPTY_SHA256;
      if (!chunks) return { size, sha256, bytes: undefined };
      // One unshared buffer: it can be transferred to the check worker without a copy.
      const bytes = Buffer.from(new ArrayBuffer(size));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      chunks = [bytes];
      return { size, sha256, bytes };
    },
    release: drop,
  };
}
