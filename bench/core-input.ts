/**
 * The valid CreateFunction input and the two baselines of the in-process benchmarks
 * (bench/core.ts and bench/instructions.ts), so that both measure the same requests against the
 * same least work.
 */

/** The URL of CreateFunction in the in-process benchmarks. */
export const CORE_URL = 'http://127.0.0.1:9000/2023-03-30/functions';
const ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';

/**
 * A valid create's input for the function `name`.
 *
 * @example
 * JSON.stringify(coreInput('bench-0')); // '{"functionName":"bench-0","runtime":"python3.10",…}'
 */
export function coreInput(name: string): Record<string, unknown> {
  return {
    functionName: name,
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: ZIP },
    cpu: 0.5,
    memorySize: 1024,
    timeout: 60,
    environmentVariables: { STAGE: 'bench' },
  };
}

/** A valid create's request: the same Request both rows of a create pair build. */
export const coreRequest = (body: string): Request =>
  new Request(CORE_URL, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

const jsonAnswer = (value: unknown): Promise<string> =>
  new Response(JSON.stringify(value), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  }).text();

/**
 * A create's least work through Fetch, the baseline of the create rows: parse the request's body
 * and answer it back.
 *
 * @example
 * await createBaseline(coreRequest('{"functionName":"a"}')); // '{"functionName":"a","functionArn":"acs:fc:x"}'
 */
export async function createBaseline(req: Request): Promise<string> {
  const value = JSON.parse(await req.text());
  return jsonAnswer({ ...value, functionArn: 'acs:fc:x' });
}

/**
 * A get's least work through Fetch, the baseline of the GetFunction rows: take the same Request
 * the row gets, parse its URL, serialise the stored body under the name it ends with.
 *
 * @example
 * await getBaseline(new Request(`${CORE_URL}/a`), {}); // '{"functionName":"a"}'
 */
export function getBaseline(req: Request, stored: Record<string, unknown>): Promise<string> {
  const name = new URL(req.url).pathname.split('/').pop();
  return jsonAnswer({ ...stored, functionName: name });
}
