/**
 * `startServer` options that JavaScript callers can get wrong without a type checker: each is a
 * `Fc3TestkitError` naming the option, never a server that quietly does something else.
 */
import { describe, expect, it } from 'vitest';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { createEmulator } from '../../mocks/index.ts';
import { type PrismOptions, startPrism } from '../../mocks/prism.ts';
import { type ServerOptions, startServer } from '../../mocks/server.ts';
import { expectPortInUse } from '../helpers/port-in-use.ts';

describe('startServer refuses a log option it cannot honour', () => {
  it.each([
    ['a misspelt level', { log: 'bogus' }, /log must be one of silent, error, info, debug, got "bogus"/],
    ['false', { log: false }, /log must be one of .*, got "false"/],
    ['a sink that is not a function', { logSink: 'stderr' }, /logSink must be a function/],
  ])('%s', async (_what, options, message) => {
    const started = startServer(options as unknown as ServerOptions);
    await expect(started).rejects.toThrow(Fc3TestkitError);
    await expect(started).rejects.toThrow(message);
  });

  it('takes every documented level, and a sink', async () => {
    const lines: string[] = [];
    for (const log of ['silent', 'error', 'info', 'debug'] as const) {
      const server = await startServer({ log, logSink: (line) => lines.push(line) });
      await fetch(`${server.url}/2023-03-30/functions/none`);
      await server.close();
    }
    // info and debug log the request line; silent and error do not.
    expect(lines.filter((line) => line.startsWith('GET /2023-03-30/functions/none 404'))).toHaveLength(2);
  });
});

describe('startServer and startPrism refuse an unknown option, naming themselves and their options', () => {
  it('startServer lists its own options and the emulator options', async () => {
    for (const options of [{ logLevel: 'silent' }, { logLevel: 'silent', emulator: createEmulator() }]) {
      const started = startServer(options as ServerOptions);
      await expect(started).rejects.toThrow(Fc3TestkitError);
      await expect(started).rejects.toThrow(
        /^startServer: unknown option logLevel; known options: port, host, emulator, .*log, logSink.*largeBodyBytes, accountId, .*codecs$/,
      );
    }
  });

  it('startPrism throws before it starts anything', async () => {
    // The check runs before anything is spawned; were it missing, the 1 ms start budget would stop
    // the Prism this started instead of leaving it running.
    const started = startPrism({ prot: 1, startTimeoutMs: 1 } as PrismOptions);
    await expect(started).rejects.toThrow(Fc3TestkitError);
    await expect(started).rejects.toThrow(
      /^startPrism: unknown option prot; known options: port, host, dynamic, seed, verbosity, extraArgs, output, startTimeoutMs$/,
    );
  });

  it('startPrism refuses a seed outside the one seed range before it starts anything', async () => {
    const started = startPrism({ seed: 2 ** 32, startTimeoutMs: 1 });
    await expect(started).rejects.toThrow(
      new Fc3TestkitError('startPrism: seed must be an integer from 0 to 4294967295, got 4294967296'),
    );
  });
});

// s9 hostile review: a short request timeout alone threw Node's RangeError ("headersTimeout …
// must be <= requestTimeout"), and a negative or non-numeric timeout reached Node unchecked.
describe('startServer refuses timeouts Node cannot apply', () => {
  it.each([
    ['a negative timeout', { keepAliveTimeoutMs: -1 }, /keepAliveTimeoutMs must be a number of ms >= 0/],
    ['a numeric string', { requestTimeoutMs: '500' }, /requestTimeoutMs must be a number of ms >= 0/],
    ['NaN', { shutdownTimeoutMs: Number.NaN }, /shutdownTimeoutMs must be a number of ms >= 0/],
    ['a negative stall time', { dumpStallTimeoutMs: -1 }, /dumpStallTimeoutMs must be a number of ms >= 0/],
    [
      'a header timeout longer than the request timeout',
      { headersTimeoutMs: 2000, requestTimeoutMs: 1000 },
      /headersTimeoutMs \(2000\) must not be longer than requestTimeoutMs \(1000\)/,
    ],
  ])('%s', async (_what, options, message) => {
    const started = startServer(options as unknown as ServerOptions);
    await expect(started).rejects.toThrow(Fc3TestkitError);
    await expect(started).rejects.toThrow(message);
  });

  it('a request timeout below the default header timeout shortens the header timeout with it', async () => {
    const server = await startServer({ requestTimeoutMs: 500 });
    const answer = await fetch(`${server.url}/2023-03-30/functions/none`);
    expect(answer.status).toBe(404);
    await server.close();
  });
});

describe('startServer on a port in use says so for code, with the system error code', () => {
  it('names no CLI flag and carries code and cause EADDRINUSE', async () => {
    await expectPortInUse((port) => startServer({ port, host: '127.0.0.1', log: 'silent' }));
  });
});
