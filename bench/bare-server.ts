/**
 * The benchmark's baseline: a bare node:http server that reads the body, parses the JSON and
 * answers a fixed ~3 KB Function body (a GET is answered the same body without parsing). No validation, no state: the ceiling for any node:http mock.
 * With `--large-body` it also does the least a signed create with a code package needs: SHA-256
 * of the body (node:crypto) and Base64 decoding of `code.zipFile` (Buffer), for bench/large-body.ts.
 *
 * Usage: node bench/bare-server.ts [--port N] [--large-body]   (prints `listening on http://127.0.0.1:PORT`)
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';

const FUNCTION_BODY_BYTES = 3072;

/**
 * A fixed Function body of exactly {@link FUNCTION_BODY_BYTES} bytes (padded in `description`).
 *
 * @example
 * JSON.parse(fixedFunctionBody()).functionName; // 'bench-function'
 */
export function fixedFunctionBody(): string {
  const body = {
    functionId: 'aa715851-1c20-4b89-a8fb-0123456789ab',
    functionName: 'bench-function',
    functionArn: 'acs:fc:cn-hangzhou:1234567890123456:functions/bench-function',
    runtime: 'python3.10',
    handler: 'index.handler',
    description: '',
    cpu: 0.35,
    memorySize: 512,
    diskSize: 512,
    timeout: 3,
    instanceConcurrency: 1,
    internetAccess: true,
    environmentVariables: {},
    codeChecksum: '2220831586920633690',
    codeSize: 22,
    createdTime: '2024-01-01T00:00:00Z',
    lastModifiedTime: '2024-01-01T00:00:00Z',
    state: 'Active',
    lastUpdateStatus: 'Successful',
    layers: [],
    tags: [],
    instanceIsolationMode: 'SHARE',
    sessionAffinity: 'NONE',
  };
  const unpadded = JSON.stringify(body).length;
  body.description = 'x'.repeat(Math.max(0, FUNCTION_BODY_BYTES - unpadded));
  return JSON.stringify(body);
}

/** Hashes the body and decodes the ZIP package, as a signed create must; throws on a bad body. */
function hashAndDecode(body: Buffer, parsed: { code?: { zipFile?: string } }): void {
  createHash('sha256').update(body).digest('hex');
  const zip = parsed.code?.zipFile;
  if (typeof zip === 'string') Buffer.from(zip, 'base64');
}

/** Options of {@link startBareServer}. */
export interface BareServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Also hash the body and decode `code.zipFile`. */
  largeBody?: boolean;
}

/**
 * Starts the bare server and returns its address.
 *
 * @example
 * await startBareServer({ port: 0 });
 */
export async function startBareServer({ port, largeBody = false }: BareServerOptions): Promise<AddressInfo> {
  const answer = fixedFunctionBody();
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(answer),
  };
  const server = createServer({ noDelay: true, keepAliveTimeout: 65_000 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      // A read (GetFunction, ListFunctions) carries no body: answer the fixed body at once.
      if (req.method === 'GET') {
        res.writeHead(200, headers).end(answer);
        return;
      }
      try {
        const body = Buffer.concat(chunks);
        const parsed = JSON.parse(body.toString('utf8'));
        if (largeBody) hashAndDecode(body, parsed);
        res.writeHead(200, headers).end(answer);
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"Code":"InvalidArgument"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen({ port, host: '127.0.0.1' }, resolve));
  const stop = (): void => {
    server.close();
    server.closeIdleConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server.address() as AddressInfo;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '0' }, 'large-body': { type: 'boolean', default: false } },
  });
  const address = await startBareServer({ port: Number(values.port), largeBody: values['large-body'] });
  process.stdout.write(`listening on http://127.0.0.1:${address.port}\n`);
}
