/**
 * `startProxy` called from code names its options as the caller wrote them (`upstream`,
 * `record`); the CLI's own messages keep the flag names (test/proxy/cli.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import {
  type CloseOptions,
  type ProxyOptions,
  parseCassette,
  type ReplayOptions,
  startProxy,
  startReplay,
} from '../../proxy/index.ts';
import { expectPortInUse } from '../helpers/port-in-use.ts';
import { fileFolder } from '../helpers/temp-folder.ts';

describe('startProxy refuses bad options, naming them as startProxy takes them', () => {
  const missingDir = join(fileFolder('fc3-proxy-options-'), 'missing', 'x.ndjson');
  it.each([
    ['no upstream', {}, /^upstream must be a URL such as http:\/\/127\.0\.0\.1:9000, got undefined$/],
    ['an upstream with a path', { upstream: 'http://127.0.0.1:1/x' }, /^upstream must be http\(s\):\/\/host/],
    [
      'a cassette it cannot write',
      { upstream: 'http://127.0.0.1:1', record: missingDir },
      /^record .*x\.ndjson: ENOENT/,
    ],
    [
      'an option it does not know',
      { upstream: 'http://127.0.0.1:1', prot: 1 },
      /^startProxy: unknown option prot; known options: upstream, port, host, record, /,
    ],
    [
      'no options at all',
      undefined,
      /^startProxy: options must be an object such as \{ upstream: 'http:\/\/127\.0\.0\.1:9000' \}$/,
    ],
    ['options that are not an object', 'http://127.0.0.1:1', /^startProxy: options must be an object/],
  ])('%s', async (_what, options, message) => {
    const started = startProxy(options as ProxyOptions);
    await expect(started).rejects.toThrow(Fc3TestkitError);
    await expect(started).rejects.toThrow(message);
  });
});

describe('the other options objects of fc3-testkit/proxy refuse keys they do not know', () => {
  it('startReplay names the unknown key', async () => {
    const started = startReplay({ cassette: parseCassette(''), prot: 0 } as ReplayOptions);
    await expect(started).rejects.toThrow(Fc3TestkitError);
    await expect(started).rejects.toThrow(
      /^startReplay: unknown option prot; known options: file, cassette, port, host, log$/,
    );
  });

  it('proxy.close names the unknown key, and a later close still stops the proxy', async () => {
    const proxy = await startProxy({ upstream: 'http://127.0.0.1:1' });
    const refused = proxy.close({ drainMS: 0 } as CloseOptions); // rejects; never throws
    await expect(refused).rejects.toThrow(Fc3TestkitError);
    await expect(refused).rejects.toThrow(
      /^proxy\.close: unknown option drainMS; known options: drainMs, signal$/,
    );
    await proxy.close({ drainMs: 0 });
  });
});

describe('startProxy on a port in use says so for code, with the system error code', () => {
  it('names no CLI flag and carries code and cause EADDRINUSE', async () => {
    await expectPortInUse((port) => startProxy({ upstream: 'http://127.0.0.1:1', port }));
  });
});
