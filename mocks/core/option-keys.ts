/**
 * The one check of option keys every entry point runs (createEmulator, startServer, startPrism,
 * the drop-in adapters, the fixture builders, the contracts API and the proxy): a typo such as
 * `baseURL` or `prot` would otherwise be ignored.
 */
import { Fc3TestkitError } from './errors.ts';

/** What {@link checkOptionKeys} checks: the caller's name, the options given and the known keys. */
export interface OptionCheck {
  adapter: string;
  options: unknown;
  known: readonly string[];
  /** Shown when the options are not an object, e.g. `{ baseUrl: 'http://127.0.0.1:9000' }`. */
  example?: string;
}

/**
 * Throws {@link Fc3TestkitError} for options that are not an object or hold a key the caller does
 * not know; the message names the caller and lists its known options.
 *
 * @example
 * checkOptionKeys({ adapter: 'fc3Handlers', options: { baseUrl: 'http://127.0.0.1:9000' }, known: ['baseUrl'] });
 */
export function checkOptionKeys({ adapter, options, known, example }: OptionCheck): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new Fc3TestkitError(`${adapter}: options must be an object${example ? ` such as ${example}` : ''}`);
  }
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new Fc3TestkitError(
      `${adapter}: unknown option ${unknown.join(', ')}; known options: ${known.join(', ')}`,
    );
  }
}
