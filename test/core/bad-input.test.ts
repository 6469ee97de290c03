/**
 * Hostile bodies in process: deep nesting, huge strings and streams larger than the limit get
 * FC's 4xx answer and bounded work, never a crash (issue: hard to break).
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../mocks/index.ts';
import { call, minimalInput } from '../helpers/requests.ts';

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('deeply nested bodies', () => {
  it.each([
    [
      'an environmentVariables value',
      (deep: string) =>
        `{"functionName":"f","runtime":"python3.10","handler":"i.h","code":{"zipFile":"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="},"environmentVariables":{"A":${deep}}}`,
    ],
    [
      'an unknown key',
      (deep: string) =>
        `{"functionName":"f","runtime":"python3.10","handler":"i.h","code":{"zipFile":"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="},"x":${deep}}`,
    ],
    ['an update body', (deep: string) => `{"description":"d","x":${deep}}`],
  ])(
    '5,000 levels in %s: 400 InvalidArgument naming the depth; the journal stays readable',
    async (_where, body) => {
      const emulator = createEmulator();
      await call(emulator, 'POST', '/functions', minimalInput({ functionName: 'f0' }));
      const path = body(nested(3)).startsWith('{"description"') ? '/functions/f0' : '/functions';
      const answer = await call(emulator, path === '/functions' ? 'POST' : 'PUT', path, body(nested(5000)));
      expect(answer.status).toBe(400);
      expect(answer.json?.Code).toBe('InvalidArgument');
      expect(String(answer.json?.Message)).toMatch(/^request body nests deeper than 64 levels at /);
      expect(() => JSON.stringify(emulator.calls())).not.toThrow();
      expect(emulator.calls().at(-1)?.input).toBeUndefined();
    },
  );

  it('accepts 64 levels in an unknown key', async () => {
    const emulator = createEmulator();
    const answer = await call(
      emulator,
      'POST',
      '/functions',
      `{"functionName":"f","runtime":"python3.10","handler":"i.h","code":{"zipFile":"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="},"x":${nested(63)}}`,
    );
    expect(answer.status).toBe(200);
  });
});

describe('large values', () => {
  it('a 1 MB name gets a short message', async () => {
    const emulator = createEmulator();
    const answer = await call(
      emulator,
      'POST',
      '/functions',
      minimalInput({ functionName: 'a'.repeat(1 << 20) }),
    );
    expect(answer.status).toBe(400);
    expect(String(answer.json?.Message).length).toBeLessThan(300);
  });

  it.each([
    ['1e400', 'Infinity'],
    ['-1e400', '-Infinity'],
  ])('a number past the double range (%s) is named as parsed, not as null', async (sent, shown) => {
    const body = JSON.stringify(minimalInput()).replace(/}$/, `,"memorySize":${sent}}`);
    const answer = await call(createEmulator(), 'POST', '/functions', body);
    expect(answer.status).toBe(400);
    expect(answer.json?.Message).toBe(`memorySize must be between 128 and 32768, got ${shown}`);
  });

  it('handle() stops reading a streamed body at maxBodyBytes', async () => {
    const emulator = createEmulator({ maxBodyBytes: 1024 });
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 3200)
          controller.close(); // 200 MB if read to the end
        else controller.enqueue(chunk);
      },
    });
    const request = new Request('http://127.0.0.1:9000/2023-03-30/functions', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const response = await emulator.handle(request);
    expect(response.status).toBe(400);
    expect((await response.json()).Code).toBe('EntityTooLarge');
    expect(pulled).toBeLessThan(10);
  });
});
