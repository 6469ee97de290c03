/**
 * fc3-testkit's MSW handlers in real Chromium through `setupWorker`, from the built package, once
 * per msw major (vitest.browser.config.ts; `npm run test:browser`). Every answer must come from
 * the Service Worker: the page is controlled by msw's worker script of the loaded major, `fetch` is
 * the browser's own, and no answer is a `Response` constructed in the page.
 */
import { createEmulator } from 'fc3-testkit';
import { fc3Handlers } from 'fc3-testkit/msw';
import 'fc3-testkit/vitest';
import mswPackage from 'msw/package.json' with { type: 'json' };
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { minimalInput } from '../helpers/requests.ts';
import {
  BASE_URL,
  expectedMswMajor,
  FC_ORIGIN,
  type FcAnswer,
  type Harness,
  loadedMswMajor,
  send,
  startWorker,
} from './harness.ts';
import { browserScenarios, createFunction } from './scenarios.ts';
import { acs3Headers } from './sign.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startWorker();
});
afterEach(() => {
  harness.emulator.reset();
  harness.worker.resetHandlers();
});
afterAll(async () => {
  await harness?.worker.stop();
});

/**
 * A `Response` built in the page (msw's in-page fallback, or any fetch patch) has type `default`;
 * one delivered by the browser's fetch, here from the Service Worker, never does.
 */
function expectFromTheNetworkStack(answer: FcAnswer): void {
  expect(answer.type).not.toBe('default');
}

describe(`msw ${loadedMswMajor} setupWorker in Chromium`, () => {
  it('loads the msw major the project promised, with that major’s own worker script', async () => {
    expect(loadedMswMajor).toBe(expectedMswMajor());
    const script = await fetch('/mockServiceWorker.js', { signal: AbortSignal.timeout(5_000) });
    expect(await script.text()).toContain(`const PACKAGE_VERSION = '${mswPackage.version}'`);
  });

  it('is controlled by the Service Worker, not an in-page fallback', async () => {
    const controller = navigator.serviceWorker.controller;
    expect(controller?.scriptURL).toBe(new URL('/mockServiceWorker.js', location.origin).href);
    expect(controller?.state).toBe('activated');
    // msw's fallback (no Service Worker) patches the page's fetch; the worker path leaves it native.
    expect(Function.prototype.toString.call(fetch)).toContain('[native code]');
    const answer = await send(createFunction(minimalInput({ functionName: 'b-proof' })));
    expect(answer.status).toBe(200);
    expectFromTheNetworkStack(answer);
  });

  it.each(browserScenarios)('$name', async ({ given = [], arrange, request, want }) => {
    const { emulator } = harness;
    for (const before of given) {
      const answer = await send(before);
      expect(answer.status, `given ${before.method} ${before.path}`).toBeLessThan(300);
    }
    arrange?.(emulator);
    const answer = await send(request);
    expectFromTheNetworkStack(answer);
    expect(answer.status).toBe(want.status);
    if (want.body === null) {
      expect(answer.json).toEqual({ text: '' }); // no body at all (a 204)
    } else {
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    }
    if (want.code === undefined) {
      expect(answer.json.Code).toBeUndefined();
    } else {
      expect(answer.json.Code).toBe(want.code);
      expect(answer.json.RequestId).toBe(answer.headers.get('x-acs-request-id'));
    }
    if (want.body) expect(answer.json).toMatchObject(want.body);
    const entry = emulator.calls().at(-1);
    expect(entry?.status).toBe(want.status);
    if (want.journal) expect(entry).toMatchObject(want.journal);
  });

  it('answers a request no handler claims with the worker’s 500 (msw’s "error" policy)', async () => {
    const answer = await send({ method: 'GET', path: '/anything', origin: 'https://example.test' });
    // In Node the same policy makes fetch reject; in the browser the worker answers 500.
    expect(answer.status).toBe(500);
    expect(harness.emulator.calls()).toEqual([]);
  });
});

describe('the journal and the matchers in the page', () => {
  const sendThree = async (): Promise<void> => {
    await send(createFunction(minimalInput({ functionName: 'b-one' })));
    await send(createFunction(minimalInput({ functionName: 'b-one' })));
    await send(createFunction(minimalInput({ functionName: 'b-two', memorySize: 130 })));
  };

  it('records each answered request as it was sent (emulator.calls)', async () => {
    await sendThree();
    const calls = harness.emulator.calls();
    expect(calls.map((call) => [call.seq, call.status, call.outcome, call.code])).toEqual([
      [1, 200, 'succeeded', undefined],
      [2, 409, 'rejected', 'FunctionAlreadyExists'],
      [3, 400, 'rejected', 'InvalidArgument'],
    ]);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: 'https://fcv3.cn-hangzhou.aliyuncs.com/2023-03-30/functions',
      functionName: 'b-one',
      input: { functionName: 'b-one', runtime: 'python3.10' },
    });
    expect(harness.emulator.calls({ code: 'InvalidArgument' })).toMatchObject([
      { functionName: 'b-two', ruleId: 'memorySize-multiple' },
    ]);
  });

  it('asserts with fc3-testkit/vitest, and a failing matcher says why', async () => {
    await sendThree();
    const { emulator } = harness;
    expect(emulator).toHaveCreatedFunction({ functionName: 'b-one', runtime: 'python3.10' });
    expect(emulator).toHaveCreatedFunctionTimes(1);
    expect(emulator).toHaveRejectedCreateFunction('FunctionAlreadyExists');
    expect(emulator).not.toHaveCreatedFunction({ functionName: 'b-two' });
    expect(() => expect(emulator).toHaveCreatedFunction({ functionName: 'b-two' })).toThrow(
      /#3 CreateFunction POST \/2023-03-30\/functions → 400 rejected InvalidArgument \[memorySize-multiple\] b-two/,
    );
  });

  it('forgets everything on reset, and worker.use routes to another emulator until resetHandlers', async () => {
    const { emulator, worker } = harness;
    await send(createFunction(minimalInput({ functionName: 'b-reset' })));
    emulator.reset();
    expect(emulator.calls()).toEqual([]);
    expect((await send(createFunction(minimalInput({ functionName: 'b-reset' })))).status).toBe(200);

    const other = createEmulator({ seed: 2 });
    worker.use(...fc3Handlers(other));
    expect((await send(createFunction(minimalInput({ functionName: 'b-other' })))).status).toBe(200);
    worker.resetHandlers();
    expect((await send(createFunction(minimalInput({ functionName: 'b-back' })))).status).toBe(200);
    expect(other.calls().map((call) => call.functionName)).toEqual(['b-other']);
    expect(emulator.calls().map((call) => call.functionName)).toEqual(['b-reset', 'b-back']);
  });
});

describe('signature checking in the page (ACS3, signed with WebCrypto)', () => {
  const credentials = { accessKeyId: 'testAK', accessKeySecret: 'testSecret' };
  const signedCreate = async (functionName: string, secret: string, nonce: string) => {
    const body = minimalInput({ functionName });
    const headers = await acs3Headers({
      method: 'POST',
      url: `${FC_ORIGIN}/2023-03-30/functions`,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'x-acs-version': '2023-03-30' },
      ...credentials,
      accessKeySecret: secret,
      nonce,
    });
    return createFunction(body, { headers });
  };

  it('verifies a good signature, and answers a wrong secret, a replayed nonce and no signature as FC does', async () => {
    const signing = createEmulator({ seed: 3, credentials: { testAK: 'testSecret' } });
    harness.worker.use(...fc3Handlers(signing, { baseUrl: BASE_URL }));
    const good = await signedCreate('b-signed', 'testSecret', 'nonce-1');
    const answers = [
      await send(good),
      await send(await signedCreate('b-forged', 'not-the-secret', 'nonce-2')),
      await send({ ...good, body: minimalInput({ functionName: 'b-signed' }) }),
      await send(createFunction(minimalInput({ functionName: 'b-unsigned' }))),
    ];
    for (const answer of answers) expectFromTheNetworkStack(answer);
    expect(answers.map((answer) => [answer.status, answer.json.Code])).toEqual([
      [200, undefined],
      [403, 'SignatureNotMatch'],
      [400, 'SignatureNonceUsed'],
      [400, 'MissingRequiredHeader'],
    ]);
    expect(signing.functions().map((fn) => fn.functionName)).toEqual(['b-signed']);
  });
});
