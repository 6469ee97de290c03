/**
 * `startProxy` called from code names its options as the caller wrote them (`upstream`,
 * `record`); the CLI's own messages keep the flag names (test/proxy/cli.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Fc3TestkitError } from '../../mocks/core/errors.ts';
import { type ProxyOptions, startProxy } from '../../proxy/index.ts';
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
