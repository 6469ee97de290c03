/**
 * Core benchmark: `emulator.handle()` throughput for valid and invalid creates and for GetFunction,
 * a breakdown per pipeline step, and the ratios against baseline handlers that only parse and
 * serialise JSON through the same Fetch Request/Response objects (a create: parse the body and
 * answer it back; a get: answer a stored Function body). Run: `npm run bench:core`.
 */
import { parseBody } from '../mocks/core/body.ts';
import { runRules } from '../mocks/core/rules/index.ts';
import type { CreateFunctionInput } from '../mocks/core/types.ts';
import { validateInput } from '../mocks/core/validation.ts';
import { createEmulator } from '../mocks/index.ts';

const N = Number(process.env.BENCH_N ?? 40_000);
const URL_ = 'http://127.0.0.1:9000/2023-03-30/functions';
const ZIP = 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==';
const encoder = new TextEncoder();

function input(i: number): Record<string, unknown> {
  return {
    functionName: `bench-${i}`,
    runtime: 'python3.10',
    handler: 'index.handler',
    code: { zipFile: ZIP },
    cpu: 0.5,
    memorySize: 1024,
    timeout: 60,
    environmentVariables: { STAGE: 'bench' },
  };
}
const bodies = Array.from({ length: N }, (_, i) => JSON.stringify(input(i)));
const invalidBody = JSON.stringify({ ...input(0), memorySize: 1000 });

async function timeLoop(label: string, fn: (i: number) => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < Math.min(2000, N); i++) await fn(i); // warm-up
  const started = performance.now();
  for (let i = 0; i < N; i++) await fn(i);
  const perSecond = (N / (performance.now() - started)) * 1000;
  console.log(
    `${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} /s  ${(1e6 / perSecond).toFixed(2).padStart(7)} µs`,
  );
  return perSecond;
}

const request = (body: string) =>
  new Request(URL_, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

async function baseline(req: Request): Promise<Response> {
  const value = JSON.parse(await req.text());
  return new Response(JSON.stringify({ ...value, functionArn: 'acs:fc:x' }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}

console.log(
  `fc3-testkit core benchmark, ${N.toLocaleString('en')} requests per row, Node ${process.version}\n`,
);
const base = await timeLoop('baseline: parse + serialise (Fetch)', async (i) =>
  (await baseline(request(bodies[i] as string))).text(),
);
let emulator = createEmulator({ journalLimit: 1000 });
const valid = await timeLoop('handle(): valid create', async (i) =>
  (await emulator.handle(request(bodies[i] as string))).text(),
);
emulator = createEmulator({ journalLimit: 1000 });
await timeLoop('dispatch(): valid create (wire level)', (i) =>
  emulator.dispatch({ method: 'POST', url: URL_, headers: {}, body: encoder.encode(bodies[i] as string) }),
);
const invalid = await timeLoop('handle(): invalid create (memorySize)', async () =>
  (await emulator.handle(request(invalidBody))).text(),
);
// GetFunction of the functions the create rows made, against answering a stored body.
const stored = JSON.parse(await (await emulator.handle(new Request(`${URL_}/bench-0`))).text());
// A get's least work: parse the request URL, serialise the stored body.
const getBaseline = (req: Request): Response => {
  const name = new URL(req.url).pathname.split('/').pop();
  return new Response(JSON.stringify({ ...stored, functionName: name }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
};
const getBase = await timeLoop('baseline: URL + serialise a body (Fetch GET)', async (i) =>
  getBaseline(new Request(`${URL_}/bench-${i}`)).text(),
);
const get = await timeLoop('handle(): GetFunction', async (i) =>
  (await emulator.handle(new Request(`${URL_}/bench-${i}`))).text(),
);

console.log('\nbreakdown per step (valid input):');
const bytes = bodies.map((b) => encoder.encode(b));
await timeLoop('  parse body (UTF-8 + JSON.parse)', (i) => parseBody(bytes[i] as Uint8Array));
const parsed = bodies.map((b) => JSON.parse(b) as CreateFunctionInput);
await timeLoop('  schema validation', (i) => validateInput(parsed[i]));
await timeLoop('  cross-field rules', (i) =>
  runRules(parsed[i] as CreateFunctionInput, { zipPackage: () => undefined }, {}),
);
await timeLoop('  Fetch Request construction + text()', (i) => request(bodies[i] as string).text());

console.log(`\nvalid creates: ${Math.round(valid).toLocaleString('en')}/s`);
console.log(
  `ratio baseline/valid create: ${(base / valid).toFixed(2)}× slower than parse-and-serialise (target ≤ 2.5×)`,
);
console.log(`ratio baseline/invalid create: ${(base / invalid).toFixed(2)}×`);
console.log(
  `ratio baseline/GetFunction: ${(getBase / get).toFixed(2)}× slower than parse-and-serialise (target ≤ 1.5×)`,
);
