/**
 * One request over node:http with exactly its bytes and headers, its answer read within the
 * target's answer limits: a body past `maxAnswerBytes` (or a head declaring more) and an answer
 * still incomplete after `answerBudgetMs` are cut off (the socket destroyed, nothing more read).
 */
import http from 'node:http';
import {
  type AnswerCut,
  AnswerLimitError,
  type AnswerLimits,
  answerLimits,
  declaredAnswerLength,
  TransportError,
} from '../run/transport-error.ts';
import type { ReceivedResponse, SentRequest } from '../types.ts';
import { socketHost } from './socket-host.ts';

function toResponse(res: http.IncomingMessage, chunks: Buffer[]): ReceivedResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const bytes = Buffer.concat(chunks);
  return { status: res.statusCode ?? 0, headers, body: bytes.toString('utf8'), bytes };
}

/** Whether the answer has a body (RFC 9110 §6.4.1): not one to a HEAD, nor a 1xx, 204 or 304. */
function hasBody(res: http.IncomingMessage, method: string): boolean {
  const status = res.statusCode ?? 0;
  return !(method === 'HEAD' || status === 204 || status === 304 || status < 200);
}

const MAX_INFORMATIONAL = 16;

/** Options of {@link sendHttp}. */
export interface SendHttpOptions extends AnswerLimits {
  agent?: http.Agent;
  /** Idle timeout in ms: the request ends when the socket is silent this long. */
  timeoutMs: number;
}

/**
 * Sends a prepared request through node:http with exactly its bytes and headers; a transport
 * failure or an answer past its limits rejects with a {@link TransportError}.
 *
 * @example
 * const received = await sendHttp(sent, { timeoutMs: 5000 });
 */
export function sendHttp(request: SentRequest, options: SendHttpOptions): Promise<ReceivedResponse> {
  const { maxAnswerBytes, answerBudgetMs } = answerLimits(options);
  const { timeoutMs, agent } = options;
  return new Promise((resolve, reject) => {
    const url = new URL(request.url);
    const headers = { ...request.headers, 'content-length': String(request.body.byteLength) };
    let settled = false;
    let read = 0;
    let budget: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(budget);
      outcome();
    };
    const fail = (error: Error) => settle(() => reject(new TransportError(error.message)));
    // Rejects first, then destroys: the socket's own close errors land on a settled promise.
    const cut = (how: AnswerCut) => {
      if (settled) return;
      settle(() => reject(new AnswerLimitError(how)));
      req.destroy();
    };
    const req = http.request(
      {
        host: socketHost(url),
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers,
        agent,
      },
      (res) => {
        startBudget();
        res.on('error', fail);
        const declared = declaredAnswerLength(res.headers['content-length'], hasBody(res, request.method));
        if (declared !== undefined && declared > maxAnswerBytes)
          return cut({
            limit: 'maxAnswerBytes',
            value: maxAnswerBytes,
            readBytes: 0,
            declaredBytes: declared,
          });
        let chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          read += chunk.byteLength;
          if (read <= maxAnswerBytes) return void chunks.push(chunk);
          chunks = [];
          cut({ limit: 'maxAnswerBytes', value: maxAnswerBytes, readBytes: read });
        });
        res.on('end', () => settle(() => resolve(toResponse(res, chunks))));
      },
    );
    // Idle only: a server that trickles a byte a second never trips it, so the budget bounds
    // the whole answer, from the request's last byte (a large upload may take longer) or the
    // answer's head, whichever comes first (a server may answer and never read the upload).
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    const startBudget = () => {
      if (settled || budget !== undefined) return;
      budget = setTimeout(
        () => cut({ limit: 'answerBudgetMs', value: answerBudgetMs, readBytes: read }),
        answerBudgetMs,
      );
    };
    req.on('finish', startBudget);
    req.on('error', fail);
    // 1xx heads (100 Continue, 103 Early Hints) come a few at most; past that none is final.
    let informational = 0;
    req.on('information', () => {
      if (++informational <= MAX_INFORMATIONAL) return;
      fail(
        new Error(
          `the server sent more than ${MAX_INFORMATIONAL} informational (1xx) answers and no final one`,
        ),
      );
      req.destroy();
    });
    // The suite never asks for an upgrade; without a listener node:http drops such a socket
    // silently and the request would wait out its budget.
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      fail(
        new Error(
          `the server answered ${[res.statusCode, res.statusMessage].filter(Boolean).join(' ')} to a request that asked for no upgrade`,
        ),
      );
    });
    req.end(request.body);
  });
}
