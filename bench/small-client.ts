/**
 * The second client of bench/large-body.ts: small signed creates on their own keep-alive
 * connections, paced (each connection sends at most one request per interval, the next only after
 * the answer), with the send time and latency of every request, so the benchmark can keep those
 * sent while the large request was in flight.
 */
import { Agent, request } from 'node:http';
import { signAcs3 } from '../mocks/core/auth/index.ts';
import { CREATE_PATH, createBody } from './targets.ts';

/** One small request: when it was sent and how long its answer took (ms, performance.now()). */
export interface SmallSample {
  sentAt: number;
  ms: number;
  status: number;
}

/** Options of {@link startSmallClient}. */
export interface SmallClientOptions {
  url: string;
  connections: number;
  /** Minimum time between two sends on one connection. */
  intervalMs: number;
  accessKeyId: string;
  accessKeySecret: string;
}

/** A running small client; `stop()` lets in-flight requests finish and returns every sample. */
export interface SmallClient {
  stop(): Promise<SmallSample[]>;
}

function send(agent: Agent, url: string, options: SmallClientOptions, name: string): Promise<SmallSample> {
  const wire = signAcs3({ ...options, url: `${url}${CREATE_PATH}`, body: createBody(name) });
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const req = request(`${url}${CREATE_PATH}`, { method: 'POST', agent, headers: wire.headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ sentAt, ms: performance.now() - sentAt, status: res.statusCode ?? 0 }));
    });
    req.on('error', () => resolve({ sentAt, ms: performance.now() - sentAt, status: 0 }));
    req.end(wire.body);
  });
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `connections` paced loops against `url`; names are unique per request.
 *
 * @example
 * const client = startSmallClient({ url, connections: 2, intervalMs: 5, accessKeyId, accessKeySecret });
 * const samples = await client.stop();
 */
export function startSmallClient(options: SmallClientOptions): SmallClient {
  const samples: SmallSample[] = [];
  let running = true;
  let counter = 0;
  const loop = async (): Promise<void> => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (running) {
      const sample = await send(agent, options.url, options, `small-${counter++}`);
      samples.push(sample);
      const wait = sample.sentAt + options.intervalMs - performance.now();
      if (wait > 0 && running) await pause(wait);
    }
    agent.destroy();
  };
  const loops = Array.from({ length: options.connections }, loop);
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}
